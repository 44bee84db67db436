// The library build (`npm run build`): src/ → dist/ as ES modules, one file per source module
// (so bundlers tree-shake and the worker stays its own file), with source maps and a `.d.ts` beside
// every module. The demo pages are a separate build (vite.config.ts, `npm run build:demo`).
//
// Two things need more than Vite's library mode:
// - The contour worker. src/worker/contourTracer.ts starts it with the standard
//   `new Worker(new URL('./isolineWorker.ts', import.meta.url), { type: 'module' })`. Vite would
//   bundle the worker into an asset with an absolute URL; a library must instead keep the pattern
//   for the app's bundler (Vite and webpack 5 follow it; esbuild does not, and leaves the URL as it
//   is, pointing beside the app's bundle). So the worker is an entry of its
//   own (dist/worker/isolineWorker.js) and `keepWorkerUrls` hides the URL from Vite, then writes it
//   back as `new URL('./isolineWorker.js', import.meta.url)`.
// - Declarations. TypeScript writes them (`declarations`), with relative specifiers made explicit
//   (`./grid` → `./grid.js`, `./colormaps` → `./colormaps/index.js`), as Node's ESM resolution
//   (TypeScript's `node16`/`nodenext`) requires.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const src = resolve(root, 'src');
const outDir = resolve(root, 'dist');

/** Each module's entry: the public API, and the workers (started by URL, so never imported). */
const entries = {
  index: resolve(src, 'index.ts'),
  // contour-heatmap/vanilla: the same without React, for pages with no bundler.
  vanilla: resolve(src, 'vanilla.ts'),
  // contour-heatmap/colormaps: one constant per colormap, each its own module (tree-shaken by the app).
  colormaps: resolve(src, 'colormaps.ts'),
  'worker/isolineWorker': resolve(src, 'worker/isolineWorker.ts'),
  'worker/resampleWorker': resolve(src, 'worker/resampleWorker.ts'),
  // contour-heatmap/node: rendering without a browser, and its CLI (bin/contour-heatmap.mjs).
  'node/index': resolve(src, 'node/index.ts'),
  'node/cli': resolve(src, 'node/cli.ts'),
};

/** A module worker started from a source file: `new Worker(new URL('./name.ts', import.meta.url)`. */
const WORKER_URL = /new\s+Worker\(\s*new\s+URL\(\s*(['"])(\.\/[\w/-]+)\.ts\1\s*,\s*import\.meta\.url\s*\)/g;
const PLACEHOLDER = '__CONTOUR_HEATMAP_WORKER_URL__';
const PLACEHOLDER_CALL = new RegExp(`${PLACEHOLDER}\\(\\s*(["'])([^"']+)\\1\\s*\\)`, 'g');

function keepWorkerUrls(): Plugin {
  /** Output file (relative to dist) → the worker files it starts (relative to dist). */
  const starts = new Map<string, string[]>();
  return {
    name: 'contour-heatmap:keep-worker-urls',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(src) || !code.includes('import.meta.url')) return null;
      let found = false;
      const out = code.replace(WORKER_URL, (_m, _q, path: string) => {
        found = true;
        return `new Worker(new URL(${PLACEHOLDER}(${JSON.stringify(`${path}.js`)}))`;
      });
      if (!found)
        this.error(
          `${relative(root, id)} uses import.meta.url but not as new Worker(new URL('./x.ts', import.meta.url)): teach vite.lib.config.ts about it`,
        );
      return { code: out, map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      const workers: string[] = [];
      const out = code.replace(PLACEHOLDER_CALL, (_m, _q, path: string) => {
        workers.push(resolve('/', dirname(chunk.fileName), path).slice(1));
        return `${JSON.stringify(path)}, import.meta.url`;
      });
      starts.set(chunk.fileName, workers);
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const [file, workers] of starts) {
        for (const worker of workers) {
          if (!bundle[worker])
            this.error(`${file} starts the worker ${worker}, which the build did not emit: add it to the entries in vite.lib.config.ts`);
        }
      }
    },
  };
}

/** Explicit relative specifiers in a declaration file: './x' → './x.js' or './x/index.js'. */
function explicitSpecifiers(text: string, sourceFile: string): string {
  return text.replace(/(from\s+|import\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g, (match, lead: string, quote: string, spec: string) => {
    if (/\.js$/.test(spec)) return match;
    const base = resolve(dirname(sourceFile), spec);
    const file = ['.ts', '.tsx'].some((ext) => existsSync(base + ext))
      ? `${spec}.js`
      : ['index.ts', 'index.tsx'].some((f) => existsSync(resolve(base, f)))
        ? `${spec}/index.js`
        : null;
    if (!file) throw new Error(`declarations: cannot resolve ${spec} from ${relative(root, sourceFile)}`);
    return `${lead}${quote}${file}${quote}`;
  });
}

function declarations(): Plugin {
  return {
    name: 'contour-heatmap:declarations',
    apply: 'build',
    writeBundle() {
      const options: ts.CompilerOptions = {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        jsx: ts.JsxEmit.ReactJSX,
        strict: true,
        noUncheckedIndexedAccess: true,
        isolatedModules: true,
        skipLibCheck: true,
        // Node's types for contour-heatmap/node (Buffer, node:* modules).
        types: ['node'],
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: src,
        outDir,
      };
      const program = ts.createProgram(Object.values(entries), options);
      const written: string[] = [];
      const result = program.emit(undefined, (fileName, text, _bom, _onError, sources) => {
        const sourceFile = sources?.[0]?.fileName ?? resolve(src, relative(outDir, fileName).replace(/\.d\.ts$/, '.ts'));
        mkdirSync(dirname(fileName), { recursive: true });
        writeFileSync(fileName, explicitSpecifiers(text, sourceFile));
        written.push(fileName);
      });
      const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
      if (diagnostics.length > 0) {
        const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
        throw new Error(`declarations:\n${ts.formatDiagnostics(diagnostics, host)}`);
      }
      this.info(`declarations: ${written.length} .d.ts files`);
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [keepWorkerUrls(), declarations()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // Readable output: the app's bundler minifies.
    minify: false,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      // Peer dependencies and dependencies stay imports, resolved by the app.
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^regl($|\/)/, /^@napi-rs\/canvas($|\/)/, /^node:/],
      // One file per module: constants stay imports (inlined, they would leave bare imports behind).
      optimization: { inlineConst: false },
      output: { preserveModules: true, preserveModulesRoot: src, entryFileNames: '[name].js' },
    },
  },
});
