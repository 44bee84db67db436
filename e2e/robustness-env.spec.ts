// Robustness in hostile environments: a page whose CSP allows neither eval nor workers, a browser
// without WebGL, and 200 mount cycles of a big chart (no heap growth, no live contexts or workers).
import { expect, test, type BrowserType, type Page } from '@playwright/test';
import config from '../playwright.config';
import { compareImages } from '../test-support/matplotlibFixtures';
import { expectFailure, expectPicture, openRobust, pngStats, type Observed } from './robustnessSupport';
import { countContexts, decodeBase64Png, liveContexts, watchConsole } from './support';

const run = (page: Page, props: object, options: object = {}) =>
  page.evaluate(([p, o]) => window.robust.run(p, o), [props, options] as const);
const png = (o: Observed) => decodeBase64Png((o.exported as { base64: string }).base64);

/**
 * Big enough that renderer 'auto' takes WebGL where it can (≥ 4M tap reads) and its filled
 * contours a worker (> 40 000 cells; the bands half transparent, so the heatmap shows through).
 */
const BIG = {
  z: { $: 'wave', rows: 300, cols: 300 },
  interpolation: 'lanczos',
  cmap: 'jet',
  contours: { levels: 8, colors: 'k', filled: { cmap: 'viridis', alpha: 0.5 }, lines: true },
  axes: true,
  colorbar: true,
  width: 1200,
  height: 900,
  pixelRatio: 1,
};

const WEBGL_UNAVAILABLE = /^contour-heatmap: WebGL is unavailable \([\s\S]+\); use renderer: 'cpu' or 'auto'$/;
/** What regl itself logs (console.error) before it throws, when the browser has no WebGL. */
const REGL_NO_WEBGL = /\(regl\) webgl not supported/;

test.describe('a page whose CSP allows no eval and no workers', () => {
  // e2e/csp/index.html: <meta http-equiv="Content-Security-Policy" content="script-src 'self'; worker-src 'none'">.
  // Vite's dev server adds only an external /@vite/client script (no inline script), so nothing
  // more had to be allowed: no 'unsafe-inline', no 'unsafe-eval'.
  async function openCsp(page: Page): Promise<{ problems: string[]; warnings: string[] }> {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && /contour-heatmap/.test(m.text())) warnings.push(m.text());
    });
    const problems = watchConsole(page);
    await page.goto('/e2e/csp/index.html');
    await expect(page.locator('body[data-csp="ready"]')).toBeAttached();
    return { problems, warnings };
  }

  test('renderer auto draws on the CPU (the same picture as WebGL draws elsewhere); renderer gpu shows the WebGL-unavailable error', async ({
    page,
    browser,
  }) => {
    const { problems, warnings } = await openCsp(page);
    // The policy is in force: eval and workers are refused.
    const probe = await page.evaluate(() => (window as unknown as { cspProbe: { eval: string; worker: string } }).cspProbe);
    expect(probe.eval).toMatch(/^refused: EvalError/);
    expect(probe.worker).toMatch(/^refused/);

    const auto = await run(page, BIG);
    const picture = expectPicture(auto, { width: 1200, height: 900, pixelRatio: 1 });
    expect(auto.dataRenderer).toBe('cpu');
    expect(auto.paths).toBeGreaterThan(0);
    expect(pngStats(picture).nonWhite).toBeGreaterThan(0.3);
    // Its filled contours were traced on the main thread, with one warning.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^contour-heatmap: no Web Worker could be started/);

    const gpu = await run(page, { ...BIG, renderer: 'gpu' });
    expectFailure(gpu, {
      prefix: 'contour-heatmap: WebGL is unavailable (',
      size: { width: 1200, height: 900 },
      message: WEBGL_UNAVAILABLE,
    });
    expect(gpu.dataError).toMatch(/unsafe-eval/);

    // The same props on a page without the policy, drawn with WebGL ('auto' would take the CPU
    // there too, over this machine's software rasteriser): the same picture.
    const other = await browser.newPage();
    await openRobust(other);
    const elsewhere = await run(other, { ...BIG, renderer: 'gpu' });
    expect(elsewhere.dataRenderer).toBe('gpu');
    const diff = compareImages(picture, png(elsewhere));
    expect(diff.meanAbs).toBeLessThan(0.1);
    expect(elsewhere.paths).toBe(auto.paths);

    // Only the policy's own reports reach the console.
    expect(problems.filter((p) => !/Content Security Policy|unsafe-eval/.test(p))).toEqual([]);
  });
});

test.describe('a browser without WebGL (--disable-webgl)', () => {
  /** A browser of its own (test.use({ launchOptions }) would need a file of its own): the config's flags plus --disable-webgl. */
  async function withoutWebgl(playwright: { chromium: BrowserType }, baseURL: string | undefined) {
    const launchOptions = config.use?.launchOptions ?? {};
    const browser = await playwright.chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), '--disable-webgl'] });
    const page = await browser.newPage({ baseURL });
    const problems = await openRobust(page);
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
    return { browser, page, problems };
  }

  test('renderer auto draws on the CPU; renderer gpu fails clearly', async ({ playwright, baseURL }) => {
    const { browser, page, problems } = await withoutWebgl(playwright, baseURL);
    const auto = await run(page, BIG);
    const picture = expectPicture(auto, { width: 1200, height: 900, pixelRatio: 1 });
    expect(auto.dataRenderer).toBe('cpu');
    expect(auto.paths).toBeGreaterThan(0);
    const cpu = await run(page, { ...BIG, renderer: 'cpu' });
    expect(compareImages(picture, png(cpu)).maxAbs).toBe(0);
    const gpu = await run(page, { ...BIG, renderer: 'gpu' });
    expectFailure(gpu, {
      prefix: 'contour-heatmap: WebGL is unavailable (',
      size: { width: 1200, height: 900 },
      message: WEBGL_UNAVAILABLE,
    });
    expect(gpu.dataError).toMatch(/webgl not supported/);
    // A chart switched from gpu to auto recovers and draws.
    await page.evaluate((p) => window.robust.mount('switch', p), { ...BIG, renderer: 'gpu' });
    expect((await page.evaluate(() => window.robust.observe('switch'))).outcome).toBe('error');
    await page.evaluate((p) => window.robust.update('switch', p), BIG);
    const switched = await page.evaluate(() => window.robust.observe('switch'));
    expect(switched.outcome).toBe('ready');
    expect(switched.alert).toBeNull();
    expect(switched.errors).toHaveLength(1);
    // regl's own console.error before it throws is the only console output (see the next test).
    expect(problems.filter((p) => !REGL_NO_WEBGL.test(p))).toEqual([]);
    await browser.close();
  });

  // Renderer auto asks what WebGL the page has (once, with a plain getContext) before it starts regl.
  test('the fallback to the CPU under renderer auto logs no console error', async ({ playwright, baseURL }) => {
    const { browser, page, problems } = await withoutWebgl(playwright, baseURL);
    const auto = await run(page, BIG);
    expect(auto.dataRenderer).toBe('cpu');
    expect(problems).toEqual([]);
    await browser.close();
  });
});

test.describe('memory', () => {
  test('200 mount cycles of a 1000² chart: heap back within 5 MB, no live WebGL context, no live worker', async ({ page }) => {
    test.setTimeout(600_000);
    await countContexts(page);
    await page.addInitScript(() => {
      const Original = window.Worker;
      const log = { made: 0, terminated: 0 };
      window.Worker = class extends Original {
        #ended = false;
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          log.made++;
        }
        override terminate(): void {
          if (!this.#ended) log.terminated++;
          this.#ended = true;
          super.terminate();
        }
      };
      Object.assign(window, { workerLog: () => ({ ...log }) });
    });
    const problems = await openRobust(page);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      // Both: the page's own gc() (--expose-gc) and the DevTools one, a few times, as collection is incremental.
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => (window as unknown as { gc: () => void }).gc());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    // The grid is made once (the token is cached in the page): the test measures the chart, not the data.
    const props = {
      z: { $: 'wave', rows: 1000, cols: 1000, flat: 'f32' },
      interpolation: 'nearest', // the GPU's part kept small: 200 cycles of SwiftShader add up
      contours: { levels: 5, colors: 'k' },
      axes: true,
      colorbar: true,
      width: 500,
      height: 400,
      pixelRatio: 1,
      renderer: 'gpu', // every cycle creates (and must free) a WebGL context
    };
    await page.evaluate((p) => window.robust.revive(p.z), props);
    const start = await heap();
    const cycles = 200;
    const t0 = Date.now();
    let afterFirst = 0;
    for (let i = 0; i < cycles; i++) {
      const renderer = await page.evaluate(async (p) => {
        window.robust.mount('m', p);
        await window.robust.ready('m');
        const r = window.robust.host('m')!.dataset.renderer;
        window.robust.unmount('m');
        return r;
      }, props);
      expect(renderer).toBe('gpu');
      if (i === 0) afterFirst = await heap();
    }
    const seconds = (Date.now() - t0) / 1000;
    await page.waitForTimeout(500); // let terminated workers and lost contexts settle
    const end = await heap();
    const workers = await page.evaluate(() => (window as unknown as { workerLog: () => { made: number; terminated: number } }).workerLog());
    const info = { startMB: start / 2 ** 20, afterFirstMB: afterFirst / 2 ** 20, endMB: end / 2 ** 20, seconds, workers };
    test.info().annotations.push({ type: 'memory', description: JSON.stringify(info) });
    console.log(`memory: ${JSON.stringify(info)}`);
    expect(workers.made - workers.terminated, 'live workers').toBe(0);
    expect(await liveContexts(page), 'live WebGL contexts').toBe(0);
    expect(await page.locator('canvas').count()).toBe(0);
    expect((end - start) / 2 ** 20, 'heap growth over 200 cycles, MB').toBeLessThan(5);
    expect(problems).toEqual([]);
  });
});
