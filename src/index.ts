export { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from './react/ContourHeatmap';
export { createContourHeatmap, type ChartOptions, type ContourHeatmapChart } from './chart/createContourHeatmap';
export { ContextBudgetProvider } from './react/ContextBudgetProvider';
export { createContextBudget, DEFAULT_CONTEXT_LIMIT, type ContextBudget } from './chart/contextBudget';
export type { ImageType } from './export/composite';
export type { ContourOptions, Extent, GridInput, InterpolationName, Origin } from './core';
export { levelsFromCount, COLORMAP_NAMES, INTERPOLATION_NAMES } from './core';
