// The benchmark's page, built for production as an app ships it (minified, workers bundled into a
// file each) into bench/tmp/dist and served by `vite preview` on port 5180 (bench/run.mjs does
// both). A dev server would load every source module of a chart's workers one by one while a
// measurement runs (a worker has its own module map): hundreds of milliseconds no app pays.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'bench/tmp/dist'),
    emptyOutDir: true,
    rollupOptions: { input: { bench: resolve(root, 'bench.html') } },
  },
  // Module workers, as the library starts them (`{ type: 'module' }`).
  worker: { format: 'es' },
  preview: { port: 5180, strictPort: true },
});
