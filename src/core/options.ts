import { resolveColormap, type Colormap, type ColormapInput } from './color/colormaps';
import { parseColor, type Color, type RGBAFloat } from './color/colors';
import { resolveContourStyles, type LevelStyle, type LineStyleName } from './contours/contourStyle';
import { resolveExtent, resolveNodes, resolveOrigin, type Extent } from './grid/coords';
import { invalidProp } from './errors';
import { resolveExtend, type Extend } from './contours/extend';
import { toGrid, type Grid, type GridInput } from './grid/grid';
import { DEFAULT_FILTERRAD, getKernel, resolveInterpolation, type InterpolationName, type Kernel } from './resample/kernels';
import { resolveLevels } from './contours/levels';
import type { ContourLabelsOptions } from './figure/contourLabelOptions';
import { normShader, type NormShader } from './color/normShader';
import { normFromString, resolveNorm, type NormSpec, type ResolvedNorm } from './color/norms';
import type { Origin } from './resample/reference';
import { INTERPOLATION_STAGES, type InterpolationStage } from './resample/rgbaStage';

export interface ContourOptions {
  /** A count (matplotlib's MaxNLocator rule) or strictly ascending explicit levels. Default 7, as matplotlib's contour(). */
  readonly levels?: number | readonly number[];
  /**
   * One colour for all levels or a list cycled over the levels (matplotlib colours: 'k', 'tab:blue',
   * '#rrggbb[aa]', '0.5', 'C3'; a list may also hold [r, g, b(, a)] tuples). Omitted or null: colours from `cmap` over the levels,
   * as matplotlib's `colors=None`.
   */
  readonly colors?: string | readonly Color[] | null;
  /** The colormap for lines without `colors`. Default 'viridis' (matplotlib's image.cmap). */
  readonly cmap?: ColormapInput;
  /** Line widths in points (1 pt = 100/72 CSS px): one, or a list cycled over the levels. Default 1.5. */
  readonly linewidths?: number | readonly number[];
  /** 'solid' | 'dashed' | 'dashdot' | 'dotted', one or a list cycled over the levels. Default: solid, negatives dashed with one colour. */
  readonly linestyles?: LineStyleName | readonly LineStyleName[];
  /** Style of negative levels when the lines have one colour and no `linestyles`. Default 'dashed'. */
  readonly negativeLinestyle?: LineStyleName;
  /** Line opacity in [0, 1], replacing the colours' own alpha as matplotlib's `alpha` does. */
  readonly alpha?: number;
  /** matplotlib's `corner_mask`: next to a NaN keep the quad's valid triangle (true) or drop the whole quad. Default true. */
  readonly cornerMask?: boolean;
  /**
   * Filled contours, as matplotlib's `contourf`: one band per pair of levels (lower < z ≤ upper),
   * drawn under the heatmap (seen where it is transparent) or, with the chart's `heatmap={false}`,
   * instead of it. `true` colours the bands from `colors` or `cmap` (and `alpha`), like the lines;
   * an object gives the bands colours of their own, as `contourf(…, cmap='jet')` under
   * `contour(…, colors='k')`. Default false.
   */
  readonly filled?: boolean | FillOptions;
  /** Draw the isolines. Default: true, unless `filled` (contourf draws no lines; set both for contourf + contour). */
  readonly lines?: boolean;
  /**
   * matplotlib's `extend`: with levels from a count, drops the outermost level at that end; with
   * `filled`, adds a band below the first level and / or above the last, in the colormap's under /
   * over colour. Default 'neither'.
   */
  readonly extend?: Extend;
  /** x of the contour grid's nodes, one per column. Default: the image's cell centres. */
  readonly x?: readonly number[];
  /** y of the contour grid's nodes, one per row. Default: the image's cell centres. */
  readonly y?: readonly number[];
  /** Contour labels (matplotlib's `clabel`): true, or how to draw them. Drawn with the axes (see core/figure). */
  readonly labels?: boolean | ContourLabelsOptions;
}

/** The bands' own colours (`contours.filled` as an object); what it leaves out comes from the contours' options. */
export interface FillOptions {
  /** One colour or a list, as contourf's `colors`; with `cmap`, replaces the contours' colours and colormap for the bands. */
  readonly colors?: string | readonly Color[];
  /** The bands' colormap (used when no `colors`). */
  readonly cmap?: ColormapInput;
  /** The bands' opacity in [0, 1]. Default: `contours.alpha`. */
  readonly alpha?: number;
}

/** Everything that decides the picture; the React props minus layout and callbacks. */
export interface PictureOptions {
  readonly z: GridInput;
  readonly extent?: Extent;
  readonly origin?: Origin;
  readonly interpolation?: InterpolationName;
  /**
   * matplotlib's `interpolation_stage`: 'data' resamples the data, then applies the norm and
   * colormap; 'rgba' colours every cell first and resamples the colours (premultiplied by alpha,
   * as current matplotlib does), so NaN cells fade out instead of cutting a transparent window.
   * Default 'data', matplotlib 3.6.3's default.
   */
  readonly interpolationStage?: InterpolationStage;
  /** Radius of the sinc, lanczos and blackman kernels in input cells (matplotlib's `filterrad`). Default 4. */
  readonly filterrad?: number;
  /** A registered colormap name (any of matplotlib's, with `_r` for reversed) or a custom colormap. */
  readonly cmap?: ColormapInput;
  /** Colour for values below vmin. Default: the colormap's first colour. */
  readonly underColor?: Color;
  /** Colour for values above vmax. Default: the colormap's last colour. */
  readonly overColor?: Color;
  /** Colour for NaN and ±Infinity. Default: transparent. */
  readonly badColor?: Color;
  /**
   * The colour range of the default linear norm or of a norm string (matplotlib's imshow vmin /
   * vmax). Default: the finite data range. With a norm object they go inside it instead.
   */
  readonly vmin?: number;
  readonly vmax?: number;
  /**
   * A matplotlib norm: linear, log, symlog, power, twoSlope, centered or boundary, with its
   * options; or a norm string 'linear', 'log' or 'symlog' (matplotlib ≥ 3.6's `norm='log'`, with
   * `matplotlib.scale`'s defaults: symlog's linthresh is 2), which takes `vmin` / `vmax` beside it.
   */
  readonly norm?: NormSpec;
  readonly contours?: ContourOptions | false;
  /** Draw the interpolated heatmap. Default true; false leaves only the contours (e.g. filled contours instead of the heatmap). */
  readonly heatmap?: boolean;
}

/** The most boundaries a BoundaryNorm may have on the GPU, whose shader loops over them. */
export const MAX_BOUNDARIES = 256;

export const DEFAULTS = Object.freeze({
  origin: 'upper' as Origin,
  // matplotlib's rcParams['image.interpolation']: nearest when upsampling by more than 3× (or exactly 1× or 2×), else hanning.
  interpolation: 'antialiased' as InterpolationName,
  interpolationStage: 'data' as InterpolationStage,
  cmap: 'viridis',
  levels: 7,
});

/** A validated picture, ready for a renderer and the contour overlay. */
export interface ResolvedPicture {
  readonly grid: Grid;
  readonly extent: Extent;
  readonly origin: Origin;
  readonly interpolation: InterpolationName;
  readonly interpolationStage: InterpolationStage;
  readonly filterrad: number;
  readonly colormap: Colormap;
  readonly norm: ResolvedNorm;
  /** The norm's per-pixel parameters for the renderer. */
  readonly normShader: NormShader;
  readonly contours: ResolvedContours | null;
  readonly heatmap: boolean;
}

export interface ResolvedContours {
  readonly levels: readonly number[];
  /** One style per level when the isolines are drawn; empty when they are not. */
  readonly styles: readonly LevelStyle[];
  readonly fill: ResolvedFill | null;
  readonly cornerMask: boolean;
  readonly xNodes: Float64Array;
  readonly yNodes: Float64Array;
}

/** How filled contours are coloured (see core/bands.ts). */
export interface ResolvedFill {
  readonly extend: Extend;
  readonly cmap: Colormap;
  readonly colors: readonly RGBAFloat[] | null;
  readonly alpha: number | undefined;
}

/**
 * Validates every picture option and resolves defaults. Throws an Error naming the offending
 * prop. `previous` lets an update keep the expensive parts (the grid) when their inputs are the
 * same objects as before.
 */
export function resolvePicture(options: PictureOptions, previous?: { z: GridInput; grid: Grid }): ResolvedPicture {
  if (options === null || typeof options !== 'object') throw invalidProp('props', 'expected an object');
  if (options.z === undefined) throw invalidProp('z', 'is required');
  const grid = previous && previous.z === options.z ? previous.grid : toGrid(options.z);
  const origin = resolveOrigin(options.origin);
  const extent = resolveExtent(options.extent, grid.rows, grid.cols, origin);
  const interpolation = options.interpolation ?? DEFAULTS.interpolation;
  const filterrad = options.filterrad ?? DEFAULT_FILTERRAD;
  // Validates the name and filterrad now; which kernel 'antialiased' means depends on the drawn size.
  kernelFor({ grid, interpolation, filterrad }, grid.cols, grid.rows);
  const interpolationStage = options.interpolationStage ?? DEFAULTS.interpolationStage;
  if (!INTERPOLATION_STAGES.includes(interpolationStage)) {
    throw invalidProp('interpolationStage', `expected 'data' or 'rgba', got ${JSON.stringify(interpolationStage)}`);
  }
  const colormap = resolveColormap(options.cmap ?? DEFAULTS.cmap, {
    under: options.underColor,
    over: options.overColor,
    bad: options.badColor,
  });
  const norm = resolveNorm(normSpec(options), grid, colormap.n);
  if (norm.type === 'boundary' && norm.boundaries.length > MAX_BOUNDARIES) {
    throw invalidProp('norm.boundaries', `at most ${MAX_BOUNDARIES} boundaries are supported, got ${norm.boundaries.length}`);
  }
  if (options.heatmap !== undefined && typeof options.heatmap !== 'boolean') {
    throw invalidProp('heatmap', `expected true or false, got ${String(options.heatmap)}`);
  }
  return {
    grid,
    extent,
    origin,
    interpolation,
    interpolationStage,
    filterrad,
    colormap,
    norm,
    normShader: normShader(norm, grid),
    contours: resolveContours(options.contours, grid, extent, origin),
    heatmap: options.heatmap ?? true,
  };
}

/**
 * vmin / vmax are the default linear norm's, or a norm string's (matplotlib 3.6.3 takes
 * `imshow(Z, norm='log', vmin=…, vmax=…)`); with a norm object they belong inside it, as
 * matplotlib requires.
 */
function normSpec(options: PictureOptions): NormSpec {
  if (options.norm === undefined || typeof options.norm === 'string') {
    // Checked here so that errors name the props the user set, vmin and vmax.
    const { vmin, vmax } = options;
    for (const [prop, v] of [
      ['vmin', vmin],
      ['vmax', vmax],
    ] as const) {
      if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v)))
        throw invalidProp(prop, `must be a finite number, got ${String(v)}`);
    }
    if (vmin !== undefined && vmax !== undefined && vmin > vmax) throw invalidProp('vmin', `vmin (${vmin}) is greater than vmax (${vmax})`);
    const base = options.norm === undefined ? { type: 'linear' as const } : normFromString(options.norm, 'norm');
    if (base.type === 'log') {
      // matplotlib raises "Invalid vmin or vmax" when it draws.
      for (const [prop, v] of [
        ['vmin', vmin],
        ['vmax', vmax],
      ] as const) {
        if (v !== undefined && !(v > 0)) throw invalidProp(prop, `must be positive with norm 'log', got ${v}`);
      }
    }
    return { ...base, vmin, vmax } as NormSpec;
  }
  if (options.vmin !== undefined || options.vmax !== undefined) {
    throw invalidProp(
      'norm',
      'pass vmin and vmax inside a norm object, not beside it (matplotlib does not allow both either; beside a norm string they are fine)',
    );
  }
  return options.norm;
}

/** The kernel a picture is drawn with at a size in device pixels (null = nearest). */
export function kernelFor(
  picture: Pick<ResolvedPicture, 'grid' | 'interpolation' | 'filterrad'>,
  width: number,
  height: number,
): Kernel | null {
  const name = resolveInterpolation(picture.interpolation, picture.grid.rows, picture.grid.cols, width, height);
  return getKernel(name, picture.filterrad);
}

function resolveContours(
  contours: ContourOptions | false | undefined,
  grid: Grid,
  extent: Extent,
  origin: Origin,
): ResolvedContours | null {
  if (contours === false) return null;
  if (contours !== undefined && (contours === null || typeof contours !== 'object')) {
    throw invalidProp('contours', 'expected an options object or false');
  }
  // `labels` is the figure's (core/figure/contourLabelOptions.ts), not the lines' style.
  const {
    levels = DEFAULTS.levels,
    colors,
    cmap,
    x,
    y,
    cornerMask = true,
    filled = false,
    lines = filled === false,
    extend: extendOption,
    labels: _labels,
    ...style
  } = contours ?? {};
  const fillOptions = typeof filled === 'object' && filled !== null && !Array.isArray(filled);
  if (!fillOptions && typeof filled !== 'boolean') {
    throw invalidProp('contours.filled', `expected true, false or an options object, got ${String(filled)}`);
  }
  for (const [prop, v] of [
    ['cornerMask', cornerMask],
    ['lines', lines],
  ] as const) {
    if (typeof v !== 'boolean') throw invalidProp(`contours.${prop}`, `expected true or false, got ${String(v)}`);
  }
  const extend = resolveExtend(extendOption, 'contours.extend');
  const values = resolveLevels(levels, grid.min, grid.max, 'contours.levels', extend);
  if (filled && values.length < 2) throw invalidProp('contours.levels', `filled contours need at least 2 levels, got ${values.length}`);
  const colormap = cmap === undefined ? undefined : resolveColormap(cmap, {}, 'contours.cmap');
  // Validated whether or not lines are drawn, so an option's error never depends on another option.
  const styles = resolveContourStyles(values, colors ?? undefined, grid.min, grid.max, {
    ...style,
    ...(colormap ? { cmap: colormap } : {}),
  });
  return {
    levels: values,
    styles: lines ? styles : [],
    fill:
      filled === false
        ? null
        : resolveFill(
            extend,
            filled === true ? { colors: colors ?? undefined, cmap, alpha: style.alpha } : ownColors(filled, colors, cmap, style.alpha),
          ),
    cornerMask,
    xNodes: resolveNodes(x, grid.cols, 'x', extent, origin),
    yNodes: resolveNodes(y, grid.rows, 'y', extent, origin),
  };
}

/**
 * The bands' colour options from `contours.filled` as an object: its colours or colormap if it
 * names either, else the contours' own; its alpha, else the contours'.
 */
function ownColors(
  filled: FillOptions,
  colors: ContourOptions['colors'],
  cmap: ColormapInput | undefined,
  alpha: number | undefined,
): FillOptions & { readonly prop: string } {
  const own = filled.colors !== undefined || filled.cmap !== undefined;
  if (filled.alpha !== undefined && !(typeof filled.alpha === 'number' && filled.alpha >= 0 && filled.alpha <= 1)) {
    throw invalidProp('contours.filled.alpha', `must be a number in 0–1, got ${String(filled.alpha)}`);
  }
  return {
    colors: own ? filled.colors : (colors ?? undefined),
    cmap: own ? filled.cmap : cmap,
    alpha: filled.alpha ?? alpha,
    prop: own ? 'contours.filled' : 'contours',
  };
}

/**
 * Resolves the bands' colours; errors name `prop` ('contours' or 'contours.filled') and the
 * option. (The contours' own alpha was validated with the line styles.)
 */
function resolveFill(extend: Extend, { colors, cmap, alpha, prop = 'contours' }: FillOptions & { readonly prop?: string }): ResolvedFill {
  const list = colors === undefined ? null : typeof colors === 'string' ? [colors] : colors;
  if (list !== null && (!Array.isArray(list) || list.length === 0)) {
    throw invalidProp(`${prop}.colors`, 'expected a colour or a non-empty array of colours');
  }
  return {
    extend,
    cmap: resolveColormap(cmap ?? DEFAULTS.cmap, {}, `${prop}.cmap`),
    colors: list && list.map((c, i) => parseColor(c, `${prop}.colors[${i}]`)),
    alpha,
  };
}
