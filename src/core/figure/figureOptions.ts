import { parseColor, type Color } from '../color/colors';
import { invalidProp } from '../errors';
import { resolveContourLabels, type ResolvedContourLabels } from './contourLabelOptions';

/** Points to CSS px: a figure at pixelRatio 1 is matplotlib's figure at dpi 100. */
export const PX_PER_PT = 100 / 72;

/** matplotlib's default font, and the page's sans-serif where the page does not have it. */
export const DEFAULT_FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', sans-serif";

/** The axis a tick label is formatted for (`axes.format`). */
export type AxisName = 'x' | 'y';

/** The axes around the image: frame, ticks, tick labels and texts, as matplotlib draws them. */
export interface AxesOptions {
  /** The title above the axes (matplotlib's `set_title`). Default: none. */
  readonly title?: string | undefined;
  /** The x axis label. Default: none. */
  readonly xlabel?: string | undefined;
  /** The y axis label. Default: none. */
  readonly ylabel?: string | undefined;
  /** Tick positions in data coordinates instead of matplotlib's AutoLocator's. */
  readonly xticks?: readonly number[] | undefined;
  /** Tick positions on the y axis, as `xticks`. */
  readonly yticks?: readonly number[] | undefined;
  /** Tick label text instead of matplotlib's ScalarFormatter's (no offset text is drawn then). */
  readonly format?: ((value: number, axis: AxisName) => string) | undefined;
  /** Tick label size in pt; the title is 1.2 × this. Default 10. */
  readonly fontSize?: number | undefined;
  /** A CSS font-family list for the axes' text. Default: matplotlib's DejaVu Sans, else the page's sans-serif. */
  readonly fontFamily?: string | undefined;
  /** Draw the axes frame (matplotlib's spines). Default true. */
  readonly frame?: boolean | undefined;
}

export interface ColorbarOptions {
  /** The colorbar's label. Default: none. */
  readonly label?: string | undefined;
  /** Tick positions in data values instead of the norm's locator. */
  readonly ticks?: readonly number[] | undefined;
  /** Tick label text instead of matplotlib's formatter's. */
  readonly format?: ((value: number) => string) | undefined;
  /** Beside the axes ('vertical') or below them ('horizontal'). Default 'vertical'. */
  readonly orientation?: 'vertical' | 'horizontal' | undefined;
}

/** How the figure is laid out around the picture (the `layout` prop). */
export type LayoutName = 'matplotlib' | 'constrained';

/** What the figure around the picture is given. */
export interface FigureOptions {
  /** Frame, ticks and tick labels as matplotlib draws them, an object setting them; false: the picture fills the element. Default true. */
  readonly axes?: boolean | AxesOptions | undefined;
  /** A colorbar beside the axes (matplotlib's `fig.colorbar(im)`), an object setting it. Default false, as matplotlib draws one only when asked. */
  readonly colorbar?: boolean | ColorbarOptions | undefined;
  /** 'matplotlib': the default subplot's fixed margins; 'constrained': margins fitted to what is drawn. Default 'matplotlib'. */
  readonly layout?: LayoutName | undefined;
  /** The figure's background colour. Default: white with axes (as savefig), transparent without. */
  readonly background?: Color | undefined;
}

export interface ResolvedAxes {
  readonly title: string;
  readonly xlabel: string;
  readonly ylabel: string;
  readonly xticks: readonly number[] | null;
  readonly yticks: readonly number[] | null;
  readonly format: ((value: number, axis: AxisName) => string) | null;
  /** Tick label font size in pt. */
  readonly fontSize: number;
  readonly fontFamily: string;
  readonly frame: boolean;
}

export interface ResolvedColorbar {
  readonly label: string;
  readonly ticks: readonly number[] | null;
  readonly format: ((value: number) => string) | null;
  readonly orientation: 'vertical' | 'horizontal';
}

export interface ResolvedFigure {
  readonly axes: ResolvedAxes | null;
  /** `contours.labels`, resolved: null when no labels are drawn. */
  readonly labels: ResolvedContourLabels | null;
  readonly colorbar: ResolvedColorbar | null;
  readonly layout: LayoutName;
  /** A CSS colour, or null for transparent. */
  readonly background: string | null;
}

/** Validates the figure options (and `contours.labels`, which the figure draws); every error names the prop. */
export function resolveFigure(options: FigureOptions & { readonly contours?: object | false }): ResolvedFigure {
  const axes = resolveAxes(options.axes);
  const labels = options.contours ? resolveContourLabels((options.contours as { readonly labels?: unknown }).labels) : null;
  const colorbar = resolveColorbar(options.colorbar, axes);
  const layout = options.layout ?? 'matplotlib';
  if (layout !== 'matplotlib' && layout !== 'constrained') {
    throw invalidProp('layout', `expected 'matplotlib' or 'constrained', got ${JSON.stringify(layout)}`);
  }
  const background =
    options.background === undefined ? (axes || colorbar ? 'rgba(255,255,255,1)' : null) : cssColor(options.background, 'background');
  return { axes, labels, colorbar, layout, background };
}

function resolveAxes(axes: FigureOptions['axes']): ResolvedAxes | null {
  if (axes === false) return null;
  if (axes !== undefined && axes !== true && (typeof axes !== 'object' || axes === null || Array.isArray(axes))) {
    throw invalidProp('axes', `expected true, false or an object, got ${describe(axes)}`);
  }
  const a = axes === true || axes === undefined ? {} : axes;
  const fontSize = a.fontSize ?? 10;
  if (!(typeof fontSize === 'number' && Number.isFinite(fontSize) && fontSize > 0 && fontSize <= 200)) {
    throw invalidProp('axes.fontSize', `expected a size in pt from 0 to 200, got ${describe(fontSize)}`);
  }
  if (a.format !== undefined && typeof a.format !== 'function')
    throw invalidProp('axes.format', `expected a function (value, axis) => string, got ${describe(a.format)}`);
  if (a.frame !== undefined && typeof a.frame !== 'boolean')
    throw invalidProp('axes.frame', `expected true or false, got ${describe(a.frame)}`);
  return {
    title: text(a.title, 'axes.title'),
    xlabel: text(a.xlabel, 'axes.xlabel'),
    ylabel: text(a.ylabel, 'axes.ylabel'),
    xticks: ticks(a.xticks, 'axes.xticks'),
    yticks: ticks(a.yticks, 'axes.yticks'),
    format: a.format ?? null,
    fontSize,
    fontFamily: fontFamily(a.fontFamily, 'axes.fontFamily'),
    frame: a.frame ?? true,
  };
}

function resolveColorbar(colorbar: FigureOptions['colorbar'], axes: ResolvedAxes | null): ResolvedColorbar | null {
  if (colorbar === undefined || colorbar === false) return null;
  if (colorbar !== true && (typeof colorbar !== 'object' || colorbar === null || Array.isArray(colorbar))) {
    throw invalidProp('colorbar', `expected true, false or an object, got ${describe(colorbar)}`);
  }
  if (!axes) throw invalidProp('colorbar', 'a colorbar needs the axes it belongs to: remove axes={false}, or drop the colorbar');
  const c = colorbar === true ? {} : colorbar;
  const orientation = c.orientation ?? 'vertical';
  if (orientation !== 'vertical' && orientation !== 'horizontal') {
    throw invalidProp('colorbar.orientation', `expected 'vertical' or 'horizontal', got ${describe(orientation)}`);
  }
  if (c.format !== undefined && typeof c.format !== 'function')
    throw invalidProp('colorbar.format', `expected a function (value) => string, got ${describe(c.format)}`);
  return { label: text(c.label, 'colorbar.label'), ticks: ticks(c.ticks, 'colorbar.ticks'), format: c.format ?? null, orientation };
}

function text(value: unknown, prop: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw invalidProp(prop, `expected a string, got ${describe(value)}`);
  if (value.length > 1000) throw invalidProp(prop, `expected at most 1000 characters, got ${value.length}`);
  return value;
}

/** At most this many explicit ticks: more could not be read anyway, and each is an element. */
export const MAX_TICKS = 1000;

function ticks(value: unknown, prop: string): readonly number[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw invalidProp(prop, `expected an array of finite numbers, got ${describe(value)}`);
  }
  if (value.length > MAX_TICKS) throw invalidProp(prop, `expected at most ${MAX_TICKS} ticks, got ${value.length}`);
  return Object.freeze(Array.from(value as number[]));
}

function fontFamily(value: unknown, prop: string): string {
  if (value === undefined) return DEFAULT_FONT_FAMILY;
  // A CSS font-family list; quotes and commas allowed, nothing that could end the declaration.
  if (typeof value !== 'string' || !/^[\w\s,'"-]{1,200}$/.test(value)) {
    throw invalidProp(prop, `expected a CSS font-family list such as "'DejaVu Sans', sans-serif", got ${describe(value)}`);
  }
  return value;
}

function cssColor(value: Color, prop: string): string {
  const [r, g, b, a] = parseColor(value, prop);
  return `rgba(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)},${a})`;
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
