// Size budgets (`npx size-limit --config e2e/consumers/size/.size-limit.mjs`, part of
// `npm run check:package`): what an app's bundle grows by, minified and gzipped, with the built
// package (dist/) bundled as an app's bundler would (esbuild, ES modules, tree-shaken). React and
// react-dom are peer dependencies and not counted; regl is.
const esm = (config) => ({ ...config, format: 'esm' });
const dist = '../../../dist';

export default [
  {
    name: 'an app importing ContourHeatmap',
    path: `${dist}/index.js`,
    import: '{ ContourHeatmap }',
    gzip: true,
    limit: '135 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'createContourHeatmap alone',
    path: `${dist}/index.js`,
    import: '{ createContourHeatmap }',
    gzip: true,
    limit: '135 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'the contour worker (its own file, fetched for big grids)',
    path: `${dist}/worker/isolineWorker.js`,
    gzip: true,
    limit: '8 kB',
    modifyEsbuildConfig: esm,
  },
  {
    name: 'of which: colormap data (the 166 colormaps; tree-shaken per colormap in a later step)',
    path: [`${dist}/core/color/colormaps/data/listed.js`, `${dist}/core/color/colormaps/data/datad.js`],
    import: {
      [`${dist}/core/color/colormaps/data/listed.js`]: '{ LISTED }',
      [`${dist}/core/color/colormaps/data/datad.js`]: '{ DATAD }',
    },
    gzip: true,
    limit: '40 kB',
    modifyEsbuildConfig: esm,
  },
];
