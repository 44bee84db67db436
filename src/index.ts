export { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps, type ContourHeatmapRootProps } from './react/ContourHeatmap';
export { createContourHeatmap, type ChartOptions, type ChartSettings, type ContourHeatmapChart } from './chart/createContourHeatmap';
export type { RendererChoice } from './chart/heatmapLayer';
export { ContextBudgetProvider } from './react/ContextBudgetProvider';
export { createContextBudget, DEFAULT_CONTEXT_LIMIT, type ContextBudget } from './chart/contextBudget';
export type { ImageType } from './export/exportScene';
export type { ContourOptions, FillOptions, PictureOptions } from './core/options';
export type { Extent } from './core/grid/coords';
export type { GridInput } from './core/grid/grid';
export type { Origin } from './core/resample/reference';
export { INTERPOLATION_NAMES, type InterpolationName } from './core/resample/kernels';
export { INTERPOLATION_STAGES, type InterpolationStage } from './core/resample/rgbaStage';
export type { NormSpec, NormType } from './core/color/norms';
export {
  COLORMAP_NAMES,
  type ColormapInput,
  type ColormapName,
  type CustomColormapInput,
  type ListedColormapInput,
  type StopsColormapInput,
} from './core/color/colormaps';
export type { Color } from './core/color/colors';
export type { ContourStyleOptions, LineStyleName } from './core/contours/contourStyle';
export type { FilledContourOptions } from './core/filled/bands';
export { EXTENDS, type Extend } from './core/contours/extend';
export { levelsFromCount } from './core/contours/levels';
