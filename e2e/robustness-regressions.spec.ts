// Robustness regressions: one test (or a few) per failure the robustness issue listed — device
// sizes past the GPU's and the browser's limits, ±1e308 data, level-count bombs, errors found
// after the update (sliced grids), the error box's size and the host's own CSS size, blocked
// workers, exports right after a resize, string norms.
import { expect, test, type Page } from '@playwright/test';
import { compareImages } from '../test-support/matplotlibFixtures';
import { expectFailure, expectPicture, openRobust, pngStats, rightColumnsOpaque, type Observed } from './robustnessSupport';
import { decodeBase64Png, watchConsole } from './support';

const wave = (rows: number, cols: number, more: Record<string, unknown> = {}) => ({ $: 'wave', rows, cols, ...more });
const run = (page: Page, props: object, options: object = {}) =>
  page.evaluate(([p, o]) => window.robust.run(p, o), [props, options] as const);

/** The GPU's limits as the page's WebGL reports them. */
async function gpuLimits(page: Page): Promise<{ texture: number; viewport: [number, number] }> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl')!;
    const limits = {
      texture: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
      viewport: [...(gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array)] as [number, number],
    };
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return limits;
  });
}

test.describe('(a) device sizes and extreme data', () => {
  test('a 300×300 grid at width 2100, pixelRatio 4 (past the GPU limit) draws completely under renderer auto', async ({ page }) => {
    const problems = await openRobust(page);
    const limits = await gpuLimits(page);
    const props = {
      z: wave(300, 300),
      interpolation: 'bicubic',
      cmap: 'viridis',
      contours: { levels: 6, colors: 'k' },
      axes: false,
      width: 2100,
      height: 300,
      pixelRatio: 4,
    };
    // The point of the case: 8400 device px is wider than this GPU draws.
    expect(Math.min(limits.texture, limits.viewport[0])).toBeLessThan(8400);
    const o = await run(page, props, { waitMs: 60_000 });
    const png = expectPicture(o, { width: 2100, height: 300, pixelRatio: 4 });
    expect(o.dataRenderer).toBe('cpu');
    // No transparent right part: the last columns are as opaque as the rest, and not one flat colour.
    expect(rightColumnsOpaque(png, 16)).toBe(1);
    const stats = pngStats(png);
    expect(stats.opaque).toBe(1);
    expect(stats.colors).toBeGreaterThan(50);
    // The same picture as drawn on the CPU from the start.
    const cpu = decodeBase64Png(
      await run(page, { ...props, renderer: 'cpu' }, { waitMs: 60_000 }).then((r) => (r.exported as { base64: string }).base64),
    );
    expect(compareImages(png, cpu).maxAbs).toBe(0);
    expect(problems).toEqual([]);
  });

  test('the same picture under renderer gpu fails clearly, naming renderer', async ({ page }) => {
    const problems = await openRobust(page);
    const props = {
      z: wave(300, 300),
      interpolation: 'bicubic',
      contours: { levels: 6, colors: 'k' },
      axes: false,
      width: 2100,
      height: 300,
      pixelRatio: 4,
      renderer: 'gpu',
    };
    const o = await run(page, props, { waitMs: 60_000 });
    expectFailure(o, {
      prop: 'renderer',
      size: { width: 2100, height: 300 },
      message: /8400 × 1200 device px.*use renderer 'auto' or 'cpu'/,
    });
    expect(problems).toEqual([]);
  });

  test('height 40000 fails clearly, naming width, height and pixelRatio', async ({ page }) => {
    const problems = await openRobust(page);
    const o = await run(page, { z: wave(30, 40), axes: false, width: 300, height: 40000, pixelRatio: 1 });
    expectFailure(o, { prop: 'width', size: { width: 300, height: 40000 }, message: /width.*height.*pixelRatio/ });
    expect(problems).toEqual([]);
  });

  test('pixelRatio 100 at 20000 px fails clearly and never exports an empty picture', async ({ page }) => {
    const problems = await openRobust(page);
    const o = await run(page, { z: wave(30, 40), axes: false, width: 20000, height: 200, pixelRatio: 100 });
    expectFailure(o, {
      prop: 'width',
      size: { width: 20000, height: 200 },
      message: /2000000 × 20000 device px.*width, height or pixelRatio/,
    });
    expect(o.ms).toBeLessThan(2000);
    expect(problems).toEqual([]);
  });

  test('data near ±1e308 draws a correct picture with lines', async ({ page }) => {
    const problems = await openRobust(page);
    const props = (scale: number, contours: object | false) => ({
      z: wave(60, 80, { scale }),
      interpolation: 'bilinear',
      axes: false,
      contours,
      width: 320,
      height: 240,
      pixelRatio: 1,
    });
    const huge = await run(page, props(1.45e308, { levels: 7, colors: 'k' }));
    const png = expectPicture(huge, { width: 320, height: 240, pixelRatio: 1 });
    expect(pngStats(png).opaque).toBe(1);
    expect(huge.paths).toBeGreaterThan(0);
    // A linear norm is scale-free: the heatmap of the field × 1.45e308 is the field's heatmap.
    const a = decodeBase64Png(((await run(page, props(1.45e308, false))).exported as { base64: string }).base64);
    const b = decodeBase64Png(((await run(page, props(1, false))).exported as { base64: string }).base64);
    expect(compareImages(a, b).maxAbs).toBeLessThanOrEqual(1);
    // With axes too: tick labels, no NaN in any drawn path.
    const withAxes = await run(page, { ...props(1.45e308, { levels: 7, colors: 'k' }), axes: true, colorbar: true });
    expectPicture(withAxes, { width: 320, height: 240, pixelRatio: 1 });
    expect(withAxes.paths).toBeGreaterThan(0);
    const nanPaths = await page.evaluate(
      () => [...document.querySelectorAll('path')].filter((p) => /NaN/.test(p.getAttribute('d') ?? '')).length,
    );
    expect(nanPaths).toBe(0);
    expect(problems).toEqual([]);
  });
});

test.describe('(b) level-count bombs', () => {
  test('contours.levels 1e6 fails immediately, and another chart on the page still draws', async ({ page }) => {
    const problems = await openRobust(page);
    const sync = await page.evaluate(() => {
      const t0 = performance.now();
      window.robust.mount('bomb', {
        z: { $: 'wave', rows: 200, cols: 200 },
        axes: false,
        width: 300,
        height: 200,
        pixelRatio: 1,
        contours: { levels: 1e6 },
      });
      // In the same task as the mount: the error is already there.
      return {
        ms: performance.now() - t0,
        error: window.robust.host('bomb')!.getAttribute('data-error'),
        errors: window.robust.errors('bomb'),
      };
    });
    expect(sync.error).toMatch(/^contour-heatmap: invalid prop "contours.levels": a level count of 1000000 is more than the 1000/);
    expect(sync.errors).toEqual([sync.error]);
    expect(sync.ms).toBeLessThan(500);
    // The page stays responsive: a timer fires promptly and another chart draws.
    const lag = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          setTimeout(() => resolve(performance.now() - t), 0);
        }),
    );
    expect(lag).toBeLessThan(100);
    const other = await run(page, { z: wave(40, 40), axes: false, width: 200, height: 150, pixelRatio: 1 });
    expectPicture(other, { width: 200, height: 150, pixelRatio: 1 });
    const bomb = await page.evaluate(() => window.robust.observe('bomb'));
    expectFailure(bomb, { prop: 'contours.levels', size: { width: 300, height: 200 } });
    expect(problems).toEqual([]);
  });

  for (const n of [40_000, 1_000_000]) {
    test(`${n} explicit levels fail with a clear error, not a stack overflow`, async ({ page }) => {
      const problems = await openRobust(page);
      const o = await run(page, {
        z: wave(100, 100),
        axes: false,
        width: 300,
        height: 200,
        pixelRatio: 1,
        contours: { levels: { $: 'range', n, start: -2, step: 4 / n } },
      });
      expectFailure(o, {
        prop: 'contours.levels',
        size: { width: 300, height: 200 },
        message: new RegExp(`${n} levels is more than the 1000 supported`),
      });
      expect(o.ms).toBeLessThan(1000);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('(c) errors found later reach onError', () => {
  // 600 × 600 = 360 000 cells: over the 250 000 a grid is validated in one go, so it is built in
  // slices by the draw loop and its errors are found after update() returned.
  const big = (more: Record<string, unknown>) => ({
    z: wave(600, 600, { flat: 'f32' }),
    axes: false,
    width: 300,
    height: 200,
    pixelRatio: 1,
    ...more,
  });

  test('a big grid with a wrong typed-array length: onError once, data-error names z, export rejected', async ({ page }) => {
    const problems = await openRobust(page);
    const o = await run(page, big({ z: wave(600, 600, { flat: 'f32', length: 600 * 600 - 1 }) }));
    expectFailure(o, {
      prop: 'z',
      size: { width: 300, height: 200 },
      message: /values has 359999 entries but rows × cols = 600 × 600 = 360000/,
    });
    expect(problems).toEqual([]);
  });

  test('a big grid of rows with a string in row 500: onError once, naming z', async ({ page }) => {
    const problems = await openRobust(page);
    const o = await page.evaluate(async () => {
      const z = Array.from({ length: 600 }, (_, r) =>
        Array.from({ length: 600 }, (_, c) => (r === 500 && c === 7 ? ('x' as unknown as number) : Math.sin(r / 9) * Math.cos(c / 11))),
      );
      window.robust.mount('rows', { z, axes: false, width: 300, height: 200, pixelRatio: 1 });
      return window.robust.observe('rows');
    });
    expectFailure(o, {
      prop: 'z',
      size: { width: 300, height: 200 },
      message: /value at row 500, column 7 is the string "x", not a number/,
    });
    expect(problems).toEqual([]);
  });

  test('a big grid with an unknown cmap: onError once, in the library’s format', async ({ page }) => {
    const problems = await openRobust(page);
    const o = await run(page, big({ cmap: 'not-a-cmap' }));
    expectFailure(o, { prop: 'cmap', size: { width: 300, height: 200 }, message: /unknown colormap "not-a-cmap"/ });
    expect(problems).toEqual([]);
  });

  test('a big valid grid updated to an unknown cmap, then fixed: one error per bad update, then ready', async ({ page }) => {
    const problems = await openRobust(page);
    await page.evaluate((p) => window.robust.mount('c', p), big({}));
    expectPicture(await page.evaluate(() => window.robust.observe('c')), { width: 300, height: 200, pixelRatio: 1 });
    await page.evaluate((p) => window.robust.update('c', p), big({ cmap: 'nope', z: wave(600, 600, { flat: 'f32', scale: 2 }) }));
    const bad = await page.evaluate(() => window.robust.observe('c'));
    expectFailure(bad, { prop: 'cmap', size: { width: 300, height: 200 } });
    await page.evaluate((p) => window.robust.update('c', p), big({ cmap: 'jet' }));
    const fixed = await page.evaluate(() => window.robust.observe('c'));
    expect(fixed.outcome).toBe('ready');
    expect(fixed.errors).toHaveLength(1);
    expect(fixed.alert).toBeNull();
    expect(problems).toEqual([]);
  });
});

test.describe('(d) sizes: the error box and the host’s own CSS', () => {
  test('invalid props keep the given size; valid → invalid removes the old picture; fixed → drawn again', async ({ page }) => {
    const problems = await openRobust(page);
    const props = {
      z: wave(40, 50),
      interpolation: 'bicubic',
      contours: { levels: 6, colors: 'k' },
      axes: true,
      colorbar: true,
      width: 330,
      height: 210,
      pixelRatio: 1,
    };
    await page.evaluate((p) => window.robust.mount('d', p), props);
    const drawn = await page.evaluate(() => window.robust.observe('d'));
    expectPicture(drawn, { width: 330, height: 210, pixelRatio: 1 });
    expect(drawn.paths).toBeGreaterThan(0);
    const screen = () =>
      page.evaluate(() => {
        const host = window.robust.host('d')!;
        const canvas = host.querySelector('canvas');
        let painted = 0;
        if (canvas && canvas.width > 0 && canvas.height > 0) {
          const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
        }
        return { painted, svgChildren: host.querySelector('svg')?.childElementCount ?? 0, texts: host.querySelectorAll('text').length };
      });
    expect((await screen()).painted).toBeGreaterThan(0);
    for (const bad of [{ cmap: 'nope' }, { contours: { levels: 1e6 } }, { extent: [0, 0, 1, 1] }, { axes: { fontSize: -1 } }]) {
      await page.evaluate((p) => window.robust.update('d', p), { ...props, ...bad });
      const o = await page.evaluate(() => window.robust.observe('d'));
      expect(o.alert, JSON.stringify(bad)).not.toBeNull();
      expect({ width: o.alert!.width, height: o.alert!.height }).toEqual({ width: 330, height: 210 });
      expect(o.host).toEqual({ width: 330, height: 210 });
      expect(o.dataReady).toBe('false');
      // Nothing of the old picture stays under the box: no pixels, no lines, no ticks or texts.
      expect(await screen()).toEqual({ painted: 0, svgChildren: 0, texts: 0 });
    }
    await page.evaluate((p) => window.robust.update('d', p), props);
    const again = await page.evaluate(() => window.robust.observe('d'));
    expect(again.outcome).toBe('ready');
    expect(again.alert).toBeNull();
    expect(again.errors).toHaveLength(4);
    expect((await screen()).painted).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('a React host sized by a class or a style prop keeps its size and becomes ready', async ({ page }) => {
    const problems = await openRobust(page);
    await page.addStyleTag({ content: '.sized-by-class { width: 333px; height: 222px; }' });
    const props = { z: wave(30, 40), contours: { levels: 5, colors: 'k' }, axes: true, pixelRatio: 1 };
    const byClass = await run(page, props, { className: 'sized-by-class' });
    expectPicture(byClass, { width: 333, height: 222, pixelRatio: 1 });
    const byStyle = await run(page, props, { style: { width: 280, height: 170 } });
    expectPicture(byStyle, { width: 280, height: 170, pixelRatio: 1 });
    // Inside a bigger container the host still keeps its own size.
    const inBig = await run(page, props, { className: 'sized-by-class', containerStyle: 'width: 900px; height: 600px' });
    expectPicture(inBig, { width: 333, height: 222, pixelRatio: 1 });
    // A host with no size of its own fills its container.
    const fills = await run(page, props, { containerStyle: 'width: 410px; height: 260px' });
    expectPicture(fills, { width: 410, height: 260, pixelRatio: 1 });
    expect(problems).toEqual([]);
  });

  /** Mounts a chart with createContourHeatmap in a host set up by `setup`, exports it (given up after 5 s), destroys it. */
  async function plainChart(page: Page, setup: 'class' | 'inline' | 'inlineInBig' | 'fills', options: object = {}) {
    return page.evaluate(
      async ([setup, options]) => {
        const url = '/src/chart/createContourHeatmap.ts';
        const { createContourHeatmap } = (await import(url)) as typeof import('../src/chart/createContourHeatmap');
        if (!document.querySelector('style[data-plain-sized]')) {
          const style = document.createElement('style');
          style.dataset.plainSized = '';
          style.textContent = '.plain-sized { width: 345px; height: 215px; }';
          document.head.append(style);
        }
        const container = document.createElement('div');
        const host = document.createElement('div');
        container.append(host);
        document.body.append(container);
        if (setup === 'class') host.classList.add('plain-sized');
        if (setup === 'inline') host.setAttribute('style', 'width: 305px; height: 185px');
        if (setup === 'inlineInBig') {
          container.setAttribute('style', 'width: 800px; height: 500px');
          host.style.width = '250px';
          host.style.height = '150px';
        }
        if (setup === 'fills') container.setAttribute('style', 'width: 420px; height: 240px');
        const errors: string[] = [];
        const chart = createContourHeatmap(host, { onError: (e) => errors.push(e.message) });
        const z = window.robust.revive({ $: 'wave', rows: 30, cols: 40 }) as number[][];
        chart.update({ z, contours: { levels: 5, colors: 'k' }, pixelRatio: 1, ...options } as never);
        const exportIt = async () => {
          const url = await chart.toDataURL();
          const image = new Image();
          image.src = url;
          await image.decode();
          return { width: image.naturalWidth, height: image.naturalHeight };
        };
        const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no answer within 5 s'), 5000));
        const exported = await Promise.race([exportIt().catch((e: Error) => e.message), timeout]);
        const box = host.getBoundingClientRect();
        const alert = host.querySelector('.contour-heatmap-error')?.getBoundingClientRect();
        const out = {
          exported,
          host: { width: box.width, height: box.height },
          alert: alert ? { width: alert.width, height: alert.height } : null,
          ready: host.dataset.ready,
          error: host.dataset.error ?? null,
          errors,
        };
        chart.destroy();
        container.remove();
        return out;
      },
      [setup, options] as const,
    );
  }

  test('with createContourHeatmap, a host sized by a class or an inline style keeps its size and becomes ready', async ({ page }) => {
    const problems = await openRobust(page);
    const ready = { ready: 'true', errors: [], error: null, alert: null };
    expect(await plainChart(page, 'class')).toEqual({ exported: { width: 345, height: 215 }, host: { width: 345, height: 215 }, ...ready });
    expect(await plainChart(page, 'inline')).toEqual({
      exported: { width: 305, height: 185 },
      host: { width: 305, height: 185 },
      ...ready,
    });
    expect(await plainChart(page, 'inlineInBig')).toEqual({
      exported: { width: 250, height: 150 },
      host: { width: 250, height: 150 },
      ...ready,
    });
    expect(await plainChart(page, 'fills')).toEqual({ exported: { width: 420, height: 240 }, host: { width: 420, height: 240 }, ...ready });
    expect(problems).toEqual([]);
  });

  // Regression: the host's ResizeObserver (or an export's size check) reporting a size after update()
  // failed used to clear the draw loop's error, so whenReady and exports never settled.

  test('an invalid prop on a React host sized by its CSS: the box at the host’s size, whenReady and the export rejected', async ({
    page,
  }) => {
    const problems = await openRobust(page);
    await page.addStyleTag({ content: '.sized-by-class { width: 333px; height: 222px; }' });
    const bad = await run(
      page,
      { z: wave(30, 40), axes: true, pixelRatio: 1, cmap: 'nope' },
      { className: 'sized-by-class', waitMs: 5000 },
    );
    expectFailure(bad, { prop: 'cmap', size: { width: 333, height: 222 } });
    expect(problems).toEqual([]);
  });

  test('an invalid prop on a createContourHeatmap host sized by a class: the box at its size, the export rejected', async ({ page }) => {
    const problems = await openRobust(page);
    const bad = await plainChart(page, 'class', { cmap: 'nope' });
    expect(bad).toMatchObject({ host: { width: 345, height: 215 }, alert: { width: 345, height: 215 }, ready: 'false' });
    expect(bad.errors).toHaveLength(1);
    expect(bad.error).toBe(bad.errors[0]);
    expect(bad.exported).toBe(bad.errors[0]);
    expect(problems).toEqual([]);
  });
});

test.describe('(e) workers blocked by the page’s CSP', () => {
  const WARNING =
    /^contour-heatmap: no Web Worker could be started \(.*\); filled contours of big grids are traced on the main thread instead$/;

  /** The harness page under `worker-src 'none'` (e2e/csp/workers.html): a real CSP, as a site would set it. */
  async function openBlocked(page: Page): Promise<{ problems: string[]; warnings: string[] }> {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && /contour-heatmap/.test(m.text())) warnings.push(m.text());
    });
    const problems = watchConsole(page);
    await page.goto('/e2e/csp/workers.html');
    await expect(page.locator('body[data-harness="ready"]')).toBeAttached();
    await page.evaluate(async () => {
      const url = '/e2e/harness/robustness.tsx';
      await import(url);
    });
    return { problems, warnings };
  }

  // 250 × 250 = 62 500 cells: over the 40 000 whose bands are traced inline, so filled contours
  // would go to a worker. Lines never need one (they are traced on the main thread at any size).
  const chart = (more: Record<string, unknown> = {}) => ({
    z: wave(250, 250),
    interpolation: 'bilinear',
    axes: false,
    width: 300,
    height: 220,
    pixelRatio: 1,
    ...more,
  });
  const variants = [
    chart({ contours: { levels: 9, colors: 'k' } }),
    chart({ contours: { levels: 9, colors: 'k' }, renderer: 'cpu' }),
    chart({ contours: { levels: 7, filled: true, lines: true, colors: 'k', cmap: 'jet' }, heatmap: false }),
  ];

  test('charts over 40k cells with contours still draw, the same pictures, with one console warning per chart that needed a worker', async ({
    page,
    browser,
  }) => {
    const { problems, warnings } = await openBlocked(page);
    // The CSP is in force: a worker cannot start here.
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          try {
            const w = new Worker('data:text/javascript,postMessage(1)');
            w.onmessage = () => resolve('started');
            w.onerror = () => resolve('refused (error event)');
          } catch (e) {
            resolve(`refused (${(e as Error).name})`);
          }
        }),
    );
    expect(blocked).toMatch(/^refused/);
    const reference = await browser.newPage();
    const refProblems = await openRobust(reference);
    let neededWorkers = 0;
    for (const [i, props] of variants.entries()) {
      const o = await run(page, props);
      const png = expectPicture(o, { width: 300, height: 220, pixelRatio: 1 });
      expect(o.paths).toBeGreaterThan(0);
      if ((props as { contours?: { filled?: boolean } }).contours?.filled) neededWorkers++;
      expect(warnings, `one warning per chart that needed a worker, after chart ${i}`).toHaveLength(neededWorkers);
      const ref = await run(reference, props);
      expect(compareImages(png, decodeBase64Png((ref.exported as { base64: string }).base64)).maxAbs).toBe(0);
      expect(ref.paths).toBe(o.paths);
    }
    for (const w of warnings) expect(w).toMatch(WARNING);
    expect(neededWorkers).toBe(1);
    // One chart, many updates: still one warning for it.
    const filled = variants[2]!;
    await page.evaluate((p) => window.robust.mount('many', p), filled);
    for (let levels = 3; levels < 8; levels++) {
      await page.evaluate((p) => window.robust.update('many', p), {
        ...filled,
        contours: { ...(filled as { contours?: object }).contours, levels },
      });
      expect((await page.evaluate(() => window.robust.observe('many'))).outcome).toBe('ready');
    }
    expect(warnings).toHaveLength(neededWorkers + 1);
    expect(problems.filter((p) => !/Content Security Policy/.test(p))).toEqual([]);
    expect(refProblems).toEqual([]);
  });
});

test.describe('(f) exports right after a resize', () => {
  test('an export requested in the same task as a container resize returns the new size', async ({ page }) => {
    const problems = await openRobust(page);
    const props = { z: wave(30, 40), contours: { levels: 5, colors: 'k' }, axes: true, colorbar: true, pixelRatio: 1 };
    await page.evaluate((p) => window.robust.mount('f', p, { containerStyle: 'width: 300px; height: 200px' }), props);
    expectPicture(await page.evaluate(() => window.robust.observe('f')), { width: 300, height: 200, pixelRatio: 1 });
    for (const [w, h] of [
      [420, 260],
      [180, 140],
      [640, 200],
    ] as const) {
      const base64 = await page.evaluate(
        ([w, h]) => {
          const container = window.robust.container('f');
          container.style.width = `${w}px`;
          container.style.height = `${h}px`;
          return window.robust.toBase64('f');
        },
        [w, h] as const,
      );
      const png = decodeBase64Png(base64);
      expect([png.width, png.height]).toEqual([w, h]);
      expect(pngStats(png).nonWhite).toBeGreaterThan(0.05);
    }
    expect(problems).toEqual([]);
  });

  test('the same with createContourHeatmap and an inline-sized host', async ({ page }) => {
    const problems = await openRobust(page);
    const sizes = await page.evaluate(async () => {
      const url = '/src/chart/createContourHeatmap.ts';
      const { createContourHeatmap } = (await import(url)) as typeof import('../src/chart/createContourHeatmap');
      const host = document.createElement('div');
      host.setAttribute('style', 'width: 310px; height: 190px');
      document.body.append(host);
      const chart = createContourHeatmap(host);
      chart.update({ z: window.robust.revive({ $: 'wave', rows: 30, cols: 40 }) as number[][], pixelRatio: 1 });
      const measure = async (url: string) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return [image.naturalWidth, image.naturalHeight];
      };
      const out = [await measure(await chart.toDataURL())];
      host.style.width = '450px';
      out.push(await measure(await chart.toDataURL()));
      host.style.height = '120px';
      out.push(await measure(await chart.toDataURL()));
      chart.destroy();
      return out;
    });
    expect(sizes).toEqual([
      [310, 190],
      [450, 190],
      [450, 120],
    ]);
    expect(problems).toEqual([]);
  });
});

test.describe('(g) string norms', () => {
  const positive = { $: 'wave', rows: 40, cols: 50, scale: 40, offset: 45 }; // 1 … 90: fine for log
  const signed = { $: 'wave', rows: 40, cols: 50, scale: 30 }; // −36 … 36: symlog's two sides and its linear part
  const pairs: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['linear', { norm: 'linear' }, { norm: { type: 'linear' } }],
    ['linear with vmin/vmax', { norm: 'linear', vmin: -10, vmax: 20 }, { norm: { type: 'linear', vmin: -10, vmax: 20 } }],
    ['log', { norm: 'log', z: positive }, { norm: { type: 'log' }, z: positive }],
    ['log with vmin/vmax', { norm: 'log', vmin: 2, vmax: 50, z: positive }, { norm: { type: 'log', vmin: 2, vmax: 50 }, z: positive }],
    ['symlog', { norm: 'symlog' }, { norm: { type: 'symlog', linthresh: 2, linscale: 1, base: 10 } }],
    [
      'symlog with vmin/vmax',
      { norm: 'symlog', vmin: -20, vmax: 5 },
      { norm: { type: 'symlog', linthresh: 2, linscale: 1, base: 10, vmin: -20, vmax: 5 } },
    ],
  ];
  test('each string norm draws exactly like its object form (heatmap, colorbar, lines)', async ({ page }) => {
    const problems = await openRobust(page);
    for (const [name, asString, asObject] of pairs) {
      const props = (norm: Record<string, unknown>) => ({
        z: signed,
        interpolation: 'bicubic',
        contours: { levels: 6 },
        axes: true,
        colorbar: true,
        width: 360,
        height: 240,
        pixelRatio: 1,
        ...norm,
      });
      const a: Observed = await run(page, props(asString));
      const b: Observed = await run(page, props(asObject));
      const pa = expectPicture(a, { width: 360, height: 240, pixelRatio: 1 });
      const pb = expectPicture(b, { width: 360, height: 240, pixelRatio: 1 });
      expect(compareImages(pa, pb).maxAbs, name).toBe(0);
      expect(a.tickLabels, name).toEqual(b.tickLabels);
      expect(a.paths, name).toBe(b.paths);
    }
    // And the string norm is not the linear one: log differs from linear on the same data.
    const log = await run(page, { z: positive, width: 200, height: 150, axes: false, pixelRatio: 1, norm: 'log' });
    const lin = await run(page, { z: positive, width: 200, height: 150, axes: false, pixelRatio: 1 });
    const diff = compareImages(
      decodeBase64Png((log.exported as { base64: string }).base64),
      decodeBase64Png((lin.exported as { base64: string }).base64),
    );
    expect(diff.meanAbs).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});
