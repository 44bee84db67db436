import type { RGBAFloat } from '../colors';

/** matplotlib builds every registered segmented colormap with `rcParams['image.lut']` = 256 entries. */
export const LUT_SIZE = 256;

/** An RGBA colour with 0–255 byte channels, as matplotlib's `to_rgba(..., bytes=True)` gives. */
export type RGBA = readonly [number, number, number, number];

/**
 * The colormap's float colours, what `Colormap.__call__(..., bytes=False)` returns. The rgba
 * interpolation stage resamples these; the byte LUT is truncated from them, so byte / 255 is up
 * to 1/255 lower (viridis: 0.37/255 on average) and would darken every resampled pixel.
 */
export interface ColormapFloats {
  /** n × RGBA floats, entry i as {@link Colormap.lut}'s. */
  readonly lut: Float64Array;
  readonly under: RGBAFloat;
  readonly over: RGBAFloat;
  readonly bad: RGBAFloat;
}

/**
 * A resolved colormap: matplotlib's byte LUT (`(lut * 255).astype(uint8)`) plus the colours for
 * out-of-range and invalid values.
 */
export interface Colormap {
  readonly name: string;
  /**
   * Number of LUT entries, matplotlib's `Colormap.N`: 256 for segmented colormaps and the large
   * listed ones, the number of colours for a ListedColormap (tab10: 10, twilight_shifted: 510).
   */
  readonly n: number;
  /** n × RGBA bytes; entry i is the colour for normalised values in [i/n, (i+1)/n). */
  readonly lut: Uint8Array;
  readonly under: RGBA;
  readonly over: RGBA;
  readonly bad: RGBA;
  readonly floats: ColormapFloats;
}

/** Float RGB(A) in [0, 1] to a byte the way matplotlib does it: `(lut * 255).astype(uint8)`, which truncates. */
export function toByte(channel: number): number {
  return Math.trunc(Math.min(1, Math.max(0, channel)) * 255);
}

/** RGBA floats in [0, 1] to bytes, with {@link toByte}. */
export function toBytes(rgba: readonly number[]): RGBA {
  return [toByte(rgba[0]!), toByte(rgba[1]!), toByte(rgba[2]!), toByte(rgba[3]!)];
}

/**
 * Builds a Colormap from n float RGBA rows (flat, row-major) with matplotlib's default extremes
 * (`Colormap._set_extremes`): under = entry 0, over = entry n - 1, bad = transparent (0, 0, 0, 0).
 */
export function colormapFromFloatRows(name: string, rows: ArrayLike<number>): Colormap {
  const n = rows.length / 4;
  const lut = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) lut[i] = toByte(rows[i]!);
  const entry = (i: number): RGBA => [lut[i * 4]!, lut[i * 4 + 1]!, lut[i * 4 + 2]!, lut[i * 4 + 3]!];
  const floats = Float64Array.from(rows);
  const floatEntry = (i: number): RGBAFloat => [floats[i * 4]!, floats[i * 4 + 1]!, floats[i * 4 + 2]!, floats[i * 4 + 3]!];
  return Object.freeze({
    name,
    n,
    lut,
    under: entry(0),
    over: entry(n - 1),
    bad: [0, 0, 0, 0] as RGBA,
    floats: Object.freeze({ lut: floats, under: floatEntry(0), over: floatEntry(n - 1), bad: [0, 0, 0, 0] as RGBAFloat }),
  });
}

/**
 * The colour index matplotlib's `Colormap.__call__` picks for a normalised value x with an n-entry
 * LUT: `int(x * n)` (truncation), x == 1 → n - 1, x < 0 → under (-1), x · n ≥ n → over (n), NaN → bad (NaN).
 */
export function lutIndex(x: number, n: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -1;
  const xa = x * n;
  if (xa === n) return n - 1;
  return xa >= n ? n : Math.trunc(xa);
}

/** The RGBA bytes a colormap gives a normalised value, following {@link lutIndex}. */
export function colorOf(cmap: Colormap, x: number): RGBA {
  const i = lutIndex(x, cmap.n);
  if (Number.isNaN(i)) return cmap.bad;
  if (i < 0) return cmap.under;
  if (i >= cmap.n) return cmap.over;
  const l = cmap.lut;
  return [l[i * 4]!, l[i * 4 + 1]!, l[i * 4 + 2]!, l[i * 4 + 3]!];
}
