/** Matplotlib builds every registered colormap with `rcParams['image.lut']` = 256 entries. */
export const LUT_SIZE = 256;

/** An RGBA colour with 0–255 byte channels, as matplotlib's `to_rgba(..., bytes=True)` gives. */
export type RGBA = readonly [number, number, number, number];

/** A resolved colormap: the 256-entry byte LUT plus the colours for out-of-range and invalid values. */
export interface Colormap {
  readonly name: string;
  /** 256 × RGBA bytes, row i holding the colour for normalised values in [i/256, (i+1)/256). */
  readonly lut: Uint8Array;
  readonly under: RGBA;
  readonly over: RGBA;
  readonly bad: RGBA;
}

/** Float RGB(A) in [0, 1] to bytes the way matplotlib does it: `(lut * 255).astype(uint8)`, which truncates. */
export function toByte(channel: number): number {
  return Math.trunc(Math.min(1, Math.max(0, channel)) * 255);
}

/** Builds a Colormap from 256 float RGBA rows, with matplotlib's default extremes. */
export function colormapFromFloatRows(name: string, rows: readonly (readonly number[])[]): Colormap {
  const lut = new Uint8Array(LUT_SIZE * 4);
  rows.forEach((row, i) => {
    for (let c = 0; c < 4; c++) lut[i * 4 + c] = toByte(row[c] ?? 1);
  });
  const entry = (i: number): RGBA => [lut[i * 4]!, lut[i * 4 + 1]!, lut[i * 4 + 2]!, lut[i * 4 + 3]!];
  // matplotlib: under defaults to lut[0], over to lut[N-1], bad to transparent (0, 0, 0, 0).
  return Object.freeze({ name, lut, under: entry(0), over: entry(LUT_SIZE - 1), bad: [0, 0, 0, 0] as RGBA });
}

/**
 * The colour index matplotlib's `Colormap.__call__` picks for a normalised value x:
 * `int(x * N)` (truncation), x == 1 → N - 1, x < 0 → under (-1), x * N ≥ N → over (N), NaN → bad (NaN).
 */
export function lutIndex(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === 1) return LUT_SIZE - 1;
  if (x < 0) return -1;
  const xa = x * LUT_SIZE;
  return xa >= LUT_SIZE ? LUT_SIZE : Math.trunc(xa);
}

/** The RGBA bytes a colormap gives a normalised value, following {@link lutIndex}. */
export function colorOf(cmap: Colormap, x: number): RGBA {
  const i = lutIndex(x);
  if (Number.isNaN(i)) return cmap.bad;
  if (i < 0) return cmap.under;
  if (i >= LUT_SIZE) return cmap.over;
  const l = cmap.lut;
  return [l[i * 4]!, l[i * 4 + 1]!, l[i * 4 + 2]!, l[i * 4 + 3]!];
}
