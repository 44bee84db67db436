// Filled contours of big grids are traced and painted in the chart's worker: the same picture as the
// core's CPU functions give in Node, and only the latest props' picture after rapid updates.
import { expect, test, type Page } from '@playwright/test';
import { bandGeometry } from '../src/core/filled/bands';
import { colorBands, paintBands } from '../src/core/filled/filledLayer';
import { exactValues } from '../src/core/grid/grid';
import { resolvePicture, type PictureOptions } from '../src/core/options';
import { ALL_COLORMAPS } from '../test-support/colormaps';
import { compareImages } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness } from './support';

const SIZE = 400; // 160 000 cells: above the tracer's 200 × 200 inline limit, below a sliced grid build

/** A deterministic field with a few NaN cells (masked quads, corner triangles), made in Node. */
function field(n: number, phase: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      i % 97 === 40 && j % 89 === 30 ? NaN : Math.sin(i / 23 + phase) * Math.cos(j / 31) + 0.3 * Math.sin((i + 2 * j) / 17),
    ),
  );
}

function props(z: number[][], overrides: { levels?: number; cmap?: string; extend?: string; lines?: boolean } = {}) {
  const { levels = 9, cmap = 'viridis', extend = 'neither', lines = false } = overrides;
  return {
    z,
    heatmap: false,
    contours: { levels, cmap, extend, filled: true, lines, colors: lines ? 'k' : undefined },
    width: 300,
    height: 240,
    pixelRatio: 1,
  };
}

/** The picture the inline path paints: the core's band tracer and rasteriser, run here in Node. */
function reference(p: ReturnType<typeof props>) {
  const { colors: _lineColors, ...contours } = p.contours;
  const picture = resolvePicture({ ...p, contours: { ...contours, lines: false } } as PictureOptions, undefined, ALL_COLORMAPS);
  const { grid } = picture;
  const fill = picture.contours!;
  const geometry = bandGeometry(exactValues(grid), grid.rows, grid.cols, fill.levels, {
    extend: fill.fill!.extend,
    cornerMask: fill.cornerMask,
  });
  return {
    width: p.width,
    height: p.height,
    data: new Uint8Array(paintBands(picture, colorBands(picture, geometry), p.width, p.height).buffer),
  };
}

/**
 * Instruments the page's workers: counts them, records each job's kind, counts terminations, and
 * can hold their replies (delivering them later, to the handler installed when they arrived).
 */
async function instrumentWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Original = window.Worker;
    const log = { made: 0, terminated: 0, jobs: [] as string[], held: [] as (() => void)[], holding: false };
    window.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        log.made++;
        let handler: ((e: MessageEvent) => void) | null = null;
        Object.defineProperty(this, 'onmessage', { get: () => handler, set: (fn) => (handler = fn), configurable: true });
        this.addEventListener('message', (e) => {
          const fn = handler;
          if (!fn) return;
          if (log.holding) log.held.push(() => fn.call(this, e));
          else fn.call(this, e);
        });
      }
      override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
        log.jobs.push((message as { kind: string }).kind);
        super.postMessage(message, transfer as Transferable[]);
      }
      override terminate(): void {
        log.terminated++;
        super.terminate();
      }
    };
    Object.assign(window, {
      workerLog: () => ({ made: log.made, terminated: log.terminated, jobs: log.jobs, held: log.held.length }),
      holdReplies: () => (log.holding = true),
      releaseReplies: () => {
        log.holding = false;
        log.held.splice(0).forEach((deliver) => deliver());
      },
    });
  });
}

type WorkerLog = { made: number; terminated: number; jobs: string[]; held: number };
const workerLog = (page: Page) => page.evaluate(() => (window as unknown as { workerLog: () => WorkerLog }).workerLog());

test('a big grid’s filled contours are traced and painted in the worker, the same picture as the core gives in Node', async ({ page }) => {
  await instrumentWorkers(page);
  const problems = await openHarness(page);
  const big = props(field(SIZE, 0), { extend: 'both' });
  const ours = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), big));
  expect(await workerLog(page)).toMatchObject({ made: 1, jobs: ['trace', 'paint'] });
  const diff = compareImages(ours, reference(big));
  expect(diff.maxAbs).toBe(0);
  // With isolines as well: the worker traces the bands, the main thread the lines, which are those
  // an isoline-only chart draws (without any worker job).
  const paths = async (id: string, p: object) => {
    await page.evaluate(([id, p]) => window.harness.mount(id, p as never), [id, p] as const);
    await page.evaluate((id) => window.harness.ready(id), id);
    return page.evaluate((id) => [...document.querySelectorAll(`[data-harness="${id}"] path`)].map((e) => e.getAttribute('d')), id);
  };
  const withLines = props(big.z, { extend: 'both', lines: true });
  const both = await paths('both', withLines);
  const linesOnly = await paths('lines', { ...withLines, contours: { ...withLines.contours, filled: false } });
  expect(both.length).toBeGreaterThan(10);
  expect(both).toEqual(linesOnly);
  const withLinesPicture = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('lines')));
  expect(withLinesPicture.width).toBe(300);
  expect((await workerLog(page)).jobs).toEqual(['trace', 'paint', 'trace', 'paint']);
  expect(problems).toEqual([]);
});

test('a small grid’s filled contours stay on the main thread, the same picture as the core gives in Node', async ({ page }) => {
  await instrumentWorkers(page);
  const problems = await openHarness(page);
  const small = props(field(120, 0.5), { extend: 'min' });
  const ours = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), small));
  expect(compareImages(ours, reference(small)).maxAbs).toBe(0);
  expect(await workerLog(page)).toMatchObject({ made: 0, jobs: [] });
  expect(problems).toEqual([]);
});

test('rapid updates of a big filled chart end with the latest props’ picture; stale replies are dropped', async ({ page }) => {
  await instrumentWorkers(page);
  const problems = await openHarness(page);
  const first = props(field(SIZE, 0));
  // The bundled colormaps (a chart loads the others first, so those updates would not reach the worker).
  const second = props(field(SIZE, 1), { levels: 5, cmap: 'viridis_r' });
  const last = props(field(SIZE, 2), { levels: 12, cmap: 'viridis', extend: 'max' });
  await page.evaluate(() => (window as unknown as { holdReplies: () => void }).holdReplies());
  await page.evaluate((p) => window.harness.mount('chart', p as never), first);
  // The first trace has finished in its worker, but its reply waits undelivered: the chart still awaits it.
  await expect.poll(async () => (await workerLog(page)).held).toBe(1);
  await page.evaluate(
    ([b, c]) => {
      window.harness.update('chart', b as never); // supersedes the first trace
      window.harness.update('chart', c as never); // supersedes the second, at once
    },
    [second, last] as const,
  );
  // The first worker's reply arrives late: its job was superseded, so the chart ignores it.
  await page.evaluate(() => (window as unknown as { releaseReplies: () => void }).releaseReplies());
  const ours = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('chart')));
  expect(compareImages(ours, reference(last)).maxAbs).toBe(0);
  expect(compareImages(ours, reference(first)).maxAbs).toBeGreaterThan(0);
  // One trace per update, each superseded one cancelled by ending its worker; one paint, for the last props.
  expect(await workerLog(page)).toEqual({ made: 3, terminated: 2, jobs: ['trace', 'trace', 'trace', 'paint'], held: 0 });
  await expect(page.locator('[data-harness="chart"] .contour-heatmap')).toHaveAttribute('data-ready', 'true');
  expect(problems).toEqual([]);
});

test('recolouring and resizing a big filled chart re-use its traced bands: only paint jobs, the right pictures', async ({ page }) => {
  await instrumentWorkers(page);
  const problems = await openHarness(page);
  const base = props(field(SIZE, 3), { levels: 7 });
  const recoloured = { ...base, contours: { ...base.contours, cmap: 'magma' } };
  const resized = { ...recoloured, width: 180, height: 150 };
  // The chart without React, so every update keeps the same z array (the harness copies z per update).
  const [a, b, c] = await page.evaluate(
    async (steps) => {
      const url = '/src/chart/createContourHeatmap.ts';
      const { createContourHeatmap } = (await import(url)) as typeof import('../src/chart/createContourHeatmap');
      const host = document.createElement('div');
      document.body.append(host);
      const chart = createContourHeatmap(host);
      const z = steps[0]!.z;
      const pictures: string[] = [];
      for (const step of steps) {
        chart.update({ ...step, z, axes: false } as never);
        pictures.push(await chart.toBase64());
      }
      chart.destroy();
      return pictures;
    },
    [base, recoloured, resized] as const,
  );
  expect(compareImages(decodeBase64Png(a!), reference(base)).maxAbs).toBe(0);
  expect(compareImages(decodeBase64Png(b!), reference(recoloured)).maxAbs).toBe(0);
  expect(compareImages(decodeBase64Png(c!), reference(resized)).maxAbs).toBe(0);
  expect(await workerLog(page)).toMatchObject({ made: 1, terminated: 1, jobs: ['trace', 'paint', 'paint', 'paint'] });
  expect(problems).toEqual([]);
});
