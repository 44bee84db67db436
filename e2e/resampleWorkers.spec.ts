// The CPU renderer in the chart's workers (src/worker/resampleWorkers.ts), renderer 'auto' choosing
// by machine (src/gl/webglKind.ts), and the fallbacks: workers blocked, GPU limits, filterrad.
import { expect, test, type Page } from '@playwright/test';
import type { BandsResult } from './harness/resampleWorkers';
import { openHarness, pretendCores } from './support';

type Helpers = typeof import('./harness/resampleWorkers');

/** UNMASKED_RENDERER_WEBGL and MAX_TEXTURE_SIZE, as WebGL numbers them. */
const UNMASKED_RENDERER = 0x9246;
const MAX_TEXTURE_SIZE = 0x0d33;
const A_GPU = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

/** A 1000 × 1000 grid drawn at 1000 × 500 with spline36: 12M tap reads, a picture for the workers. */
const BIG = { rows: 1000, cols: 1000 };
const bigOptions = (more: Record<string, unknown> = {}) => ({
  interpolation: 'spline36',
  cmap: 'jet',
  contours: false,
  axes: false,
  width: 1000,
  height: 500,
  pixelRatio: 1,
  ...more,
});

/** Calls one of e2e/harness/resampleWorkers.ts's helpers in the page. */
function helper<K extends keyof Helpers>(page: Page, name: K, ...args: Parameters<Helpers[K]>): Promise<Awaited<ReturnType<Helpers[K]>>> {
  return page.evaluate(
    async ([n, a]) => {
      const url = '/e2e/harness/resampleWorkers.ts';
      const helpers = (await import(/* @vite-ignore */ url)) as Record<string, (...x: unknown[]) => unknown>;
      return helpers[n]!(...a);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Helpers[K]>>>;
}

const mountBig = (page: Page, id: string, more: Record<string, unknown> = {}) =>
  helper(page, 'mountPlain', id, BIG, bigOptions(more) as never);
const host = (page: Page, id: string) => page.locator(`[data-harness="${id}"]`);

/** Records every Worker the page starts and terminates (window.workerLog). */
async function logWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = { started: [] as string[], terminated: [] as string[] };
    const Original = window.Worker;
    window.Worker = class extends Original {
      readonly #url: string;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.#url = String(url);
        log.started.push(this.#url);
      }
      override terminate(): void {
        log.terminated.push(this.#url);
        super.terminate();
      }
    };
    Object.assign(window, { workerLog: log });
  });
}

function resampleWorkers(page: Page): Promise<{ started: number; terminated: number }> {
  return page.evaluate(() => {
    const { started, terminated } = (window as unknown as { workerLog: { started: string[]; terminated: string[] } }).workerLog;
    const count = (urls: string[]) => urls.filter((u) => /resampleWorker/.test(u)).length;
    return { started: count(started), terminated: count(terminated) };
  });
}

/** Counts renderer-string reads (window.rendererProbes); with `renderer`, WebGL reports that one, as another machine's would. */
async function spoofGpu(page: Page, renderer: string | null, maxTextureSize?: number): Promise<void> {
  await page.addInitScript(
    ([name, size, rendererParam, sizeParam]) => {
      const original = WebGLRenderingContext.prototype.getParameter;
      const probes = { count: 0 };
      WebGLRenderingContext.prototype.getParameter = function (this: WebGLRenderingContext, p: number) {
        if (p === rendererParam) probes.count++;
        if (p === rendererParam && name) return name;
        if (p === sizeParam && size) return size;
        return original.call(this, p);
      };
      Object.assign(window, { rendererProbes: probes });
    },
    [renderer, maxTextureSize ?? 0, UNMASKED_RENDERER, MAX_TEXTURE_SIZE] as const,
  );
}

const probes = (page: Page) => page.evaluate(() => (window as unknown as { rendererProbes: { count: number } }).rendererProbes.count);

test('the resample workers draw the CPU renderer’s pixels, byte for byte', async ({ page }) => {
  const problems = await openHarness(page);
  const cases = [
    [{ interpolation: 'spline36', origin: 'lower' }, { rows: 15, cols: 15 }, 300, 150],
    [{ interpolation: 'nearest', origin: 'upper', norm: { type: 'log' } }, { rows: 40, cols: 30 }, 200, 120],
    [{ interpolation: 'bicubic', origin: 'upper', vmin: 1.5, vmax: 2.5, overColor: 'magenta' }, { rows: 300, cols: 200 }, 130, 90],
    [
      { interpolation: 'lanczos', filterrad: 6, norm: { type: 'boundary', boundaries: [1, 1.5, 2, 2.5, 3], ncolors: 256 } },
      { rows: 50, cols: 70 },
      260,
      170,
    ],
    [{ interpolation: 'antialiased', origin: 'lower', cmap: 'twilight' }, { rows: 500, cols: 400 }, 150, 111],
    [{ interpolation: 'hanning', origin: 'lower', interpolationStage: 'rgba' }, { rows: 25, cols: 25 }, 170, 90],
  ] as const;
  for (const [options, grid, width, height] of cases) {
    for (const count of [2, 3]) {
      const result: BandsResult = await helper(page, 'workersVsMainThread', options as never, grid, width, height, count);
      expect(result, `${JSON.stringify(options)} ${grid.rows}×${grid.cols} → ${width}×${height} in ${count} workers`).toEqual({
        same: true,
        differingBytes: 0,
        bands: count,
      });
    }
  }
  expect(problems).toEqual([]);
});

test('a big CPU picture is drawn by the chart’s own workers (one per core but the main thread’s), which its destroy terminates (twice is safe)', async ({
  page,
}) => {
  await pretendCores(page, 4);
  await logWorkers(page);
  const problems = await openHarness(page);
  expect(await mountBig(page, 'a', { renderer: 'cpu' })).toBeNull();
  expect(await resampleWorkers(page)).toEqual({ started: 3, terminated: 0 });
  // Drawn again at another size: by the same workers.
  expect(await helper(page, 'updatePlain', 'a', { width: 900 })).toBeNull();
  expect(await resampleWorkers(page)).toEqual({ started: 3, terminated: 0 });
  await helper(page, 'destroyPlain', 'a', 2);
  expect(await resampleWorkers(page)).toEqual({ started: 3, terminated: 3 });
  expect(problems).toEqual([]);
});

test('with fewer than 4 cores a big CPU picture is drawn on the main thread: no worker, the same picture', async ({ page, browser }) => {
  await pretendCores(page, 4);
  await openHarness(page);
  expect(await mountBig(page, 'a', { renderer: 'cpu' })).toBeNull();
  const inWorkers = await helper(page, 'exportPlain', 'a');
  for (const cores of [1, 2, 3]) {
    const few = await browser.newPage();
    await pretendCores(few, cores);
    await logWorkers(few);
    const problems = await openHarness(few);
    expect(await mountBig(few, 'a', { renderer: 'cpu' })).toBeNull();
    expect(await helper(few, 'exportPlain', 'a'), `${cores} cores`).toBe(inWorkers);
    expect(await resampleWorkers(few)).toEqual({ started: 0, terminated: 0 });
    expect(problems).toEqual([]);
    await few.close();
  }
});

test('where workers cannot start, the chart draws the same picture on the main thread, with one warning', async ({ page, browser }) => {
  await pretendCores(page, 4);
  await openHarness(page);
  expect(await mountBig(page, 'a', { renderer: 'cpu' })).toBeNull();
  const expected = await helper(page, 'exportPlain', 'a');
  // A constructor that throws (as a CSP may make it), and a worker script that never loads.
  for (const block of ['throw', 'missing script'] as const) {
    const blocked = await browser.newPage();
    await pretendCores(blocked, 4);
    await blocked.addInitScript((how) => {
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (how === 'throw') throw new DOMException('refused by the test', 'SecurityError');
          super(/resampleWorker/.test(String(url)) ? '/no-such-worker.js' : url, options);
        }
      };
    }, block);
    const warnings: string[] = [];
    blocked.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    const problems = await openHarness(blocked);
    expect(await mountBig(blocked, 'a', { renderer: 'cpu' })).toBeNull();
    expect(await helper(blocked, 'exportPlain', 'a'), block).toBe(expected);
    expect(warnings, block).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^contour-heatmap: no Web Worker could be started \(.+\); big heatmaps are resampled on the main thread instead$/,
    );
    // Its next pictures go straight to the main thread: no second warning.
    expect(await helper(blocked, 'updatePlain', 'a', { width: 900 })).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(problems.filter((p) => !/no-such-worker|Failed to load|MIME type/.test(p))).toEqual([]);
    await blocked.close();
  }
});

test('renderer auto draws big pictures on the CPU over a software rasteriser, with WebGL on a GPU, probing once per page', async ({
  page,
  browser,
}) => {
  await spoofGpu(page, null); // the real renderer string: SwiftShader here
  const problems = await openHarness(page);
  const real = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl')!;
    return String(gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info')!.UNMASKED_RENDERER_WEBGL));
  });
  expect(real).toMatch(/SwiftShader/);
  const before = await probes(page);
  for (const id of ['a', 'b', 'c']) {
    expect(await mountBig(page, id)).toBeNull();
    await expect(host(page, id)).toHaveAttribute('data-renderer', 'cpu');
  }
  expect(await probes(page)).toBe(before + 1);
  // Overridable: renderer 'gpu' draws with WebGL all the same.
  expect(await mountBig(page, 'gpu', { renderer: 'gpu' })).toBeNull();
  await expect(host(page, 'gpu')).toHaveAttribute('data-renderer', 'gpu');
  expect(problems).toEqual([]);

  const gpuPage = await browser.newPage();
  await spoofGpu(gpuPage, A_GPU);
  const gpuProblems = await openHarness(gpuPage);
  expect(await mountBig(gpuPage, 'a')).toBeNull();
  await expect(host(gpuPage, 'a')).toHaveAttribute('data-renderer', 'gpu');
  expect(await mountBig(gpuPage, 'cpu', { renderer: 'cpu' })).toBeNull();
  await expect(host(gpuPage, 'cpu')).toHaveAttribute('data-renderer', 'cpu');
  // Small pictures stay on the CPU, where a context would cost more than the drawing.
  expect(await helper(gpuPage, 'mountPlain', 'small', { rows: 15, cols: 15 }, bigOptions({ width: 300, height: 150 }) as never)).toBeNull();
  await expect(host(gpuPage, 'small')).toHaveAttribute('data-renderer', 'cpu');
  expect(gpuProblems).toEqual([]);
});

test('a kernel wider than the GPU’s weight table: auto draws it on the CPU, gpu names filterrad; a huge filterrad is refused', async ({
  page,
}) => {
  // A GPU whose textures hold 2048 texels: weight tables of kernels up to 8 cells wide.
  await spoofGpu(page, A_GPU, 2048);
  const problems = await openHarness(page);
  const wide = { interpolation: 'lanczos', filterrad: 6 }; // 12 cells per axis
  expect(await mountBig(page, 'auto', wide)).toBeNull();
  await expect(host(page, 'auto')).toHaveAttribute('data-renderer', 'cpu');
  expect(await mountBig(page, 'gpu', { ...wide, renderer: 'gpu' })).toMatch(
    /invalid prop "filterrad": the lanczos kernel reads 12 cells per axis, beyond this GPU's 8; use a smaller filterrad, or renderer 'auto' or 'cpu'/,
  );
  expect(await mountBig(page, 'huge', { interpolation: 'lanczos', filterrad: 1000 })).toMatch(
    /invalid prop "filterrad": must be at most 8, got 1000/,
  );
  expect(problems).toEqual([]);
});
