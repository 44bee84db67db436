// The benchmark's Vite server: the project's config (vite.config.ts, which lists bench.html as a
// page) with the bench's own port and dependency cache, so a benchmark never re-optimises the
// dependencies under the demo's or the browser tests' dev servers running at the same time.
// bench/run.mjs starts it with NODE_ENV=production, so React runs its production build, as in an app.
import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config';

export default mergeConfig(
  base,
  defineConfig({
    cacheDir: 'node_modules/.vite-bench',
    // No HMR and no file watching: src/ may change while a benchmark runs (someone is working), and a
    // reload in the middle of a measurement would lose it. The page keeps the code it first loaded.
    server: { port: 5180, strictPort: true, hmr: false, watch: null },
  }),
);
