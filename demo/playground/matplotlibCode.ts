// The current props as the matplotlib code that draws the same figure.
import type { ContourHeatmapProps, ContourOptions, ImageType } from '../../src';
import { call, kwargs, py, pyColor, pyNum, pyStr } from './python';

type NormSpec = NonNullable<ContourHeatmapProps['norm']>;
/** The object forms (a norm string is printed as it is). */
type NormObject = Exclude<NormSpec, string>;
type ColormapInput = NonNullable<ContourHeatmapProps['cmap']>;

export interface Figure {
  readonly props: ContourHeatmapProps;
  /** numpy code defining Z (and X, Y when the contours use node coordinates). */
  readonly data: string;
  readonly rows: number;
  readonly cols: number;
  /** Device pixels per CSS pixel the chart draws with (pixelRatio or devicePixelRatio). */
  readonly pixelRatio: number;
  readonly exportType: ImageType;
  readonly quality: number;
}

const NORM_CLASSES: Readonly<Record<NormObject['type'], string>> = Object.freeze({
  linear: 'Normalize',
  log: 'LogNorm',
  symlog: 'SymLogNorm',
  power: 'PowerNorm',
  twoSlope: 'TwoSlopeNorm',
  centered: 'CenteredNorm',
  boundary: 'BoundaryNorm',
});

/** Each norm's positional parameters, in matplotlib's order. */
const POSITIONAL: Readonly<Partial<Record<NormObject['type'], readonly string[]>>> = Object.freeze({
  symlog: ['linthresh'],
  power: ['gamma'],
  twoSlope: ['vcenter'],
  boundary: ['boundaries', 'ncolors'],
});

export function matplotlibCode(figure: Figure): string {
  const p = figure.props;
  const contours = p.contours || null;
  const axes = axesOptions(p);
  const bar = colorbarOptions(p);
  // The colorbar describes the image; without one, the filled contours, or else the image's colours on their own.
  const mappable = !bar ? null : p.heatmap !== false ? 'im' : contours?.filled ? 'cf' : 'sm';
  const usesCmap = p.heatmap !== false || mappable === 'sm';
  // A Figure of its own rather than pyplot's global current figure: the state this figure draws with is its own, as a chart's is.
  const out = ['import numpy as np', 'import matplotlib', 'from matplotlib.figure import Figure'];
  const customised = p.norm !== undefined || (p.cmap !== undefined && typeof p.cmap !== 'string');
  if (usesCmap && customised) out.push('from matplotlib import colors');
  out.push('', figure.data, '');
  if (p.renderer && p.renderer !== 'auto') out.push(`# contour-heatmap only: renderer=${pyStr(p.renderer)}`);
  out.push(...figureLines(p, axes));
  if (usesCmap) out.push(`cmap = ${cmapExpr(p)}`);
  if (p.heatmap !== false) out.push(call('im = ax.imshow', ['Z', ...imshowKwargs(p)]));
  if (contours) out.push(...contourLines(p, contours), ...pinView(p, figure));
  if (bar) out.push(...colorbarLines(p, bar, mappable!, axes));
  if (axes) out.push(...axesLines(axes));
  // The chart shows its background inside the axes too (where no image or band covers them); matplotlib's axes are white.
  if (axes && p.background !== undefined) out.push("ax.set_facecolor('none')");
  const labels = contours && labelsOptions(contours);
  if (labels) out.push(...clabelLines(p, contours!, labels));
  out.push(savefig(figure, axes !== null || bar !== null));
  return out.join('\n');
}

type AxesSpec = Exclude<NonNullable<ContourHeatmapProps['axes']>, boolean>;
type ColorbarSpec = Exclude<NonNullable<ContourHeatmapProps['colorbar']>, boolean>;
type LabelsSpec = Exclude<NonNullable<ContourOptions['labels']>, boolean>;

/** The axes' options (all defaults for `true` or none given), or null without axes. */
function axesOptions(p: ContourHeatmapProps): AxesSpec | null {
  return p.axes === false ? null : p.axes === undefined || p.axes === true ? {} : p.axes;
}

function colorbarOptions(p: ContourHeatmapProps): ColorbarSpec | null {
  return p.colorbar === undefined || p.colorbar === false ? null : p.colorbar === true ? {} : p.colorbar;
}

function labelsOptions(c: ContourOptions): LabelsSpec | null {
  return c.labels === undefined || c.labels === false ? null : c.labels === true ? {} : c.labels;
}

function figureLines(p: ContourHeatmapProps, axes: AxesSpec | null): string[] {
  const sized = p.width !== undefined && p.height !== undefined;
  const figsize = sized ? `(${pyNum(p.width! / 100)}, ${pyNum(p.height! / 100)})` : '(6.4, 4.8)';
  // Without axes the picture fills the figure: there are no margins for a layout to fit.
  const constrained = axes !== null && p.layout === 'constrained';
  return [
    ...(sized ? [] : ['# the chart follows its container: set width and height for an exact figsize']),
    `fig = Figure(figsize=${figsize}, dpi=100${constrained ? ", layout='constrained'" : ''})`,
    'ax = fig.add_subplot()',
    // axes={false}: no frame, ticks or texts, and the image fills the figure.
    ...(axes ? [] : ['ax.set_axis_off()', 'fig.subplots_adjust(0, 0, 1, 1)']),
  ];
}

/** The axes' texts, ticks and frame. The chart sizes the axis labels and the colorbar's texts as the tick labels, the title 1.2 ×. */
function axesLines(a: AxesSpec): string[] {
  const size = a.fontSize;
  const sized = (factor: number) => (size === undefined ? [] : [`fontsize=${pyNum(Math.round(size * factor * 1000) / 1000)}`]);
  return [
    ...(a.title ? [call('ax.set_title', [pyStr(a.title), ...sized(1.2)])] : []),
    ...(a.xlabel ? [call('ax.set_xlabel', [pyStr(a.xlabel), ...sized(1)])] : []),
    ...(a.ylabel ? [call('ax.set_ylabel', [pyStr(a.ylabel), ...sized(1)])] : []),
    ...(a.xticks ? [call('ax.set_xticks', [py([...a.xticks])])] : []),
    ...(a.yticks ? [call('ax.set_yticks', [py([...a.yticks])])] : []),
    ...(size === undefined ? [] : [`ax.tick_params(labelsize=${pyNum(size)})`]),
    ...(a.frame === false ? ['ax.spines[:].set_visible(False)'] : []),
    ...(a.format ? ['# axes.format is a function: set a FuncFormatter on ax.xaxis / ax.yaxis for the same labels'] : []),
    ...(a.fontFamily ? [`# axes.fontFamily=${pyStr(a.fontFamily)}: matplotlib's rcParams['font.family']`] : []),
  ];
}

function colorbarLines(p: ContourHeatmapProps, c: ColorbarSpec, mappable: string, axes: AxesSpec | null): string[] {
  const size = axes?.fontSize;
  return [
    // No image and no bands: a ScalarMappable with the image's colormap and norm, scaled to Z as imshow's would be.
    ...(mappable === 'sm'
      ? [
          call('sm = matplotlib.cm.ScalarMappable', kwargs({ norm: p.norm && normExpr(p.norm), cmap: 'cmap' })),
          'sm.set_array(Z)',
          ...(p.vmin !== undefined || p.vmax !== undefined ? [call('sm.set_clim', kwargs({ vmin: opt(p.vmin), vmax: opt(p.vmax) }))] : []),
        ]
      : []),
    call('cbar = fig.colorbar', [mappable, 'ax=ax', `orientation=${pyStr(c.orientation ?? 'vertical')}`]),
    ...(c.ticks ? [call('cbar.set_ticks', [py([...c.ticks])])] : []),
    ...(c.label ? [call('cbar.set_label', [pyStr(c.label), ...(size === undefined ? [] : [`fontsize=${pyNum(size)}`])])] : []),
    ...(size === undefined ? [] : [`cbar.ax.tick_params(labelsize=${pyNum(size)})`]),
    ...(c.format ? ['# colorbar.format is a function: cbar.formatter = FuncFormatter(...) for the same labels'] : []),
  ];
}

/** clabel on the line set (the chart labels its lines only: none when the lines are off). */
function clabelLines(p: ContourHeatmapProps, c: ContourOptions, l: LabelsSpec): string[] {
  if (!(c.lines ?? !c.filled)) return ['# contours.labels: the chart labels contour lines, and none are drawn (lines off)'];
  const fmt = typeof l.format === 'string' ? pyStr(l.format) : undefined;
  const colours =
    l.colors === undefined
      ? undefined
      : typeof l.colors === 'string' || typeof l.colors[0] === 'number'
        ? pyColor(l.colors)
        : `[${(l.colors as readonly unknown[]).map(pyColor).join(', ')}]`;
  return [
    // clabel places its labels for the axes' size at the time of the call: let the constrained layout size them first.
    ...(p.layout === 'constrained' && p.axes !== false ? ['fig.draw_without_rendering()'] : []),
    ...(typeof l.format === 'function' ? ['# contours.labels.format is a function: pass it to clabel as fmt'] : []),
    call('ax.clabel', [
      'cs',
      ...kwargs({
        levels: l.levels && py([...l.levels]),
        inline: l.inline === false ? 'False' : 'True',
        inline_spacing: opt(l.inlineSpacing),
        fontsize: pyNum(l.fontSize ?? 10),
        fmt,
        colors: colours,
      }),
    ]),
  ];
}

/** A number argument, or nothing. */
function opt(n: number | undefined): string | undefined {
  return n === undefined ? undefined : pyNum(n);
}

function cmapExpr(p: ContourHeatmapProps): string {
  const extremes = kwargs({
    under: p.underColor === undefined ? undefined : pyColor(p.underColor),
    over: p.overColor === undefined ? undefined : pyColor(p.overColor),
    bad: p.badColor === undefined ? undefined : pyColor(p.badColor),
  });
  const base = baseCmap(p.cmap ?? 'viridis');
  return extremes.length ? `${base}.with_extremes(${extremes.join(', ')})` : base;
}

function baseCmap(cmap: ColormapInput): string {
  if (typeof cmap === 'string') return `matplotlib.colormaps[${pyStr(cmap)}]`;
  if ('spec' in cmap) return `matplotlib.colormaps[${pyStr(cmap.name)}]`;
  if ('colors' in cmap) return `colors.ListedColormap([${cmap.colors.map(pyColor).join(', ')}])`;
  const stops = cmap.stops.map(([at, c]) => `(${pyNum(at)}, ${pyColor(c)})`);
  return `colors.LinearSegmentedColormap.from_list('from_list', [${stops.join(', ')}])`;
}

function imshowKwargs(p: ContourHeatmapProps): string[] {
  return kwargs({
    interpolation: py(p.interpolation ?? 'antialiased'),
    extent: p.extent && py([...p.extent]),
    origin: py(p.origin ?? 'upper'),
    aspect: "'auto'",
    cmap: 'cmap',
    norm: p.norm && normExpr(p.norm),
    vmin: p.vmin === undefined ? undefined : pyNum(p.vmin),
    vmax: p.vmax === undefined ? undefined : pyNum(p.vmax),
    filterrad: p.filterrad === undefined ? undefined : pyNum(p.filterrad),
    interpolation_stage: p.interpolationStage && py(p.interpolationStage),
  });
}

function normExpr(norm: NormSpec): string {
  if (typeof norm === 'string') return JSON.stringify(norm).replace(/"/g, "'");
  const { type, ...options } = norm as { type: NormObject['type'] } & Record<string, unknown>;
  const positional = (POSITIONAL[type] ?? []).map((key) => {
    const value = options[key];
    delete options[key];
    // BoundaryNorm's ncolors is required in matplotlib; the chart defaults it to the colormap's size.
    return key === 'ncolors' && value === undefined ? 'cmap.N' : py(value);
  });
  const named = Object.entries(options).map(([k, v]) => `${k}=${py(v)}`);
  return `colors.${NORM_CLASSES[type]}(${[...positional, ...named].join(', ')})`;
}

/** contourf's colour arguments: the bands' own (contours.filled as an object), else the lines'. */
function bandColours(c: ContourOptions, lineColours: string[]): string[] {
  if (typeof c.filled !== 'object') return lineColours;
  const { colors, cmap, alpha } = c.filled;
  // Only an alpha of their own: the bands keep the lines' colours.
  if (colors === undefined && cmap === undefined) {
    return alpha === undefined ? lineColours : [...lineColours.filter((k) => !k.startsWith('alpha=')), `alpha=${pyNum(alpha)}`];
  }
  return kwargs({
    colors: colors === undefined ? undefined : typeof colors === 'string' ? pyColor(colors) : `[${colors.map(pyColor).join(', ')}]`,
    cmap: typeof cmap === 'string' ? pyStr(cmap) : undefined,
    alpha: alpha === undefined ? (c.alpha === undefined ? undefined : pyNum(c.alpha)) : pyNum(alpha),
  });
}

function contourLines(p: ContourHeatmapProps, c: ContourOptions): string[] {
  const args = [...(c.x && c.y ? ['X', 'Y', 'Z'] : ['Z']), ...(c.levels === undefined ? [] : [py(c.levels)])];
  // Without X, Y, origin + extent put the nodes on the image's cell centres, as the chart does.
  const placement = c.x || !p.extent ? {} : { origin: py(p.origin ?? 'upper'), extent: py([...p.extent]) };
  const colours = kwargs({
    colors:
      c.colors === undefined || c.colors === null
        ? undefined
        : typeof c.colors === 'string'
          ? pyColor(c.colors)
          : `[${c.colors.map(pyColor).join(', ')}]`,
    cmap: typeof c.cmap === 'string' ? pyStr(c.cmap) : undefined,
    alpha: c.alpha === undefined ? undefined : pyNum(c.alpha),
  });
  const shared = kwargs({ ...placement, extend: c.extend && py(c.extend), corner_mask: c.cornerMask === false ? 'False' : undefined });
  const lines = c.lines ?? !c.filled;
  return [
    // The chart draws filled contours under the heatmap, seen where it is transparent (NaN cells).
    ...(c.filled
      ? [call('cf = ax.contourf', [...args, ...bandColours(c, colours), ...shared, ...(p.heatmap === false ? [] : ['zorder=-1'])])]
      : []),
    ...(lines
      ? [
          call('cs = ax.contour', [
            ...args,
            ...colours,
            ...kwargs({
              linewidths: c.linewidths === undefined ? undefined : py(c.linewidths),
              linestyles: c.linestyles === undefined ? undefined : py(c.linestyles),
              negative_linestyles: c.negativeLinestyle && py(c.negativeLinestyle),
            }),
            ...shared,
          ]),
        ]
      : []),
  ];
}

/** contour() autoscales the axes; keep the image's view (imshow's extent, or its default one). */
function pinView(p: ContourHeatmapProps, figure: Figure): string[] {
  const { rows, cols } = figure;
  const [l, r, b, t] = p.extent ?? (p.origin === 'lower' ? [-0.5, cols - 0.5, -0.5, rows - 0.5] : [-0.5, cols - 0.5, rows - 0.5, -0.5]);
  return [`ax.set_xlim(${pyNum(l)}, ${pyNum(r)})`, `ax.set_ylim(${pyNum(b)}, ${pyNum(t)})`];
}

/** The figure's background: the chart's, white with axes or a colorbar (savefig's default), transparent without, or its own colour. */
function savefig({ props, exportType, quality, pixelRatio }: Figure, framed: boolean): string {
  const dpi = pyNum(Math.round(100 * pixelRatio * 1000) / 1000);
  const background = props.background === undefined ? (framed ? [] : ['transparent=True']) : [`facecolor=${pyColor(props.background)}`];
  return exportType === 'image/jpeg'
    ? call('fig.savefig', [
        "'figure.jpg'",
        `dpi=${dpi}`,
        ...(props.background === undefined ? [] : background),
        `pil_kwargs={'quality': ${Math.round(quality * 100)}}`,
      ])
    : call('fig.savefig', ["'figure.png'", `dpi=${dpi}`, ...background]);
}
