// Reading values under the pointer: pick, onHover and the readout box, on the GPU and the CPU.
import { expect, test, type Page } from '@playwright/test';
import { caseGrid, loadCase } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness } from './support';

async function openPick(page: Page): Promise<string[]> {
  const problems = await openHarness(page);
  await page.evaluate(async () => {
    const url = '/e2e/harness/pick.tsx';
    await import(url);
  });
  return problems;
}

const holes = loadCase('holes');
/** The holes case (NaN cells) as a figure with axes, a colorbar and contours, at a fractional pixel ratio. */
const figureProps = (more: Record<string, unknown> = {}) => ({
  z: caseGrid(holes).map((row) => row.map((v) => (Number.isNaN(v) ? null : v))),
  extent: holes.extent,
  origin: holes.origin,
  interpolation: 'spline36',
  cmap: 'jet',
  contours: { levels: 8, colors: 'k' },
  colorbar: true,
  width: 420,
  height: 300,
  pixelRatio: 1.5,
  ...more,
});

/** Points over the whole chart, margins included, off the pixel grid. */
function grid(width: number, height: number, nx: number, ny: number): [number, number][] {
  const points: [number, number][] = [];
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) points.push([((i + 0.37) * width) / nx, ((j + 0.61) * height) / ny]);
  return points;
}

const mount = (page: Page, id: string, props: object, options: object = {}) =>
  page.evaluate(([i, p, o]) => window.pickHarness.mount(i as string, p as never, o as never), [id, props, options] as const);
const ready = (page: Page, id: string) => page.evaluate((i) => window.pickHarness.ready(i), id);
const picks = (page: Page, id: string, points: [number, number][]) =>
  page.evaluate(([i, p]) => Promise.all((p as [number, number][]).map(([x, y]) => window.pickHarness.pick(i as string, x, y))), [
    id,
    points,
  ] as const);
const core = (page: Page, id: string, points: [number, number][]) =>
  page.evaluate(([i, p]) => window.pickHarness.core(i as string, p as [number, number][]), [id, points] as const);
const hostBox = async (page: Page, id: string) =>
  (await page.locator(`[data-pick="${id}"] .contour-heatmap, .contour-heatmap[data-pick="${id}"]`).boundingBox())!;

test('pick reports the core’s value of the pixel under the point, on the GPU and the CPU, and null outside the axes', async ({ page }) => {
  const problems = await openPick(page);
  const points = grid(420, 300, 17, 13);
  for (const renderer of ['gpu', 'cpu'] as const) {
    await mount(page, renderer, figureProps({ renderer }));
    await ready(page, renderer);
    await expect(page.locator(`[data-pick="${renderer}"] .contour-heatmap`)).toHaveAttribute('data-renderer', renderer);
    const picked = await picks(page, renderer, points);
    const expected = await core(page, renderer, points);
    expect(picked).toEqual(expected.infos);
    const { left, top, width, height } = expected.image;
    points.forEach(([x, y], i) => {
      const inside = x >= left && x < left + width && y >= top && y < top + height;
      expect(picked[i] === null, `(${x}, ${y})`).toBe(!inside);
    });
    expect(picked.filter((p) => p && Number.isNaN(p.value)).length, 'points in a hole').toBeGreaterThan(0);
    expect(picked.filter((p) => p?.level).length, 'points with a contour band').toBeGreaterThan(0);
    expect(
      await picks(page, renderer, [
        [-3, 150],
        [425, 150],
        [200, -1],
        [200, 1e6],
        [NaN, 10],
      ]),
    ).toEqual([null, null, null, null, null]);
  }
  expect(problems).toEqual([]);
});

test('the picked value is the colour drawn under the point, on the GPU and the CPU', async ({ page }) => {
  const problems = await openPick(page);
  const points = grid(420, 300, 31, 23);
  for (const renderer of ['gpu', 'cpu'] as const) {
    await mount(page, renderer, figureProps({ renderer, contours: false }));
    const png = decodeBase64Png(await page.evaluate((i) => window.pickHarness.toBase64(i), renderer));
    const { infos, colors } = await core(page, renderer, points);
    let compared = 0;
    let same = 0;
    points.forEach(([x, y], i) => {
      if (!infos[i] || Number.isNaN(infos[i].value)) return;
      const o = (Math.floor(y * 1.5) * png.width + Math.floor(x * 1.5)) * 4;
      compared++;
      if (colors[i]!.every((c, k) => c === png.data[o + k])) same++;
    });
    console.log(`${renderer}: ${same} of ${compared} picked values have exactly the colour drawn there`);
    // A pick is Agg's value; the renderers colour one within 1e-3 of the range of it (separable
    // weights, exact sample positions, the GPU's float32): rarely across a colour bin's edge.
    expect(same / compared).toBeGreaterThanOrEqual(0.95);
  }
  expect(problems).toEqual([]);
});

test('onHover reports real mouse moves over the image, and null once when the pointer leaves it', async ({ page }) => {
  const problems = await openPick(page);
  await mount(page, 'a', figureProps());
  await ready(page, 'a');
  const box = await hostBox(page, 'a');
  const inside: [number, number][] = [
    [150, 100],
    [200, 180],
    [120, 60],
  ];
  for (const [x, y] of inside) await page.mouse.move(box.x + x, box.y + y);
  await page.mouse.move(box.x + 5, box.y + 5); // the figure's margin: outside the axes
  await page.mouse.move(box.x + 8, box.y + 290);
  await page.mouse.move(box.x + 600, box.y + 100); // off the chart
  await page.mouse.move(box.x + 210, box.y + 150);
  const hovers = await page.evaluate(() => window.pickHarness.hovers('a'));
  const { infos } = await core(page, 'a', [...inside, [210, 150]]);
  expect(hovers).toEqual([infos[0], infos[1], infos[2], null, infos[3]]);
  expect(problems).toEqual([]);
});

test('the readout follows the pointer with the core’s text, beside the point and inside the chart, and hides outside the axes', async ({
  page,
}) => {
  const problems = await openPick(page);
  await mount(page, 'a', figureProps({ axes: false, colorbar: false }));
  await ready(page, 'a');
  const box = await hostBox(page, 'a');
  const readout = page.locator('[data-pick="a"] .contour-heatmap-readout');
  await expect(readout).toHaveCount(0); // made on the first hover
  // Near each corner: the box flips to stay inside the chart, and never covers the point.
  for (const [x, y] of [
    [6, 6],
    [414, 6],
    [6, 294],
    [414, 294],
    [210, 150],
  ] as const) {
    await page.mouse.move(box.x + x, box.y + y);
    const { texts } = await core(page, 'a', [[x, y]]);
    await expect(readout).toBeVisible();
    await expect(readout).toHaveText(texts[0]!);
    const r = (await readout.boundingBox())!;
    const [px, py] = [box.x + x, box.y + y];
    expect(px < r.x || px > r.x + r.width, `beside (${x}, ${y}) horizontally`).toBe(true);
    expect(py < r.y || py > r.y + r.height, `beside (${x}, ${y}) vertically`).toBe(true);
    expect(r.x >= box.x && r.y >= box.y && r.x + r.width <= box.x + box.width && r.y + r.height <= box.y + box.height).toBe(true);
    // After the point (right, below) unless that would cross the chart's right or bottom edge.
    expect(r.x > px).toBe(x < 400);
    expect(r.y > py).toBe(y < 280);
  }
  expect(
    await readout.evaluate((el) => [
      el.getAttribute('aria-hidden'),
      el.getAttribute('aria-live'),
      getComputedStyle(el).pointerEvents,
      getComputedStyle(el).position,
    ]),
    // Screen readers hear the keyboard cursor's readout from the chart's throttled live region, not every pointer move.
  ).toEqual(['true', null, 'none', 'absolute']);
  expect(await hostBox(page, 'a')).toEqual(box); // not part of the layout
  await page.mouse.move(box.x + 600, box.y + 100);
  await expect(readout).toBeHidden();
  // With axes: hidden over the figure's margins too.
  await mount(page, 'b', figureProps());
  await ready(page, 'b');
  const b = await hostBox(page, 'b');
  const readoutB = page.locator('[data-pick="b"] .contour-heatmap-readout');
  await page.mouse.move(b.x + 200, b.y + 150);
  await expect(readoutB).toBeVisible();
  await page.mouse.move(b.x + 5, b.y + 150);
  await expect(readoutB).toBeHidden();
  expect(problems).toEqual([]);
});

test('the readout is not in the export, and is removed with the chart', async ({ page }) => {
  const problems = await openPick(page);
  for (const plain of [false, true]) {
    const id = plain ? 'plain' : 'react';
    await mount(page, id, figureProps(), { plain });
    await ready(page, id);
    const before = await page.evaluate((i) => window.pickHarness.toBase64(i), id);
    const box = await hostBox(page, id);
    await page.mouse.move(box.x + 200, box.y + 150);
    const readout = page.locator(`[data-pick="${id}"] .contour-heatmap-readout`);
    await expect(readout).toBeVisible();
    expect(await page.evaluate((i) => window.pickHarness.toBase64(i), id)).toBe(before);
    await page.evaluate((i) => window.pickHarness.destroy(i), id);
    await expect(readout).toHaveCount(0);
    await page.mouse.move(box.x + 210, box.y + 140); // no chart listens any more
  }
  // The plain chart's destroy is safe twice; a pick after it rejects, as exports do.
  await page.evaluate(() => window.pickHarness.destroy('plain'));
  await expect(page.evaluate(() => window.pickHarness.pick('plain', 200, 150))).rejects.toThrow(/destroyed/);
  expect(problems).toEqual([]);
});

test('readout false shows no box (onHover still reports); a readout function gives its content', async ({ page }) => {
  const problems = await openPick(page);
  await mount(page, 'off', figureProps(), { readout: 'off' });
  await mount(page, 'react', figureProps(), { readout: 'custom' });
  await mount(page, 'plain', figureProps(), { plain: true, readout: 'custom' });
  for (const id of ['off', 'react', 'plain']) {
    await ready(page, id);
    const box = await hostBox(page, id);
    await page.mouse.move(box.x + 200, box.y + 150);
  }
  await expect(page.locator('[data-pick="off"] .contour-heatmap-readout')).toHaveCount(0);
  const [off, react, plain] = await Promise.all(['off', 'react', 'plain'].map((id) => core(page, id, [[200, 150]])));
  // Its info, then null as the pointer went on to the next chart.
  expect(await page.evaluate(() => window.pickHarness.hovers('off'))).toEqual([off!.infos[0], null]);
  await expect(page.locator('[data-pick="react"] .contour-heatmap-readout b.custom-readout')).toHaveText(
    `value ${react!.infos[0]!.value.toFixed(3)}`,
  );
  const { row, col } = plain!.infos[0]!;
  await expect(page.locator('[data-pick="plain"] .contour-heatmap-readout')).toHaveText(`${plain!.texts[0]} (cell ${row}, ${col})`);
  expect(problems).toEqual([]);
});

test('pointer moves over a 2000 × 2000 chart read no pixels back from the GPU (their cost is reported)', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await openPick(page);
  await page.evaluate(() => {
    const w = window as unknown as { readPixelsCalls: number };
    w.readPixelsCalls = 0;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const original = proto.readPixels as (...a: unknown[]) => void;
      proto.readPixels = function (this: unknown, ...args: unknown[]) {
        w.readPixelsCalls++;
        return original.apply(this, args);
      } as typeof proto.readPixels;
    }
  });
  const props = {
    interpolation: 'spline36',
    contours: { levels: 10 },
    colorbar: true,
    width: 900,
    height: 700,
    pixelRatio: 1,
    renderer: 'gpu',
  };
  await page.evaluate((p) => window.pickHarness.mountBig('big', 2000, p as never), props);
  await ready(page, 'big');
  const before = await page.evaluate(() => (window as unknown as { readPixelsCalls: number }).readPixelsCalls);
  const points = grid(900, 700, 20, 10);
  const times = await page.evaluate((p) => window.pickHarness.timeMoves('big', p), points);
  expect(await page.evaluate(() => (window as unknown as { readPixelsCalls: number }).readPixelsCalls)).toBe(before);
  expect(times).toHaveLength(200);
  // The moves did show the readout (the last one is over the colorbar, outside the axes).
  await page.evaluate(() => window.pickHarness.timeMoves('big', [[400, 300]]));
  await expect(page.locator('[data-pick="big"] .contour-heatmap-readout')).toBeVisible();
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const summary = `200 pointer moves over a 2000 × 2000 chart (900 × 700 px, spline36): mean ${mean.toFixed(3)} ms, median ${sorted[100]!.toFixed(3)} ms, p95 ${sorted[190]!.toFixed(3)} ms, max ${sorted[199]!.toFixed(3)} ms`;
  console.log(summary);
  test.info().annotations.push({ type: 'pointer move cost', description: summary });
  expect(problems).toEqual([]);
});
