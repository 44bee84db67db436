// contour-heatmap/vanilla: the chart without React (createContourHeatmap) and every type it takes,
// for pages that load ES modules with no bundler (React ships no ES module build a browser could
// import). The main entry re-exports all of it beside the React component.
export {
  createContourHeatmap,
  type ChartOptions,
  type ChartSettings,
  type ContourHeatmapChart,
  type ExportOptions,
} from './chart/createContourHeatmap';
export type { RendererChoice } from './chart/heatmapLayer';
export { createContextBudget, DEFAULT_CONTEXT_LIMIT, type ContextBudget } from './chart/contextBudget';
export type { ImageType } from './export/exportScene';
export type { PickInfo } from './core/interaction/pick';
export type { ReadoutSetting } from './chart/pointer';
export type { PictureOptions } from './core/options';
export type { ContourOptions, FillOptions } from './core/contourOptions';
export type { Extent } from './core/grid/coords';
export type { View } from './core/view/view';
export type { GridInput } from './core/grid/grid';
export type { Origin } from './core/resample/reference';
export { INTERPOLATION_NAMES, type InterpolationName } from './core/resample/kernels';
export { INTERPOLATION_STAGES, type InterpolationStage } from './core/resample/rgbaStage';
export type { NormObject, NormSpec, NormType } from './core/color/norms';
export { NORM_STRINGS, type NormString } from './core/color/normStrings';
export {
  COLORMAP_NAMES,
  type BaseColormapName,
  type ColormapInput,
  type ColormapName,
  type CustomColormapInput,
  type ListedColormapInput,
  type RegisteredColormap,
  type StopsColormapInput,
} from './core/color/colormaps';
export type { Color } from './core/color/colors';
export type { ContourStyleOptions, LineStyleName } from './core/contours/contourStyle';
export type { FilledContourOptions } from './core/filled/bands';
export { EXTENDS, type Extend } from './core/contours/extend';
export { levelsFromCount, MAX_LEVELS } from './core/contours/levels';
export { MAX_GRID_CELLS } from './core/grid/grid';
export { MAX_CANVAS_SIDE, MAX_DEVICE_PIXELS } from './core/figure/deviceSize';
export type { AxesOptions, AxisName, ColorbarOptions, FigureOptions, LayoutName } from './core/figure/figureOptions';
export type { ContourLabelsOptions } from './core/figure/contourLabelOptions';
