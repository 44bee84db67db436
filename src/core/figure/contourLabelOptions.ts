import { parseColor, type Color } from '../color/colors';
import { callUserFormat, invalidProp } from '../errors';
import { formatFixed, formatG, formatInt } from './pyFormat';

/** How contour labels are drawn: matplotlib's `clabel` arguments. */
export interface ContourLabelsOptions {
  /** Text size in pt. Default 10. */
  readonly fontSize?: number | undefined;
  /** A printf-style format ('%1.1f', '%.3g', '%d') or a function of the level. Default: matplotlib's ScalarFormatter. */
  readonly format?: string | ((level: number) => string) | undefined;
  /** Cut the line under each label. Default true. */
  readonly inline?: boolean | undefined;
  /** Gap left on each side of a label, px. Default 5. */
  readonly inlineSpacing?: number | undefined;
  /** Which of the contour levels get labels. Default all drawn levels. */
  readonly levels?: readonly number[] | undefined;
  /** One colour or one per labelled level. Default: each line's colour. */
  readonly colors?: Color | readonly Color[] | undefined;
}

export interface ResolvedContourLabels {
  /** Text size in pt. */
  readonly fontSize: number;
  readonly format: ((level: number) => string) | null;
  readonly inline: boolean;
  readonly inlineSpacing: number;
  readonly levels: readonly number[] | null;
  readonly colors: readonly string[] | null;
}

/** Validates `contours.labels`; null when no labels are drawn. Errors name the prop. */
export function resolveContourLabels(labels: unknown): ResolvedContourLabels | null {
  if (labels === undefined || labels === false) return null;
  if (labels !== true && (typeof labels !== 'object' || labels === null || Array.isArray(labels))) {
    throw invalidProp('contours.labels', `expected true, false or an options object, got ${JSON.stringify(labels)}`);
  }
  const o: ContourLabelsOptions = labels === true ? {} : (labels as ContourLabelsOptions);
  const fontSize = o.fontSize ?? 10;
  if (!(typeof fontSize === 'number' && fontSize > 0 && fontSize <= 200))
    throw invalidProp('contours.labels.fontSize', `expected a size in pt from 0 to 200, got ${String(fontSize)}`);
  const inlineSpacing = o.inlineSpacing ?? 5;
  if (!(typeof inlineSpacing === 'number' && inlineSpacing >= 0 && inlineSpacing <= 1000)) {
    throw invalidProp('contours.labels.inlineSpacing', `expected a gap in px from 0 to 1000, got ${String(inlineSpacing)}`);
  }
  if (o.inline !== undefined && typeof o.inline !== 'boolean')
    throw invalidProp('contours.labels.inline', `expected true or false, got ${String(o.inline)}`);
  if (o.levels !== undefined && !(Array.isArray(o.levels) && o.levels.every((v) => typeof v === 'number' && Number.isFinite(v)))) {
    throw invalidProp('contours.labels.levels', 'expected an array of finite numbers (levels of the contours)');
  }
  const colors = o.colors === undefined ? null : colorList(o.colors);
  return { fontSize, format: formatter(o.format), inline: o.inline ?? true, inlineSpacing, levels: o.levels ?? null, colors };
}

function colorList(colors: Color | readonly Color[]): string[] {
  // A single RGB(A) tuple is one colour, not a list of three.
  const list =
    typeof colors === 'string' || (Array.isArray(colors) && typeof colors[0] === 'number')
      ? [colors as Color]
      : (colors as readonly Color[]);
  return list.map((c) => {
    const [r, g, b, a] = parseColor(c, 'contours.labels.colors');
    return `rgba(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)},${a})`;
  });
}

/** matplotlib's `fmt % level` for the printf conversions clabel users write, or the given function. */
function formatter(format: ContourLabelsOptions['format']): ((level: number) => string) | null {
  if (format === undefined) return null;
  if (typeof format === 'function') return (level) => callUserFormat('contours.labels.format', () => format(level));
  const m = typeof format === 'string' ? /^([^%]*)%(\d*)(?:\.(\d+))?([fgd])([^%]*)$/.exec(format) : null;
  if (!m)
    throw invalidProp(
      'contours.labels.format',
      `expected a printf format such as '%1.1f', '%.3g' or '%d', or a function, got ${JSON.stringify(format)}`,
    );
  const [, before, , precision, conversion, after] = m;
  const digits = precision === undefined ? 6 : Number(precision);
  const body = (v: number) =>
    conversion === 'f' ? formatFixed(v, digits) : conversion === 'g' ? formatG(v, digits) : formatInt(Math.trunc(v));
  return (level) => `${before}${body(level)}${after}`;
}
