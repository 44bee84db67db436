// Renders share nothing: 24 different charts drawn at once — in one thread (Promise.all) and in
// four worker threads — each give the bytes that chart gives drawn alone.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peaksField, randomField, rippleField, seededRandom, seedField, wavesField } from '../../demo/fields';
import { renderToBuffer, type ChartOptions } from './index';

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** 24 charts as different as the props allow: data, colormap, kernel, origin, lines, bands, labels, axes, colorbar, size, ratio. */
function charts(count: number, seed: number): ChartOptions[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const rows = 6 + Math.floor(random() * 40);
    const cols = 6 + Math.floor(random() * 40);
    const field = pick(random, ['seed', 'waves', 'peaks', 'ripple', 'random'] as const);
    const z =
      field === 'seed'
        ? seedField().z
        : field === 'waves'
          ? wavesField(rows, cols)
          : field === 'peaks'
            ? peaksField(rows, cols, [[2, 3]])
            : field === 'ripple'
              ? rippleField(rows, cols)
              : randomField(rows, cols, Math.floor(random() * 1e9));
    const axes = random() < 0.7;
    const filled = random() < 0.3;
    return {
      z,
      cmap: pick(random, ['jet', 'viridis', 'RdBu_r', 'magma', 'coolwarm'] as const),
      interpolation: pick(random, ['nearest', 'bilinear', 'bicubic', 'spline36', 'lanczos', 'antialiased'] as const),
      origin: pick(random, ['upper', 'lower'] as const),
      contours: {
        levels: 2 + Math.floor(random() * 10),
        colors: pick(random, ['k', 'w', 'r']),
        ...(filled ? { filled: { cmap: pick(random, ['viridis', 'jet'] as const) }, extend: 'both' as const, lines: random() < 0.6 } : {}),
        ...(axes && random() < 0.4 ? { labels: true } : {}),
      },
      heatmap: !filled,
      axes: axes ? { title: `chart ${i}`, xlabel: 'x', fontSize: 8 + Math.floor(random() * 6) } : false,
      colorbar: axes && random() < 0.5,
      layout: random() < 0.3 ? 'constrained' : 'matplotlib',
      width: 160 + Math.floor(random() * 300),
      height: 120 + Math.floor(random() * 200),
      pixelRatio: pick(random, [1, 1, 1.5, 2]),
    } as ChartOptions;
  });
}

const CHARTS = charts(24, 20240611);

describe('concurrent renders', () => {
  let solo: Buffer[];
  beforeAll(async () => {
    solo = [];
    for (const props of CHARTS) solo.push(await renderToBuffer(props));
  }, 120_000);

  it('draws 24 different charts', () => {
    expect(new Set(solo.map((b) => b.toString('base64'))).size).toBe(24);
  });

  it('in one thread (Promise.all), each equal to its solo render', async () => {
    const together = await Promise.all(CHARTS.map((props) => renderToBuffer(props)));
    together.forEach((png, i) => expect(png.equals(solo[i]!), `chart ${i}`).toBe(true));
    // Again in another order, with the SVGs and JPEGs of the others in between.
    const mixed = await Promise.all(
      CHARTS.flatMap((props, i) => [renderToBuffer(CHARTS[23 - i]!, { type: 'image/jpeg' }), renderToBuffer(props)]),
    );
    mixed.filter((_, k) => k % 2 === 1).forEach((png, i) => expect(png.equals(solo[i]!), `chart ${i}`).toBe(true));
  }, 120_000);

  describe('in four worker threads', () => {
    // Workers run JavaScript: the library bundled (esbuild, which Vite brings) into a module next to
    // node_modules, so the worker resolves @napi-rs/canvas as an app would.
    const dir = fileURLToPath(new URL(`../../node_modules/.cache/contour-heatmap-node-test-${process.pid}/`, import.meta.url));
    const bundle = `${dir}worker.mjs`;
    beforeAll(async () => {
      const { build } = await import('esbuild');
      mkdirSync(dir, { recursive: true });
      const entry = `
        import { parentPort, workerData } from 'node:worker_threads';
        import { renderToBuffer } from './index.ts';
        // Every chart of this worker at once, as a server handling requests would.
        const pngs = await Promise.all(workerData.charts.map((props) => renderToBuffer(props)));
        parentPort.postMessage(pngs.map((png) => new Uint8Array(png)));
      `;
      const result = await build({
        stdin: { contents: entry, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts', sourcefile: 'worker.ts' },
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node18',
        external: ['@napi-rs/canvas'],
        write: false,
        logLevel: 'silent',
      });
      writeFileSync(bundle, result.outputFiles[0]!.contents);
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('each chart equal to its solo render', async () => {
      const run = (charts: ChartOptions[]) =>
        new Promise<Uint8Array[]>((resolve, reject) => {
          const worker = new Worker(bundle, { workerData: { charts } });
          worker.once('message', (pngs: Uint8Array[]) => {
            resolve(pngs);
            void worker.terminate();
          });
          worker.once('error', reject);
        });
      // Charts dealt round-robin, so each worker has a mix of sizes and kinds.
      const shares = [0, 1, 2, 3].map((w) => CHARTS.filter((_, i) => i % 4 === w));
      const results = await Promise.all(shares.map(run));
      results.forEach((pngs, w) =>
        pngs.forEach((png, k) => {
          const i = k * 4 + w;
          expect(Buffer.from(png).equals(solo[i]!), `chart ${i} (worker ${w})`).toBe(true);
        }),
      );
      expect(results.flat()).toHaveLength(24);
    }, 120_000);
  });
});
