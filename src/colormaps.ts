// contour-heatmap/colormaps: matplotlib's registered colormaps, one frozen constant each, for
// `import { jet } from 'contour-heatmap/colormaps'` and `cmap={jet}`: an app's bundle then holds
// the colormaps it imports and no others. Names (`cmap="jet"`) need no import: a chart loads every
// colormap, as one lazy chunk, the first time its options name one other than the default viridis.
export * from './core/color/colormaps/data/exports';
export { reversed } from './core/color/colormaps/registry';
export type { RegisteredColormap } from './core/color/colormaps';
