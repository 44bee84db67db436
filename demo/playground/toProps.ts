// The form state as chart props. Nothing is validated here: the chart does that and names the prop.
import type { ContourHeatmapProps, ContourOptions, Extent } from '../../src';
import type { Field } from './dataSources';
import { list, numberList, oneOrList, optionalNumber, toNumber } from './parse';
import { CUSTOM_CMAP, type PlaygroundState } from './state';

type NormSpec = NonNullable<ContourHeatmapProps['norm']>;
type ColormapInput = NonNullable<ContourHeatmapProps['cmap']>;
/** A name as typed in the form: the chart reports one it does not know. */
type ColormapName = Extract<ColormapInput, string>;
type Color = NonNullable<ContourHeatmapProps['underColor']>;
type LineStyle = Extract<NonNullable<ContourOptions['linestyles']>, string>;
type AxesSpec = Exclude<NonNullable<ContourHeatmapProps['axes']>, boolean>;
type ColorbarSpec = Exclude<NonNullable<ContourHeatmapProps['colorbar']>, boolean>;
type LabelsSpec = Exclude<NonNullable<ContourOptions['labels']>, boolean>;

/** The kernels whose radius is imshow's `filterrad`. */
export const FILTERRAD_KERNELS: readonly string[] = Object.freeze(['sinc', 'lanczos', 'blackman']);

/** The norms that take vmin / vmax (the others are set by their centre or boundaries). */
export const NORMS_WITH_RANGE: readonly string[] = Object.freeze(['default', 'linear', 'log', 'symlog', 'power', 'twoSlope']);

export function toProps(s: PlaygroundState, field: Field): ContourHeatmapProps {
  const topLevelRange = s.norm === 'default';
  return defined({
    z: field.z,
    extent: s.extentOn ? (s.extent.map(toNumber) as unknown as Extent) : undefined,
    origin: s.origin,
    interpolation: s.interpolation,
    interpolationStage: s.interpolationStage || undefined,
    filterrad: FILTERRAD_KERNELS.includes(s.interpolation) ? optionalNumber(s.filterrad) : undefined,
    cmap: colormap(s),
    underColor: color(s.underColor),
    overColor: color(s.overColor),
    badColor: color(s.badColor),
    vmin: topLevelRange ? optionalNumber(s.vmin) : undefined,
    vmax: topLevelRange ? optionalNumber(s.vmax) : undefined,
    norm: norm(s),
    contours: s.contours ? contours(s, field) : false,
    width: optionalNumber(s.width),
    height: optionalNumber(s.height),
    pixelRatio: optionalNumber(s.pixelRatio),
    renderer: s.renderer,
    heatmap: s.heatmap ? undefined : false,
    axes: s.axes ? axes(s) : false,
    colorbar: s.colorbar ? orTrue(colorbar(s)) : undefined,
    layout: s.layout === 'matplotlib' ? undefined : s.layout,
    background: color(s.background),
  });
}

/** The axes' options; undefined (the default: axes on) when every field is at its default. */
function axes(s: PlaygroundState): AxesSpec | undefined {
  const options = defined<AxesSpec>({
    title: s.title || undefined,
    xlabel: s.xlabel || undefined,
    ylabel: s.ylabel || undefined,
    fontSize: optionalNumber(s.axesFontSize),
    frame: s.frame ? undefined : false,
    xticks: numberList(s.xticks),
    yticks: numberList(s.yticks),
  });
  return Object.keys(options).length ? options : undefined;
}

function colorbar(s: PlaygroundState): ColorbarSpec {
  return defined<ColorbarSpec>({
    label: s.colorbarLabel || undefined,
    ticks: numberList(s.colorbarTicks),
    orientation: s.colorbarOrientation === 'vertical' ? undefined : s.colorbarOrientation,
  });
}

function labels(s: PlaygroundState): LabelsSpec {
  return defined<LabelsSpec>({
    fontSize: optionalNumber(s.labelFontSize),
    format: s.labelFormat === '' ? undefined : s.labelFormat,
    inline: s.labelInline ? undefined : false,
    inlineSpacing: optionalNumber(s.labelInlineSpacing),
    levels: numberList(s.labelLevels),
    colors: colorOrList(s.labelColors),
  });
}

/** `true` for an options object with every field at its default: the prop as a user would write it. */
function orTrue<T extends object>(options: T): T | true {
  return Object.keys(options).length ? options : true;
}

/** One colour (a string or an RGB(A) tuple), or a comma-separated list of colour strings. */
function colorOrList(text: string): LabelsSpec['colors'] {
  const c = color(text);
  return typeof c === 'string' && c.includes(',') ? list(c) : c;
}

/** A colour text field: '' is the default; '[r, g, b(, a)]' is an RGB(A) tuple; anything else a matplotlib colour string. */
export function color(text: string): Color | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^\[.*\]$/.test(t)) {
    try {
      return JSON.parse(t) as number[];
    } catch {
      return t;
    }
  }
  return t;
}

/** A registered name, or the custom colour list as a ListedColormap or LinearSegmentedColormap.from_list. */
function colormap(s: PlaygroundState): ColormapInput {
  if (s.cmap !== CUSTOM_CMAP) return s.cmap as ColormapName;
  const colors = list(s.customColors) ?? [];
  if (s.customKind === 'listed') return { colors };
  return { stops: colors.map((c, i) => [colors.length > 1 ? i / (colors.length - 1) : 0, c] as const) };
}

function norm(s: PlaygroundState): NormSpec | undefined {
  const n = optionalNumber;
  const clip = s.clip || undefined;
  const range = { vmin: n(s.vmin), vmax: n(s.vmax) };
  switch (s.norm) {
    case 'default':
      return undefined;
    case 'linear':
    case 'log':
      return spec({ type: s.norm, ...range, clip });
    case 'symlog':
      return spec({ type: 'symlog', linthresh: n(s.linthresh), linscale: n(s.linscale), base: n(s.base), ...range, clip });
    case 'power':
      return spec({ type: 'power', gamma: n(s.gamma), ...range, clip });
    case 'twoSlope':
      return spec({ type: 'twoSlope', vcenter: n(s.vcenter), ...range });
    case 'centered':
      return spec({ type: 'centered', vcenter: n(s.vcenter), halfrange: n(s.halfrange), clip });
    case 'boundary':
      return spec({
        type: 'boundary',
        boundaries: numberList(s.boundaries) ?? [],
        ncolors: n(s.ncolors),
        clip,
        extend: s.normExtend === 'neither' ? undefined : s.normExtend,
      });
  }
}

/** A norm as typed: a required parameter left empty is passed as missing, for the chart to report. */
function spec(options: Record<string, unknown>): NormSpec {
  return defined(options) as unknown as NormSpec;
}

function contours(s: PlaygroundState, field: Field): ContourOptions {
  return defined({
    levels: oneOrList(s.levels, toNumber),
    colors: s.colorMode === 'one' ? oneColor(s.color) : s.colorMode === 'list' ? list(s.colorList) : undefined,
    cmap: s.colorMode === 'cmap' && s.contourCmap !== '' ? (s.contourCmap as ColormapName) : undefined,
    linewidths: oneOrList(s.linewidths, toNumber),
    linestyles: oneOrList(s.linestyles, (v) => v as LineStyle),
    negativeLinestyle: s.negativeLinestyle || undefined,
    alpha: optionalNumber(s.alpha),
    cornerMask: s.cornerMask ? undefined : false,
    filled: !s.filled ? undefined : s.fillCmap === '' ? true : { cmap: s.fillCmap as ColormapName },
    lines: s.lines === '' ? undefined : s.lines === 'on',
    extend: s.contourExtend || undefined,
    labels: s.labels ? orTrue(labels(s)) : undefined,
    x: s.contourXY ? field.x : undefined,
    y: s.contourXY ? field.y : undefined,
  });
}

/** contours.colors takes one colour as a string; an RGB(A) tuple is a list of one. */
function oneColor(text: string): ContourOptions['colors'] {
  const c = color(text);
  return Array.isArray(c) ? [c] : (c as string | undefined);
}

/** The object without its undefined entries: an option left at its default is not passed at all. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
