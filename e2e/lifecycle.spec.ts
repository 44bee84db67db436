// A chart's life: StrictMode, unmounting, context loss, bad props, updates racing exports, resizing.
import { expect, test } from '@playwright/test';
import { compareImages } from '../test-support/matplotlibFixtures';
import { countContexts, decodeBase64Png, liveContexts, loseLiveContexts, openHarness } from './support';

const small = (cmap: string, shift = 0) => ({
  z: Array.from({ length: 12 }, (_, i) => Array.from({ length: 10 }, (_, j) => Math.sin(i / 2 + shift) * Math.cos(j / 3))),
  interpolation: 'bicubic',
  cmap,
  contours: { levels: 6, colors: 'k' },
  width: 160,
  height: 120,
  pixelRatio: 1,
  renderer: 'gpu', // these tests count WebGL contexts
});

test('under StrictMode a chart mounts, draws, exports and holds exactly one live context', async ({ page }) => {
  await countContexts(page);
  const problems = await openHarness(page);
  await page.evaluate((p) => window.harness.mount('a', p as never, { strict: true }), small('jet'));
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
  const strict = await page.evaluate(() => window.harness.toBase64('a'));
  const plain = await page.evaluate((p) => window.harness.solo(p as never), small('jet'));
  expect(compareImages(decodeBase64Png(strict), decodeBase64Png(plain)).maxAbs).toBe(0);
  expect(await liveContexts(page)).toBe(1);
  expect(problems).toEqual([]);
});

test('mounting and unmounting 40 charts (more than the browser’s 16 contexts) leaves no live context', async ({ page }) => {
  await countContexts(page);
  const problems = await openHarness(page);
  for (let i = 0; i < 40; i++) {
    await page.evaluate(([id, p]) => window.harness.mount(id as string, p as never, { strict: true }), [
      `c${i}`,
      small('viridis', i),
    ] as const);
    await page.evaluate((id) => window.harness.ready(id), `c${i}`);
    await page.evaluate((id) => window.harness.unmount(id), `c${i}`);
  }
  expect(await liveContexts(page)).toBe(0);
  await expect(page.locator('canvas')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('after the context is lost, the chart re-creates it, redraws and exports the same picture', async ({ page }) => {
  await countContexts(page);
  const problems = await openHarness(page);
  await page.evaluate((p) => window.harness.mount('a', p as never), small('jet'));
  const before = await page.evaluate(() => window.harness.toBase64('a'));
  // Whether the chart said "not ready" meanwhile, recorded on the page (held by window, so that no
  // pending promise of the test's can be collected while it waits).
  await page.evaluate(() => {
    const host = document.querySelector('.contour-heatmap')!;
    const record = { sawNotReady: false, observer: null as MutationObserver | null };
    record.observer = new MutationObserver(() => {
      if (host.getAttribute('data-ready') === 'false') record.sawNotReady = true;
    });
    record.observer.observe(host, { attributes: true });
    Object.assign(window, { readiness: record });
  });
  expect(await liveContexts(page)).toBe(1);
  await loseLiveContexts(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { readiness: { sawNotReady: boolean } }).readiness.sawNotReady))
    .toBe(true);
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
  const after = await page.evaluate(() => window.harness.toBase64('a'));
  expect(compareImages(decodeBase64Png(after), decodeBase64Png(before)).maxAbs).toBe(0);
  expect(await liveContexts(page)).toBe(1);
  expect(problems).toEqual([]);
});

test('bad props show an error naming the prop, leave other charts alone, and recover when fixed', async ({ page }) => {
  const problems = await openHarness(page);
  await page.evaluate((p) => window.harness.mount('good', p as never), small('jet'));
  await page.evaluate((p) => window.harness.mount('bad', p as never), small('viridis'));
  const good = page.locator('[data-harness="good"] .contour-heatmap');
  const bad = page.locator('[data-harness="bad"] .contour-heatmap');
  await expect(good).toHaveAttribute('data-ready', 'true');
  await expect(bad).toHaveAttribute('data-ready', 'true');
  const goodBefore = await page.evaluate(() => window.harness.toBase64('good'));

  const cases: [Record<string, unknown>, RegExp][] = [
    [{ z: [[1, 2], [3]] }, /invalid prop "z": ragged rows: row 1 has 1 values but row 0 has 2/],
    [{ z: [] }, /invalid prop "z": the grid is empty/],
    [{ vmin: 5, vmax: 1 }, /invalid prop "vmin": vmin \(5\) is greater than vmax \(1\)/],
    [{ extent: [0, 0, 1, 2] }, /invalid prop "extent": left and right are both 0/],
    [{ cmap: 'nope' }, /invalid prop "cmap": unknown colormap "nope"/],
    [{ contours: { levels: [2, 1] } }, /invalid prop "contours.levels": levels must be strictly increasing/],
    [{ contours: { colors: 'notacolour' } }, /invalid prop "contours.colors": "notacolour" is not a colour/],
  ];
  for (const [change, message] of cases) {
    await page.evaluate((p) => window.harness.update('bad', p as never), { ...small('viridis'), ...change });
    await expect(bad.getByRole('alert')).toHaveText(message);
    await expect(bad).toHaveAttribute('data-ready', 'false');
    expect((await page.evaluate(() => window.harness.errors('bad'))).at(-1)).toMatch(message);
    const exportError = await page.evaluate(() =>
      window.harness.toBase64('bad').then(
        () => 'resolved',
        (e: Error) => e.message,
      ),
    );
    expect(exportError).toMatch(message);
  }
  await expect(good).toHaveAttribute('data-ready', 'true');
  expect(await page.evaluate(() => window.harness.toBase64('good'))).toBe(goodBefore);

  await page.evaluate((p) => window.harness.update('bad', p as never), small('viridis'));
  await expect(bad).toHaveAttribute('data-ready', 'true');
  await expect(bad.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an export requested right after an update reflects the new props, never the old ones', async ({ page }) => {
  await openHarness(page);
  await page.evaluate((p) => window.harness.mount('a', p as never), small('jet'));
  await page.evaluate(() => window.harness.ready('a'));
  const exported = await page.evaluate(
    (p) => {
      window.harness.update('a', p as never);
      return window.harness.toBase64('a');
    },
    small('viridis', 1),
  );
  const expected = await page.evaluate((p) => window.harness.solo(p as never), small('viridis', 1));
  expect(compareImages(decodeBase64Png(exported), decodeBase64Png(expected)).maxAbs).toBe(0);
});

test('without width and height the chart fills its container and follows its size', async ({ page }) => {
  await openHarness(page);
  const { width: _w, height: _h, ...rest } = small('jet');
  await page.evaluate((p) => window.harness.mount('a', p as never, { style: 'width: 300px; height: 200px' }), rest);
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
  let png = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('a')));
  expect([png.width, png.height]).toEqual([300, 200]);
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-harness="a"]')!.style.setProperty('width', '420px'));
  await expect.poll(async () => decodeBase64Png(await page.evaluate(() => window.harness.toBase64('a'))).width).toBe(420);
  png = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('a')));
  expect([png.width, png.height]).toEqual([420, 200]);
  const svg = page.locator('.contour-heatmap svg');
  await expect(svg).toHaveAttribute('width', '420');
});

test('replacing a big grid’s data while its contours are traced shows only the new contours', async ({ page }) => {
  const problems = await openHarness(page);
  const field = (phase: number) => ({
    z: Array.from({ length: 400 }, (_, i) => Array.from({ length: 400 }, (_, j) => Math.sin(i / 23 + phase) * Math.cos(j / 31))),
    interpolation: 'bilinear',
    contours: { levels: 8 },
    width: 200,
    height: 200,
    pixelRatio: 1,
  });
  const finalPaths = await page.evaluate(
    ([a, b]) => {
      window.harness.mount('big', a as never);
      window.harness.update('big', b as never); // replaces the data before the first picture is drawn
      return window.harness
        .ready('big')
        .then(() => [...document.querySelectorAll('.contour-heatmap path')].map((p) => p.getAttribute('d')));
    },
    [field(0), field(1)] as const,
  );
  const alone = await page.evaluate(async (b) => {
    window.harness.mount('alone', b as never);
    await window.harness.ready('alone');
    return [...document.querySelectorAll('[data-harness="alone"] path')].map((p) => p.getAttribute('d'));
  }, field(1));
  expect(finalPaths.length).toBeGreaterThan(10);
  expect(finalPaths).toEqual(alone);
  expect(problems).toEqual([]);
});

test('contour lines take matplotlib styling: colours from a colormap, widths and styles cycled over levels', async ({ page }) => {
  const problems = await openHarness(page);
  const z = Array.from({ length: 20 }, (_, i) => Array.from({ length: 20 }, (_, j) => Math.sin(i / 4) * Math.cos(j / 5)));
  await page.evaluate((p) => window.harness.mount('a', p as never), {
    z,
    width: 200,
    height: 200,
    pixelRatio: 1,
    contours: { levels: [-0.5, 0, 0.5], cmap: 'jet', linewidths: [1, 2], linestyles: ['dotted', 'solid', 'dashdot'], alpha: 0.5 },
  });
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
  const styles = await page
    .locator('.contour-heatmap path')
    .evaluateAll((els) => [
      ...new Map(
        els.map((e) => [
          e.getAttribute('data-level'),
          [e.getAttribute('stroke'), e.getAttribute('stroke-width'), e.getAttribute('stroke-dasharray')],
        ]),
      ).entries(),
    ]);
  expect(styles.map(([level]) => level)).toEqual(['-0.5', '0', '0.5']);
  // jet over the levels: blue, green, red, each at alpha 0.5.
  expect(styles.map(([, [stroke]]) => stroke)).toEqual(['rgba(0, 0, 127, 0.5)', 'rgba(124, 255, 121, 0.5)', 'rgba(127, 0, 0, 0.5)']);
  expect(styles.map(([, [, width]]) => Number(width).toFixed(3))).toEqual(['1.389', '2.778', '1.389']);
  expect(styles.map(([, [, , dash]]) => dash !== null)).toEqual([true, false, true]);
  expect(problems).toEqual([]);
});

test('recolouring (norm, range, colormap) redraws from the kept resampled values and matches a fresh render', async ({ page }) => {
  const problems = await openHarness(page);
  const base = { ...small('jet'), interpolation: 'spline36', width: 300, height: 200 };
  await page.evaluate((p) => window.harness.mount('a', p as never), base);
  await page.evaluate(() => window.harness.ready('a'));
  for (const change of [
    { cmap: 'viridis' },
    { vmin: -0.5, vmax: 0.5 },
    { norm: { type: 'power', gamma: 2 } },
    { cmap: 'RdBu_r', badColor: 'k' },
  ]) {
    const props = { ...base, ...change };
    const recoloured = await page.evaluate((p) => {
      window.harness.update('a', p as never);
      return window.harness.toBase64('a');
    }, props);
    const fresh = await page.evaluate((p) => window.harness.solo(p as never), props);
    expect(compareImages(decodeBase64Png(recoloured), decodeBase64Png(fresh)).maxAbs, JSON.stringify(change)).toBe(0);
  }
  expect(problems).toEqual([]);
});
