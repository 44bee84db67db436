// The playground's form state: what the controls show, as typed. Text stays text here; toProps
// turns it into chart props, so a bad entry reaches the chart and the chart reports it.
import type { InterpolationName } from '../../src';
import type { SourceName } from './dataSources';

export type NormChoice = 'default' | 'linear' | 'log' | 'symlog' | 'power' | 'twoSlope' | 'centered' | 'boundary';
export type ExtendChoice = 'neither' | 'min' | 'max' | 'both';
export type LineStyleChoice = 'solid' | 'dashed' | 'dashdot' | 'dotted';
export type ContourColorMode = 'one' | 'list' | 'cmap';
export type LayoutChoice = 'matplotlib' | 'constrained';
export type OrientationChoice = 'vertical' | 'horizontal';

/** The value of the cmap select that switches to the custom colour list. */
export const CUSTOM_CMAP = 'custom';

export interface PlaygroundState {
  // Data
  readonly source: SourceName;
  readonly rows: string;
  readonly cols: string;
  /** Pass the seed's own node coordinates as contours.x / contours.y (contour(X, Y, Z)). */
  readonly contourXY: boolean;
  // Image
  readonly heatmap: boolean;
  readonly extentOn: boolean;
  readonly extent: readonly [string, string, string, string];
  readonly origin: 'upper' | 'lower';
  readonly interpolation: InterpolationName;
  /** '' = the chart's default. */
  readonly interpolationStage: '' | 'data' | 'rgba';
  readonly filterrad: string;
  // Colours
  readonly cmap: string;
  readonly customColors: string;
  readonly customKind: 'listed' | 'from_list';
  readonly underColor: string;
  readonly overColor: string;
  readonly badColor: string;
  // Norm
  readonly norm: NormChoice;
  readonly vmin: string;
  readonly vmax: string;
  readonly clip: boolean;
  readonly linthresh: string;
  readonly linscale: string;
  readonly base: string;
  readonly gamma: string;
  readonly vcenter: string;
  readonly halfrange: string;
  readonly boundaries: string;
  readonly ncolors: string;
  readonly normExtend: ExtendChoice;
  // Contours
  readonly contours: boolean;
  readonly levels: string;
  readonly colorMode: ContourColorMode;
  readonly color: string;
  readonly colorList: string;
  /** '' = the default (viridis). */
  readonly contourCmap: string;
  readonly linewidths: string;
  readonly linestyles: string;
  readonly negativeLinestyle: '' | LineStyleChoice;
  readonly alpha: string;
  readonly cornerMask: boolean;
  readonly filled: boolean;
  /** The bands' own colormap (contours.filled = { cmap }); '' = coloured like the lines. */
  readonly fillCmap: string;
  /** '' = the default (on unless filled). */
  readonly lines: '' | 'on' | 'off';
  readonly contourExtend: '' | ExtendChoice;
  // Contour labels (contours.labels)
  readonly labels: boolean;
  /** pt; '' = the default (10). */
  readonly labelFontSize: string;
  /** A printf format ('%1.1f'); '' = matplotlib's ScalarFormatter. */
  readonly labelFormat: string;
  readonly labelInline: boolean;
  /** px; '' = the default (5). */
  readonly labelInlineSpacing: string;
  /** The labelled levels, comma-separated; '' = every level. */
  readonly labelLevels: string;
  /** One colour or a comma-separated list; '' = each line's colour. */
  readonly labelColors: string;
  // Axes
  readonly axes: boolean;
  readonly title: string;
  readonly xlabel: string;
  readonly ylabel: string;
  /** Tick label size, pt; '' = the default (10). */
  readonly axesFontSize: string;
  readonly frame: boolean;
  /** Comma-separated tick positions; '' = matplotlib's AutoLocator. */
  readonly xticks: string;
  readonly yticks: string;
  // Colorbar
  readonly colorbar: boolean;
  readonly colorbarOrientation: OrientationChoice;
  readonly colorbarLabel: string;
  /** Comma-separated tick values; '' = the norm's locator. */
  readonly colorbarTicks: string;
  // Layout
  readonly width: string;
  readonly height: string;
  readonly pixelRatio: string;
  readonly renderer: 'auto' | 'gpu' | 'cpu';
  readonly layout: LayoutChoice;
  /** A matplotlib colour; '' = the default (white with axes, transparent without). */
  readonly background: string;
}

export type SetField = <K extends keyof PlaygroundState>(key: K, value: PlaygroundState[K]) => void;

/** The seed figure of the README, at a size that fits beside the controls. */
export const INITIAL_STATE: PlaygroundState = Object.freeze<PlaygroundState>({
  source: 'seed',
  rows: '48',
  cols: '64',
  contourXY: true,
  heatmap: true,
  extentOn: true,
  extent: ['-3', '4', '-4', '3'],
  origin: 'lower',
  interpolation: 'spline36',
  interpolationStage: '',
  filterrad: '4',
  cmap: 'jet',
  customColors: 'navy, tab:blue, w, tab:orange, darkred',
  customKind: 'from_list',
  underColor: '',
  overColor: '',
  badColor: '',
  norm: 'default',
  vmin: '',
  vmax: '',
  clip: false,
  linthresh: '0.1',
  linscale: '',
  base: '',
  gamma: '0.5',
  vcenter: '0',
  halfrange: '',
  boundaries: '-1, -0.5, 0, 0.5, 1',
  ncolors: '',
  normExtend: 'neither',
  contours: true,
  levels: '10',
  colorMode: 'one',
  color: 'k',
  colorList: 'k, 0.4, w',
  contourCmap: '',
  linewidths: '',
  linestyles: '',
  negativeLinestyle: '',
  alpha: '',
  cornerMask: true,
  filled: false,
  fillCmap: '',
  lines: '',
  contourExtend: '',
  labels: false,
  labelFontSize: '',
  labelFormat: '',
  labelInline: true,
  labelInlineSpacing: '',
  labelLevels: '',
  labelColors: '',
  axes: true,
  title: '',
  xlabel: '',
  ylabel: '',
  axesFontSize: '',
  frame: true,
  xticks: '',
  yticks: '',
  colorbar: false,
  colorbarOrientation: 'vertical',
  colorbarLabel: '',
  colorbarTicks: '',
  width: '560',
  height: '350',
  pixelRatio: '',
  renderer: 'auto',
  layout: 'matplotlib',
  background: '',
});
