// ESLint rule: the library's layers import only downwards. The pure core knows nothing of the
// DOM, WebGL or React; the painters and renderers know nothing of the chart that wires them; only
// React knows React.
import path from 'node:path';

/** What each folder under src/ may import from other folders under src/ (its own is always allowed). */
export const ALLOWED = {
  core: [],
  canvas: ['core'],
  svg: ['core', 'canvas'],
  export: ['core', 'canvas', 'svg'],
  cpu: ['core'],
  gl: ['core'],
  // The resample workers draw the CPU renderer's bands.
  worker: ['core', 'cpu'],
  chart: ['core', 'canvas', 'svg', 'export', 'cpu', 'gl', 'worker'],
  react: ['core', 'chart', 'export'],
  // Node rendering (contour-heatmap/node): the browser's draw without a DOM, on @napi-rs/canvas.
  node: ['core', 'canvas', 'cpu', 'worker', 'chart'],
  '': ['core', 'chart', 'export', 'react'],
};

/** Packages a layer may import (the core imports none). */
const PACKAGES = {
  core: [],
  canvas: [],
  svg: [],
  export: [],
  cpu: [],
  gl: ['regl'],
  worker: [],
  chart: [],
  // react-dom for the readout: a portal, rendered synchronously so the box is placed with its content.
  react: ['react', 'react-dom'],
  node: ['@napi-rs/canvas', 'node:fs', 'node:url', 'node:worker_threads'],
  '': [],
};

function layerOf(file, srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : '';
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'keep src/ layered: core → painters/renderers → chart → react' },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, additionalProperties: false }],
    messages: {
      layer: "'{{from}}' may not import from '{{to}}' ({{spec}}): allowed are {{allowed}}",
      outside: "'{{from}}' may not import '{{spec}}' from outside src/",
      pkg: "'{{from}}' may not import the package '{{spec}}'",
    },
  },
  create(context) {
    const srcDir = context.options[0]?.srcDir ?? path.join(context.cwd, 'src');
    const file = context.filename;
    const from = layerOf(file, srcDir);
    if (from === null || !(from in ALLOWED)) return {};
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!PACKAGES[from].includes(pkg)) context.report({ node, messageId: 'pkg', data: { from, spec } });
        return;
      }
      const to = layerOf(path.resolve(path.dirname(file), spec), srcDir);
      if (to === null) return context.report({ node, messageId: 'outside', data: { from, spec } });
      if (to !== from && !ALLOWED[from].includes(to)) {
        context.report({ node, messageId: 'layer', data: { from, to, spec, allowed: ALLOWED[from].join(', ') || 'none' } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
