// The consumer apps of `npm run test:consumers` (run.mjs): how each is installed, built, served and
// checked. Every app lives in the folder of its name here and keeps the page contract of support.mjs.
// Each `run(ctx)` gets a fresh copy of its folder at `ctx.app` and these steps from run.mjs:
//   ctx.install()              npm install of the app's dependencies and the packed tarball
//   ctx.step(label, fn)        runs and times one step
//   ctx.fail(label, error)     records a failed check and lets the consumer go on
//   ctx.exec(bin, args)        runs node_modules/.bin/<bin> in the app
//   ctx.serve(label, start)    starts a server (start(port) resolves with a stop function), checks
//                              the page in Chromium (and with `inspect(url)`, more problems), stops
//   ctx.versions(...names)     the installed versions, for the log
import { join } from 'node:path';
import { serveStatic, startServer } from './support.mjs';

const bin = (ctx, name) => join(ctx.app, 'node_modules/.bin', name);

/** A Vite server (preview or dev) of the app on `port`. */
const vite = (ctx, command) => (port) =>
  startServer(
    bin(ctx, 'vite'),
    [...command, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    ctx.app,
    `http://127.0.0.1:${port}/`,
  );

export const consumers = [
  {
    name: 'vite-app',
    title: 'Vite + React 19 (JavaScript): vite build + vite preview, and the vite dev server',
    async run(ctx) {
      await ctx.install();
      ctx.log(`installed ${ctx.versions('contour-heatmap', 'vite', 'react')}`);
      await ctx.step('vite build', () => ctx.exec('vite', ['build']));
      await ctx.serve('vite build, served by vite preview', vite(ctx, ['preview']));
      // The dev server pre-bundles the package with esbuild: the worker URL must survive that too.
      await ctx.serve('vite dev server', vite(ctx, []));
    },
  },
  {
    name: 'vite-react18',
    title: 'Vite + React 18 + strict TypeScript (the react-ts template): tsc -b && vite build, vite preview',
    async run(ctx) {
      await ctx.install();
      ctx.log(`installed ${ctx.versions('contour-heatmap', 'vite', 'react', '@types/react', 'typescript')}`);
      await ctx.step('tsc -b', () => ctx.exec('tsc', ['-b']));
      await ctx.step('vite build', () => ctx.exec('vite', ['build']));
      await ctx.serve('vite build, served by vite preview', vite(ctx, ['preview']));
    },
  },
  {
    name: 'next-app',
    title: "Next.js app router, a 'use client' component, no next.config: next build (Turbopack, then webpack) + next start",
    async run(ctx) {
      await ctx.install();
      ctx.log(`installed ${ctx.versions('contour-heatmap', 'next', 'react', 'typescript')}`);
      for (const [bundler, flags] of [
        ['Turbopack', []],
        ['webpack', ['--webpack']],
      ]) {
        // Prerendering the static page renders the client component on the server: the package is
        // imported and the component rendered in Node, where any window/document access fails the build.
        let output;
        try {
          output = await ctx.step(`next build (${bundler})`, () => ctx.exec('next', ['build', ...flags]));
          const problems = nextBuildProblems(output);
          if (problems.length) throw new Error(`${problems.join('\n  ')}\n${output}`);
        } catch (e) {
          ctx.fail(`next build (${bundler})`, e); // and go on with the other bundler
          continue;
        }
        const warnings = output.split('\n').filter((line) => /⚠|warn/i.test(line));
        ctx.log(
          `next build (${bundler}): / prerendered (○ static), no errors printed${warnings.length ? `; warnings:\n    ${warnings.join('\n    ')}` : ', no warnings'}`,
        );
        await ctx.serve(
          `next build (${bundler}), served by next start`,
          (port) => startServer(bin(ctx, 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], ctx.app, `http://127.0.0.1:${port}/`),
          serverRenderProblems,
        );
      }
    },
  },
  {
    name: 'plain-esm',
    title: 'a <script type="module"> page, no bundler: createContourHeatmap from the installed files, an import map for regl',
    async run(ctx) {
      await ctx.install();
      ctx.log(`installed ${ctx.versions('contour-heatmap', 'regl')}`);
      await ctx.serve('the files as installed, served as they are', (port) => serveStatic(ctx.app, port));
    },
  },
];

/** What is wrong with `next build`'s output (it exited 0): errors printed, or the page not prerendered. */
function nextBuildProblems(output) {
  const problems = output
    .split('\n')
    .filter((line) => /error|window is not defined|document is not defined/i.test(line))
    .map((line) => `printed: ${line.trim()}`);
  // The route table marks prerendered pages ○ (static): the page was rendered on the server at build time.
  if (!/^[┌├└]\s+○\s+\/\s/m.test(output)) problems.push('the page / was not prerendered as static content (no "○ /" in the route table)');
  return problems;
}

/** The server-rendered HTML: status 200, both charts' root elements in it. */
async function serverRenderProblems(url) {
  const response = await fetch(url);
  const html = await response.text();
  const problems = [];
  if (response.status !== 200) problems.push(`server render: status ${response.status}`);
  for (const id of ['small', 'large']) {
    if (
      !new RegExp(`<div[^>]*class="contour-heatmap"[^>]*data-testid="${id}"|<div[^>]*data-testid="${id}"[^>]*class="contour-heatmap"`).test(
        html,
      )
    )
      problems.push(`server render: no <div class="contour-heatmap" data-testid="${id}"> in the HTML`);
  }
  return problems;
}
