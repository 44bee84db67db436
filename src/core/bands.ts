import { bandTracer, type BandPolygon } from './bandPolygons';
import { colorOf, getColormap, type Colormap, type RGBA } from './colormaps';
import { invalidProp } from './errors';
import { extendsAbove, extendsBelow, type Extend } from './extend';

export interface FilledContourOptions {
  /** Add a band below the first level and / or above the last (to ±infinity), as contourf's `extend`. Default 'neither'. */
  readonly extend?: Extend;
  /** matplotlib's `corner_mask`. Default true. */
  readonly cornerMask?: boolean;
  /** The colormap for the band colours. Default viridis (rcParams['image.cmap']). */
  readonly cmap?: Colormap;
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

/**
 * matplotlib's `contourf(Z, levels, extend=…, corner_mask=…, cmap=…)` (3.6.3) on a row-major grid:
 * N levels give N - 1 bands, each lower < z ≤ upper, plus one band below the first level and / or
 * above the last with `extend`. The lowest band also holds z == levels[0] when that is the data
 * minimum (matplotlib lowers its bound by 1: `lowers[0] -= 1`). Band colours follow
 * `ContourSet._process_colors`: each band's "layer" is the midpoint of its two levels, mapped
 * through a linear norm over the levels (first → 0, last → 1); the extended bands' layers lie
 * beyond them and take the colormap's under / over colours. `levels` must increase strictly (as
 * `resolveLevels` returns them).
 */
export function filledContours(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  options: FilledContourOptions = {},
): Band[] {
  if (levels.length < 2) throw invalidProp('contours.levels', `filled contours need at least 2 levels, got ${levels.length}`);
  const { extend = 'neither', cornerMask = true } = options;
  const cmap = options.cmap ?? getColormap('viridis');
  // matplotlib's `_levels`: the levels with ±1e250 added for the extensions; ±Infinity here, which
  // bounds the same finite values and gives the same layers' colours (under / over).
  const bounds = [...(extendsBelow(extend) ? [-Infinity] : []), ...levels, ...(extendsAbove(extend) ? [Infinity] : [])];
  const vmin = levels[0]!;
  const vmax = levels[levels.length - 1]!;
  const zmin = finiteMin(values);
  const trace = bandTracer(values, rows, cols, cornerMask);
  return bounds.slice(0, -1).map((lower, i) => {
    const upper = bounds[i + 1]!;
    const layer = 0.5 * (lower + upper);
    // Include the data minimum in the lowest band when it sits exactly on the first level.
    const traced = i === 0 && lower === zmin ? lower - 1 : lower;
    return {
      lower,
      upper,
      color: colorOf(cmap, (layer - vmin) / (vmax - vmin)),
      polygons: trace(traced, upper),
    };
  });
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
