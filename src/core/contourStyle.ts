import { invalidProp } from './errors';

/**
 * Contour line style as matplotlib draws `contour(..., colors=...)` in a 100-dpi figure, where
 * one figure pixel is one CSS pixel: 1 pt = 100/72 px.
 */
const PX_PER_POINT = 100 / 72;
/** rcParams['lines.linewidth'] (contour.linewidth is None, so this one applies). */
const LINE_WIDTH_PT = 1.5;
/** rcParams['lines.dashed_pattern'], scaled by the line width (lines.scale_dashes = True). */
const DASHED_PATTERN = Object.freeze([3.7, 1.6]);

/** matplotlib's single-letter colour names, which users moving from `colors='k'` will pass. */
const SHORTHAND_COLORS: Readonly<Record<string, string>> = Object.freeze({
  k: '#000000', w: '#ffffff', r: '#ff0000', g: '#008000', b: '#0000ff', c: '#00bfbf', m: '#bf00bf', y: '#bfbf00',
});

export interface LevelStyle {
  readonly level: number;
  /** A CSS colour. */
  readonly color: string;
  /** Stroke width in CSS px. */
  readonly width: number;
  /** Dash pattern in CSS px, or null for a solid line. */
  readonly dash: readonly number[] | null;
}

/**
 * One style per level. `colors` is one colour for every level or one per level. With one colour
 * (matplotlib's "monochrome" contour set), levels below zero are dashed — the test is
 * `level < -(zmax - zmin) * 1e-15`, so level 0 stays solid.
 */
export function resolveContourStyles(
  levels: readonly number[],
  colors: string | readonly string[],
  zmin: number,
  zmax: number,
): LevelStyle[] {
  const list = typeof colors === 'string' ? [colors] : colors;
  if (!Array.isArray(list) || list.length === 0) {
    throw invalidProp('contours.colors', 'expected a colour or a non-empty array of colours');
  }
  list.forEach((c, i) => {
    if (typeof c !== 'string' || c.trim() === '') throw invalidProp('contours.colors', `colour ${i} is ${String(c)}, not a colour string`);
  });
  const monochrome = list.length === 1;
  if (!monochrome && list.length !== levels.length) {
    throw invalidProp('contours.colors', `has ${list.length} colours for ${levels.length} levels; give one colour or one per level`);
  }
  const eps = -(zmax - zmin) * 1e-15;
  const width = LINE_WIDTH_PT * PX_PER_POINT;
  const dashed = DASHED_PATTERN.map((d) => d * width);
  return levels.map((level, i) => ({
    level,
    color: cssColor(list[monochrome ? 0 : i]!),
    width,
    dash: monochrome && level < eps ? dashed : null,
  }));
}

function cssColor(color: string): string {
  return SHORTHAND_COLORS[color] ?? color;
}
