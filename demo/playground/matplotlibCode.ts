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
  // A Figure of its own rather than pyplot's global current figure: the state this figure draws with is its own, as a chart's is.
  const out = ['import numpy as np', 'import matplotlib', 'from matplotlib.figure import Figure'];
  const customised = p.norm !== undefined || (p.cmap !== undefined && typeof p.cmap !== 'string');
  if (p.heatmap !== false && customised) out.push('from matplotlib import colors');
  out.push('', figure.data, '');
  if (p.renderer && p.renderer !== 'auto') out.push(`# contour-heatmap only: renderer=${pyStr(p.renderer)}`);
  out.push(...figureLines(p));
  if (p.heatmap !== false) out.push(`cmap = ${cmapExpr(p)}`, call('ax.imshow', ['Z', ...imshowKwargs(p)]));
  if (contours) out.push(...contourLines(p, contours), ...pinView(p, figure));
  out.push(savefig(figure));
  return out.join('\n');
}

function figureLines(p: ContourHeatmapProps): string[] {
  const sized = p.width !== undefined && p.height !== undefined;
  return [
    ...(sized ? [] : ['# the chart follows its container: set width and height for an exact figsize']),
    `fig = Figure(figsize=${sized ? `(${pyNum(p.width! / 100)}, ${pyNum(p.height! / 100)})` : '(6.4, 4.8)'}, dpi=100)`,
    'ax = fig.add_axes([0, 0, 1, 1])',
    'ax.set_axis_off()',
  ];
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
    colors: c.colors === undefined || c.colors === null ? undefined : typeof c.colors === 'string' ? pyColor(c.colors) : `[${c.colors.map(pyColor).join(', ')}]`,
    cmap: typeof c.cmap === 'string' ? pyStr(c.cmap) : undefined,
    alpha: c.alpha === undefined ? undefined : pyNum(c.alpha),
  });
  const shared = kwargs({ ...placement, extend: c.extend && py(c.extend), corner_mask: c.cornerMask === false ? 'False' : undefined });
  const lines = c.lines ?? !c.filled;
  return [
    // The chart draws filled contours under the heatmap, seen where it is transparent (NaN cells).
    ...(c.filled ? [call('ax.contourf', [...args, ...bandColours(c, colours), ...shared, ...(p.heatmap === false ? [] : ['zorder=-1'])])] : []),
    ...(lines
      ? [
          call('ax.contour', [
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

function savefig({ exportType, quality, pixelRatio }: Figure): string {
  const dpi = pyNum(Math.round(100 * pixelRatio * 1000) / 1000);
  return exportType === 'image/jpeg'
    ? `fig.savefig('figure.jpg', dpi=${dpi}, pil_kwargs={'quality': ${Math.round(quality * 100)}})`
    : `fig.savefig('figure.png', dpi=${dpi}, transparent=True)`;
}
