import { defineConfig } from 'vitest/config';

// Unit tests cover the pure core (and the lint rules, and that docs/PROPS.md is current) in Node;
// everything that needs a browser lives in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'lint/**/*.test.js', 'scripts/**/*.test.mjs'],
    environment: 'node',
  },
});
