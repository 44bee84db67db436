import { bandTracer, type BandPolygon } from './bandPolygons';
import { getColormap, lutIndex, type Colormap, type RGBA } from '../color/colormaps';
import type { RGBAFloat } from '../color/colors';
import { invalidProp } from '../errors';
import { extendsAbove, extendsBelow, type Extend } from '../contours/extend';

export interface FilledContourOptions {
  /** Add a band below the first level and / or above the last (to ±infinity), as contourf's `extend`. Default 'neither'. */
  readonly extend?: Extend;
  /** matplotlib's `corner_mask`. Default true. */
  readonly cornerMask?: boolean;
  /** The colormap for the band colours. Default viridis (rcParams['image.cmap']). */
  readonly cmap?: Colormap;
  /** Explicit band colours instead of the colormap (matplotlib's `colors`), already parsed. */
  readonly colors?: readonly RGBAFloat[];
  /** Opacity in [0, 1] replacing the colours' own alpha (matplotlib's `alpha`). */
  readonly alpha?: number;
}

/** One band of a filled contour plot: the values lower < z ≤ upper, its colour and its polygons. */
export interface Band {
  /** The band's lower level; -Infinity for the band added by extend 'min' / 'both'. */
  readonly lower: number;
  /** The band's upper level; Infinity for the band added by extend 'max' / 'both'. */
  readonly upper: number;
  /** RGBA bytes, as imshow would paint the band's middle value (the colormap's byte LUT). */
  readonly color: RGBA;
  /** Regions in grid index space (see {@link BandPolygon}). */
  readonly polygons: readonly BandPolygon[];
}

/** A band's bounds and polygons, without its colour: what tracing gives, kept while only colours change. */
export type BandGeometry = Omit<Band, 'color'>;

/**
 * matplotlib's `contourf(Z, levels, extend=…, corner_mask=…, cmap=…)` (3.6.3) on a row-major grid:
 * N levels give N - 1 bands, each lower < z ≤ upper, plus one band below the first level and / or
 * above the last with `extend`. `levels` must increase strictly (as `resolveLevels` returns them).
 */
export function filledContours(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  options: FilledContourOptions = {},
): Band[] {
  const colors = bandColors(levels, options);
  return bandGeometry(values, rows, cols, levels, options).map((band, i) => ({ ...band, color: colors[i]! }));
}

/**
 * The bands' bounds and polygons (see {@link filledContours}). The lowest band also holds
 * z == levels[0] when that is the data minimum (matplotlib lowers its bound by 1: `lowers[0] -= 1`).
 */
export function bandGeometry(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  options: Pick<FilledContourOptions, 'extend' | 'cornerMask'> = {},
): BandGeometry[] {
  const { extend = 'neither', cornerMask = true } = options;
  const bounds = bandBounds(levels, extend);
  const zmin = finiteMin(values);
  const trace = bandTracer(values, rows, cols, cornerMask);
  return bounds.slice(0, -1).map((lower, i) => {
    const upper = bounds[i + 1]!;
    // Include the data minimum in the lowest band when it sits exactly on the first level.
    const traced = i === 0 && lower === zmin ? lower - 1 : lower;
    return { lower, upper, polygons: trace(traced, upper) };
  });
}

/**
 * One colour per band (see {@link filledContours}), following `ContourSet._process_colors`: each
 * band's "layer" is the midpoint of its two levels, mapped through a linear norm over the levels
 * (first → 0, last → 1); the extended bands' layers lie beyond them and take the colormap's under
 * / over colours. With explicit `colors` the bands index them directly instead (see
 * {@link explicitBandColors}). `alpha` replaces every colour's own.
 */
export function bandColors(levels: readonly number[], options: Omit<FilledContourOptions, 'cornerMask'> = {}): RGBA[] {
  if (levels.length < 2) throw invalidProp('contours.levels', `filled contours need at least 2 levels, got ${levels.length}`);
  const { extend = 'neither', alpha } = options;
  const cmap = options.cmap ?? getColormap('viridis');
  const bounds = bandBounds(levels, extend);
  const vmin = levels[0]!;
  const vmax = levels[levels.length - 1]!;
  const colors = options.colors
    ? explicitBandColors(options.colors, levels.length - 1, extend)
    : bounds.slice(0, -1).map((lower, i) => fillColor(cmap, (0.5 * (lower + bounds[i + 1]!) - vmin) / (vmax - vmin)));
  return alpha === undefined ? colors : colors.map((c) => [c[0], c[1], c[2], Math.round(alpha * 255)]);
}

/**
 * The colormap's float colour for a normalised value (matplotlib's `to_rgba`, bytes=False), as Agg
 * fills it: each channel rounded to a byte. (The byte LUT truncates, up to one step darker.)
 */
function fillColor(cmap: Colormap, x: number): RGBA {
  const i = lutIndex(x, cmap.n);
  const { floats } = cmap;
  if (Number.isNaN(i)) return toRoundedBytes(floats.bad);
  if (i < 0) return toRoundedBytes(floats.under);
  if (i >= cmap.n) return toRoundedBytes(floats.over);
  return toRoundedBytes([floats.lut[i * 4]!, floats.lut[i * 4 + 1]!, floats.lut[i * 4 + 2]!, floats.lut[i * 4 + 3]!]);
}

/**
 * matplotlib's `_levels`: the levels with ±1e250 added for the extensions; ±Infinity here, which
 * bounds the same finite values and gives the same layers' colours (under / over).
 */
function bandBounds(levels: readonly number[], extend: Extend): number[] {
  return [...(extendsBelow(extend) ? [-Infinity] : []), ...levels, ...(extendsAbove(extend) ? [Infinity] : [])];
}

/**
 * Band colours from matplotlib's `contourf(…, colors=…)` (3.6.3 `ContourSet.__init__` and
 * `_process_colors`): the interior bands index a ListedColormap of the colours cycled to one
 * entry per band, under a NoNorm. The extended bands take its under / over colours: the first /
 * last entry, or, when exactly one colour per band including the extended ones is given, the
 * first / last colour of the list. Channels are rounded to bytes, as Agg fills a float colour.
 */
export function explicitBandColors(colors: readonly RGBAFloat[], interiorBands: number, extend: Extend): RGBA[] {
  const below = extendsBelow(extend);
  const above = extendsAbove(extend);
  const onePerBand = (below || above) && colors.length === interiorBands + Number(below) + Number(above);
  const listed = onePerBand && below ? colors.slice(1) : colors;
  const entry = (k: number): RGBA => toRoundedBytes(listed[k % listed.length]!);
  const interior = Array.from({ length: interiorBands }, (_, k) => entry(k));
  const under = onePerBand && below ? toRoundedBytes(colors[0]!) : entry(0);
  const over = onePerBand && above ? toRoundedBytes(colors[colors.length - 1]!) : entry(interiorBands - 1);
  return [...(below ? [under] : []), ...interior, ...(above ? [over] : [])];
}

function toRoundedBytes(c: RGBAFloat): RGBA {
  return [Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255), Math.round(c[3] * 255)];
}

/** The smallest finite value (matplotlib's zmin: NaN and ±Infinity are masked). */
function finiteMin(values: ArrayLike<number>): number {
  let min = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min && v - v === 0) min = v;
  }
  return min;
}
