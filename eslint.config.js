// Lint: typescript-eslint's recommended rules plus the library's own architecture rules
// (lint/*.js): layers import only downwards, no module-level state, no array spreads into calls.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layering from './lint/layering.js';
import noModuleState from './lint/noModuleState.js';

const local = { rules: { layering, 'no-module-state': noModuleState } };

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'test-results/',
      'playwright-report/',
      'bench/tmp/',
      '.vite/',
      'src/core/color/colormaps/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    plugins: { local },
    rules: {
      'local/layering': 'error',
      'local/no-module-state': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message: 'Spreading an array into call arguments overflows the stack on large arrays: loop instead.',
        },
      ],
    },
  },
);
