import { defineConfig } from 'vitest/config';

// Unit tests cover the pure core (and the lint rules) in Node; everything that needs a browser lives
// in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'lint/**/*.test.js'],
    environment: 'node',
  },
});
