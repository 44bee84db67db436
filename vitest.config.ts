import { defineConfig } from 'vitest/config';

// Unit tests cover the pure core in Node; everything that needs a browser lives in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
