import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The demo (index.html), the browser-test harness (harness.html) and the benchmark page (bench.html)
// are three pages of one Vite app.
export default defineConfig({
  // The browser tests' server runs without hot reload, so an edited file never reloads a page mid-test.
  server: { port: 5173, hmr: process.env.CONTOUR_HEATMAP_NO_HMR ? false : undefined },
  build: {
    rollupOptions: {
      input: {
        demo: resolve(import.meta.dirname, 'index.html'),
        harness: resolve(import.meta.dirname, 'harness.html'),
        stress: resolve(import.meta.dirname, 'stress.html'),
        playground: resolve(import.meta.dirname, 'playground.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
      },
    },
  },
});
