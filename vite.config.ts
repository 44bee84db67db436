import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The demo (index.html) and the browser-test harness (harness.html) are two pages of one Vite app.
export default defineConfig({
  server: { port: 5173 },
  build: {
    rollupOptions: {
      input: {
        demo: resolve(import.meta.dirname, 'index.html'),
        harness: resolve(import.meta.dirname, 'harness.html'),
      },
    },
  },
});
