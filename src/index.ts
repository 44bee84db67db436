export {
  ContourHeatmap,
  type ContourHeatmapHandle,
  type ContourHeatmapProps,
  type ContourHeatmapRootProps,
  type DataAttributes,
} from './react/ContourHeatmap';
export { ContextBudgetProvider } from './react/ContextBudgetProvider';
export { LinkedCharts, type LinkedChartsProps } from './react/LinkedCharts';
export * from './vanilla';
