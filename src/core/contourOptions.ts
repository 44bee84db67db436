import { DEFAULT_COLORMAPS, resolveColormap, type Colormap, type ColormapInput, type ColormapSource } from './color/colormaps';
import { parseColor, type Color, type RGBAFloat } from './color/colors';
import { resolveContourStyles, type LevelStyle, type LineStyleName } from './contours/contourStyle';
import { resolveNodes, type Extent } from './grid/coords';
import { invalidProp } from './errors';
import { resolveExtend, type Extend } from './contours/extend';
import type { Grid } from './grid/grid';
import { resolveLevels } from './contours/levels';
import type { ContourLabelsOptions } from './figure/contourLabelOptions';
import { DEFAULTS } from './optionDefaults';
import type { Origin } from './resample/reference';

export interface ContourOptions {
  /** A count (matplotlib's MaxNLocator rule) or strictly ascending explicit levels. Default 7, as matplotlib's contour(). */
  readonly levels?: number | readonly number[] | undefined;
  /**
   * One colour for all levels or a list cycled over the levels (matplotlib colours: 'k', 'tab:blue',
   * '#rrggbb[aa]', '0.5', 'C3'; a list may also hold [r, g, b(, a)] tuples). Omitted or null: colours from `cmap` over the levels,
   * as matplotlib's `colors=None`.
   */
  readonly colors?: string | readonly Color[] | null | undefined;
  /** The colormap for lines without `colors`: a name, a colormap object or a custom colormap, as `cmap`. Default 'viridis' (matplotlib's image.cmap). */
  readonly cmap?: ColormapInput | undefined;
  /** Line widths in points (1 pt = 100/72 CSS px): one, or a list cycled over the levels. Default 1.5. */
  readonly linewidths?: number | readonly number[] | undefined;
  /** 'solid' | 'dashed' | 'dashdot' | 'dotted', one or a list cycled over the levels. Default: solid, negatives dashed with one colour. */
  readonly linestyles?: LineStyleName | readonly LineStyleName[] | undefined;
  /** Style of negative levels when the lines have one colour and no `linestyles`. Default 'dashed'. */
  readonly negativeLinestyle?: LineStyleName | undefined;
  /** Line opacity in [0, 1], replacing the colours' own alpha as matplotlib's `alpha` does. Default: the colours' own. */
  readonly alpha?: number | undefined;
  /** matplotlib's `corner_mask`: next to a NaN keep the quad's valid triangle (true) or drop the whole quad. Default true. */
  readonly cornerMask?: boolean | undefined;
  /**
   * Filled contours, as matplotlib's `contourf`: one band per pair of levels (lower < z ≤ upper),
   * drawn under the heatmap (seen where it is transparent) or, with the chart's `heatmap={false}`,
   * instead of it. `true` colours the bands from `colors` or `cmap` (and `alpha`), like the lines;
   * an object gives the bands colours of their own, as `contourf(…, cmap='jet')` under
   * `contour(…, colors='k')`. Default false.
   */
  readonly filled?: boolean | FillOptions | undefined;
  /** Draw the isolines. Default: true, unless `filled` (contourf draws no lines; set both for contourf + contour). */
  readonly lines?: boolean | undefined;
  /**
   * matplotlib's `extend`: with levels from a count, drops the outermost level at that end; with
   * `filled`, adds a band below the first level and / or above the last, in the colormap's under /
   * over colour. Default 'neither'.
   */
  readonly extend?: Extend | undefined;
  /** x of the contour grid's nodes, one per column. Default: the image's cell centres. */
  readonly x?: readonly number[] | undefined;
  /** y of the contour grid's nodes, one per row. Default: the image's cell centres. */
  readonly y?: readonly number[] | undefined;
  /** Contour labels (matplotlib's `clabel`): true, or how to draw them; drawn with the axes. Default false. */
  readonly labels?: boolean | ContourLabelsOptions | undefined;
}

/** The bands' own colours (`contours.filled` as an object); what it leaves out comes from the contours' options. */
export interface FillOptions {
  /**
   * One colour or a list, as contourf's `colors`; with `cmap`, replaces the contours' colours and
   * colormap for the bands. Default: the contours' colours and colormap, when neither is given here.
   */
  readonly colors?: string | readonly Color[] | undefined;
  /** The bands' colormap (used when no `colors`): a name, a colormap object or a custom colormap, as `cmap`. */
  readonly cmap?: ColormapInput | undefined;
  /** The bands' opacity in [0, 1]. Default: `contours.alpha`. */
  readonly alpha?: number | undefined;
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
 * Validates `contours` (errors name e.g. 'contours.levels') and resolves its levels, line styles,
 * fill and nodes; colormap names resolve from `colormaps`.
 */
export function resolveContours(
  contours: ContourOptions | false | undefined,
  grid: Grid,
  extent: Extent,
  origin: Origin,
  colormaps: ColormapSource = DEFAULT_COLORMAPS,
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
  const colormap = cmap === undefined ? undefined : resolveColormap(cmap, {}, 'contours.cmap', colormaps);
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
            colormaps,
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
function resolveFill(
  extend: Extend,
  { colors, cmap, alpha, prop = 'contours' }: FillOptions & { readonly prop?: string },
  colormaps: ColormapSource,
): ResolvedFill {
  const list = colors === undefined ? null : typeof colors === 'string' ? [colors] : colors;
  if (list !== null && (!Array.isArray(list) || list.length === 0)) {
    throw invalidProp(`${prop}.colors`, 'expected a colour or a non-empty array of colours');
  }
  return {
    extend,
    cmap: resolveColormap(cmap ?? DEFAULTS.cmap, {}, `${prop}.cmap`, colormaps),
    colors: list && list.map((c, i) => parseColor(c, `${prop}.colors[${i}]`)),
    alpha,
  };
}
