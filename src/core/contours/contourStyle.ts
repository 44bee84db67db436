import { colorOf, getColormap, type Colormap, type RGBA } from '../color/colormaps';
import { parseColor, type Color, type RGBAFloat } from '../color/colors';
import { invalidProp } from '../errors';
import { describe, spanRatio } from '../grid/grid';

/**
 * Contour line style as matplotlib 3.6.3 draws `contour(...)` in a 100-dpi figure, where one
 * figure pixel is one CSS pixel: 1 pt = 100/72 px.
 */
const PX_PER_POINT = 100 / 72;
/** rcParams['lines.linewidth'] in points (contour.linewidth is None, so this one applies). */
const DEFAULT_LINE_WIDTH_PT = 1.5;

/** matplotlib's named dash styles (`linestyles`, `negative_linestyles`). */
export type LineStyleName = 'solid' | 'dashed' | 'dashdot' | 'dotted';

/** rcParams['lines.<style>_pattern'] in units of the line width (lines.scale_dashes = True); solid has none. */
const DASH_PATTERNS: Readonly<Record<LineStyleName, readonly number[] | null>> = Object.freeze({
  solid: null,
  dashed: Object.freeze([3.7, 1.6]),
  dashdot: Object.freeze([6.4, 1.6, 1.0, 1.6]),
  dotted: Object.freeze([1.0, 1.65]),
});

/** rcParams['contour.negative_linestyle']. */
const DEFAULT_NEGATIVE_LINESTYLE: LineStyleName = 'dashed';

/** Style options besides the colours, named after matplotlib's `contour()` keywords. */
export interface ContourStyleOptions {
  /** The colormap for the lines when no colours are given. Default viridis (rcParams['image.cmap']). */
  readonly cmap?: Colormap;
  /** Line widths in points: one for every level, or a list cycled over the levels. Default 1.5. */
  readonly linewidths?: number | readonly number[];
  /** One style for every level, or a list cycled over the levels. Default solid (see `negativeLinestyle`). */
  readonly linestyles?: LineStyleName | readonly LineStyleName[];
  /** Style of levels below zero when the lines have a single colour and no `linestyles`. Default 'dashed'. */
  readonly negativeLinestyle?: LineStyleName;
  /** Opacity in [0, 1]; replaces the colours' own alpha, as matplotlib's `alpha` does. */
  readonly alpha?: number;
}

export interface LevelStyle {
  readonly level: number;
  /** A CSS colour including the alpha: '#rrggbb' when opaque, else 'rgba(r, g, b, a)'. */
  readonly color: string;
  /** The same colour as RGBA bytes (alpha as round(alpha × 255)). */
  readonly rgba: RGBA;
  /** Stroke opacity in [0, 1], already part of `color`; for renderers that set it separately. */
  readonly alpha: number;
  /** Stroke width in CSS px. */
  readonly width: number;
  /** Dash pattern (on, off, …) in CSS px, starting at offset 0, or null for a solid line. */
  readonly dash: readonly number[] | null;
}

/**
 * One style per level, as matplotlib's ContourSet sets them:
 * - `colors` given: one colour (a string) for every level, or a list cycled over the levels
 *   (matplotlib's ListedColormap). A single colour, or a list of one, makes the set "monochrome".
 * - `colors` undefined: colours from the colormap through a linear norm autoscaled to the levels —
 *   every level, including those outside the data range: level i gets `cmap((level_i - level_0) /
 *   (level_last - level_0))`, so the first level takes the first LUT entry and the last the last.
 * - Widths and styles cycle over the levels when given as lists. Without `linestyles`, a monochrome
 *   set draws levels below zero with `negativeLinestyle` — the test is
 *   `level < -(zmax - zmin) * 1e-15`, so level 0 stays solid.
 * Dash lengths are matplotlib's patterns scaled by the line width. Errors name 'contours.<option>'.
 */
export function resolveContourStyles(
  levels: readonly number[],
  colors: string | readonly Color[] | undefined,
  zmin: number,
  zmax: number,
  options: ContourStyleOptions = {},
): LevelStyle[] {
  const alpha = resolveAlpha(options.alpha);
  const colorList = colors === undefined ? null : resolveColors(colors);
  const monochrome = colorList !== null && colorList.length === 1;
  const rgbaOf =
    colorList === null
      ? colormapColors(levels, options.cmap ?? getColormap('viridis'), alpha)
      : (i: number) => withAlpha(colorList[i % colorList.length]!, alpha);
  const widths = cycled(options.linewidths ?? DEFAULT_LINE_WIDTH_PT, 'contours.linewidths', validWidth);
  const styles = options.linestyles === undefined ? null : cycled(options.linestyles, 'contours.linestyles', validStyle);
  const negative = validStyle(options.negativeLinestyle ?? DEFAULT_NEGATIVE_LINESTYLE, 'contours.negativeLinestyle');
  const eps = negativeThreshold(zmin, zmax);
  return levels.map((level, i) => {
    const rgba = rgbaOf(i);
    const widthPt = widths(i);
    const style = styles !== null ? styles(i) : monochrome && level < eps ? negative : 'solid';
    const pattern = DASH_PATTERNS[style];
    return {
      level,
      color: cssColor(rgba),
      rgba: [rgba[0], rgba[1], rgba[2], Math.round(rgba[3] * 255)],
      alpha: rgba[3],
      width: widthPt * PX_PER_POINT,
      dash: pattern === null ? null : pattern.map((d) => d * widthPt * PX_PER_POINT),
    };
  });
}

/**
 * matplotlib's `-(zmax - zmin) * 1e-15`, below which a monochrome level is negative. When
 * zmax − zmin overflows (data reaching ±1e308; matplotlib would get -inf and dash nothing) the
 * same threshold is computed from the halved span.
 */
function negativeThreshold(zmin: number, zmax: number): number {
  const span = zmax - zmin;
  return span === Infinity ? -(zmax / 2 - zmin / 2) * 2e-15 : -span * 1e-15;
}

/** RGB bytes with a float alpha: how a stroke colour is drawn. */
type StrokeColor = readonly [number, number, number, number];

function resolveColors(colors: string | readonly Color[]): readonly RGBAFloat[] {
  if (typeof colors === 'string') return [parseColor(colors, 'contours.colors')];
  if (!Array.isArray(colors) || colors.length === 0) {
    throw invalidProp('contours.colors', `expected a colour or a non-empty array of colours, got ${describe(colors)}`);
  }
  return colors.map((c, i) => parseColor(c, `contours.colors[${i}]`));
}

/** An explicit colour as Agg strokes it: float channels rounded to bytes; `alpha` replaces the colour's own. */
function withAlpha([r, g, b, a]: RGBAFloat, alpha: number | undefined): StrokeColor {
  return [Math.round(r * 255), Math.round(g * 255), Math.round(b * 255), alpha ?? a];
}

/**
 * Colormap colours for the levels through a Normalize autoscaled to them (matplotlib's
 * `self.norm.autoscale_None(self.levels)`). The colormap's byte LUT truncates matplotlib's float
 * colour, which Agg would round, so a channel can be 1/255 below matplotlib's stroke.
 */
function colormapColors(levels: readonly number[], cmap: Colormap, alpha: number | undefined): (i: number) => StrokeColor {
  // A loop: spreading a long array of levels into Math.min/Math.max arguments overflows the stack.
  let vmin = Infinity;
  let vmax = -Infinity;
  for (const level of levels) {
    if (level < vmin) vmin = level;
    if (level > vmax) vmax = level;
  }
  return (i) => {
    // Overflow-safe (levels spanning ±1e308); the plain quotient's bits otherwise.
    const x = vmin === vmax ? 0 : spanRatio(levels[i]!, vmin, vmax, vmin);
    const [r, g, b, a] = colorOf(cmap, x);
    return [r, g, b, alpha ?? a / 255];
  };
}

function cssColor([r, g, b, a]: StrokeColor): string {
  if (a === 1) return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}

function resolveAlpha(alpha: unknown): number | undefined {
  if (alpha === undefined) return undefined;
  if (typeof alpha !== 'number' || !(alpha >= 0 && alpha <= 1))
    throw invalidProp('contours.alpha', `must be a number in 0–1, got ${describe(alpha)}`);
  return alpha;
}

/** One value for every level, or a list cycled over the levels (matplotlib repeats short lists). */
function cycled<T>(value: T | readonly T[], prop: string, valid: (v: unknown, prop: string) => T): (i: number) => T {
  if (!Array.isArray(value)) {
    const single = valid(value, prop);
    return () => single;
  }
  if (value.length === 0) throw invalidProp(prop, 'the list is empty');
  const list = value.map((v, i) => valid(v, `${prop}[${i}]`));
  return (i) => list[i % list.length]!;
}

function validWidth(v: unknown, prop: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    throw invalidProp(prop, `a line width must be a finite number ≥ 0 (points), got ${describe(v)}`);
  return v;
}

function validStyle(v: unknown, prop: string): LineStyleName {
  if (typeof v !== 'string' || !Object.hasOwn(DASH_PATTERNS, v)) {
    throw invalidProp(
      prop,
      `expected one of ${Object.keys(DASH_PATTERNS)
        .map((s) => `'${s}'`)
        .join(', ')}, got ${describe(v)}`,
    );
  }
  return v as LineStyleName;
}
