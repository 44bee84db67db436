// The architecture rules catch what they forbid and pass what they allow.
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import layering from './layering.js';
import noModuleState from './noModuleState.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' } });
const srcDir = path.resolve('/project/src');
const at = (file) => ({ filename: path.join(srcDir, file), options: [{ srcDir }] });

tester.run('layering', layering, {
  valid: [
    { code: "import { toGrid } from '../grid/grid';", ...at('core/color/norms.ts') },
    { code: "import { paintScene } from '../canvas/paintScene';", ...at('export/exportScene.ts') },
    { code: "import createREGL from 'regl';", ...at('gl/heatmapRenderer.ts') },
    { code: "import { createDrawLoop } from './drawLoop';", ...at('chart/createContourHeatmap.ts') },
    { code: "import { forwardRef } from 'react';", ...at('react/ContourHeatmap.tsx') },
  ],
  invalid: [
    { code: "import { createScreen } from '../../chart/screen';", ...at('core/scene/buildScene.ts'), errors: [{ messageId: 'layer' }] },
    {
      code: "import { x } from '../../../test-support/matplotlibFixtures';",
      ...at('core/color/norms.ts'),
      errors: [{ messageId: 'outside' }],
    },
    { code: "import { useState } from 'react';", ...at('core/options.ts'), errors: [{ messageId: 'pkg' }] },
    {
      code: "import { createContourHeatmap } from '../chart/createContourHeatmap';",
      ...at('gl/heatmapRenderer.ts'),
      errors: [{ messageId: 'layer' }],
    },
    { code: "export { ContourHeatmap } from '../react/ContourHeatmap';", ...at('svg/svgPainter.ts'), errors: [{ messageId: 'layer' }] },
    { code: "import { ContourHeatmap } from '../react/ContourHeatmap';", ...at('chart/screen.ts'), errors: [{ messageId: 'layer' }] },
  ],
});

tester.run('no-module-state', noModuleState, {
  valid: [
    'const LIMIT = 4;',
    'const SCALE = 1 << SHIFT;',
    'const NAMES = Object.freeze(["a", "b"]);',
    'export const f = (x: number) => x * 2;',
    'function g() { let count = 0; return () => ++count; }',
    'const Chart = forwardRef(function Chart() { return null; });',
  ],
  invalid: [
    { code: 'let current = null;', errors: [{ messageId: 'letVar' }] },
    { code: 'const cache = new Map();', errors: [{ messageId: 'mutable' }] },
    { code: 'export const charts = [];', errors: [{ messageId: 'mutable' }] },
    { code: 'const state = { current: null };', errors: [{ messageId: 'mutable' }] },
    { code: 'window.charts = [];', errors: [{ messageId: 'statement' }] },
    { code: 'class Registry { static all = []; }', errors: [{ messageId: 'staticMember' }] },
  ],
});
