// Size budgets (`npx size-limit --config e2e/consumers/size/.size-limit.mjs`, part of
// `npm run check:package`): what an app's bundle grows by, minified and gzipped, with the built
// package (dist/) bundled as an app's bundler would (esbuild, ES modules, tree-shaken). React and
// react-dom are peer dependencies and not counted; regl is.
//
// Colormap names (`cmap="jet"`) resolve from every colormap, which a chart imports with `import()`
// the first time it meets a name other than the bundled viridis: an app's bundler makes that a
// lazy chunk, fetched only then. So the main bundle is measured without it (the dynamic import is
// left external), and the chunk on its own. The chunk shares no module with the colormap objects
// (core/color/colormaps/data/lazy.ts is a copy), so this is what a splitting bundler ships too.
//
// Interaction (views resampled exactly, their preview, gestures, keys and accessibility, linked
// charts, Agg's per-pixel value for pick) added 8 kB to the chart (100.3 → 108.4 kB with one
// colormap object); the budgets keep ~2.5 kB of room above what is measured.

/** Keeps the lazily imported colormaps (core/color/colormaps/data/lazy.js) out of the main bundle. */
const lazyColormapsApart = {
  name: 'lazy-colormaps-apart',
  setup(build) {
    build.onResolve({ filter: /\/data\/lazy\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && /colormaps[/\\]registry\.js$/.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
  },
};
const esm = (config) => ({ ...config, format: 'esm', plugins: [...(config.plugins ?? []), lazyColormapsApart] });
const dist = '../../../dist';

export default [
  {
    name: 'an app importing ContourHeatmap and one colormap object (cmap={jet})',
    path: [`${dist}/index.js`, `${dist}/colormaps.js`],
    import: { [`${dist}/index.js`]: '{ ContourHeatmap }', [`${dist}/colormaps.js`]: '{ jet }' },
    gzip: true,
    limit: '111 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'an app importing ContourHeatmap and every colormap object',
    path: [`${dist}/index.js`, `${dist}/colormaps.js`],
    import: { [`${dist}/index.js`]: '{ ContourHeatmap }', [`${dist}/colormaps.js`]: '*' },
    gzip: true,
    limit: '146 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'createContourHeatmap alone',
    path: `${dist}/index.js`,
    import: '{ createContourHeatmap }',
    gzip: true,
    limit: '109 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'the contour worker (its own file, fetched for the filled contours of big grids)',
    path: `${dist}/worker/isolineWorker.js`,
    gzip: true,
    limit: '6 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'the resample worker (its own file, fetched for big pictures drawn on the CPU with 4 or more cores)',
    path: `${dist}/worker/resampleWorker.js`,
    gzip: true,
    limit: '6 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'the colormaps chunk (every colormap, fetched when a chart first names one other than viridis)',
    path: `${dist}/core/color/colormaps/data/lazy.js`,
    import: '*',
    gzip: true,
    limit: '40 kB',
    modifyEsbuildConfig: esm,
  },
];
