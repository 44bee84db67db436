export { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from './react/ContourHeatmap';
export { createContourHeatmap, type ChartOptions, type ContourHeatmapChart } from './chart/createContourHeatmap';
export { ContextBudgetProvider } from './react/ContextBudgetProvider';
export { createContextBudget, DEFAULT_CONTEXT_LIMIT, type ContextBudget } from './chart/contextBudget';
export type { ImageType } from './export/composite';
export type { ContourOptions, Extend, Extent, GridInput, InterpolationName, InterpolationStage, NormSpec, Origin } from './core';
export { levelsFromCount, COLORMAP_NAMES, EXTENDS, INTERPOLATION_NAMES, INTERPOLATION_STAGES } from './core';
