// <LinkedCharts>: the charts inside one provider share the view, the hover and (shareNorm) the
// colour limits; a chart outside it shares none of them.
import { expect, test, type Page } from '@playwright/test';
import { decodeBase64Png, openHarness } from './support';

async function openLinked(page: Page): Promise<string[]> {
  const problems = await openHarness(page);
  await page.evaluate(async () => {
    const url = '/e2e/harness/linked.tsx';
    await import(url);
  });
  return problems;
}

type View = { x: [number, number]; y: [number, number] };
type Setup = { shareNorm?: boolean; view?: View; defaultView?: View; charts: object[]; outside?: object[] };
type Pick = { x: number; y: number; value: number } | null;

const mount = (page: Page, id: string, setup: Setup) =>
  page.evaluate(([i, s]) => window.linkedHarness.mount(i as string, s as never), [id, setup] as const);
const update = (page: Page, id: string, provider: Omit<Setup, 'charts'>) =>
  page.evaluate(([i, p]) => window.linkedHarness.update(i as string, p as never), [id, provider] as const);
const ready = (page: Page, id: string) => page.evaluate((i) => window.linkedHarness.ready(i).then(() => undefined), id);
const pick = (page: Page, id: string, index: number, x: number, y: number): Promise<Pick> =>
  page.evaluate(([i, n, px, py]) => window.linkedHarness.pick(i as string, n as number, px as number, py as number), [
    id,
    index,
    x,
    y,
  ] as const);

const WIDTH = 300;
const HEIGHT = 200;

/** rows × cols cells, value(r, c) = scale · (r · cols + c) + offset: a ramp, so every point's value differs. */
function ramp(rows: number, cols: number, scale = 1, offset = 0): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => scale * (r * cols + c) + offset));
}

/** A chart without axes (the image fills the figure, so the same CSS point is the same fraction of every chart's axes). */
const chart = (more: Record<string, unknown>) => ({ width: WIDTH, height: HEIGHT, pixelRatio: 1, axes: false, ...more });

/** Points off the pixel grid, inside the image. */
const POINTS: [number, number][] = [
  [37.3, 41.7],
  [151.1, 99.6],
  [262.8, 170.2],
];

async function coordinates(page: Page, id: string, index: number): Promise<[number, number][]> {
  const picks = await Promise.all(POINTS.map(([x, y]) => pick(page, id, index, x, y)));
  return picks.map((p) => [p!.x, p!.y]);
}

/** The data coordinates a view puts at the CSS point (x, y) of the figure. */
const inView = (view: View, [x, y]: [number, number]): [number, number] => [
  view.x[0] + ((view.x[1] - view.x[0]) * x) / WIDTH,
  view.y[1] + ((view.y[0] - view.y[1]) * y) / HEIGHT,
];

function expectClose(actual: [number, number][], expected: [number, number][]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach(([x, y], i) => {
    expect(x).toBeCloseTo(expected[i]![0], 6);
    expect(y).toBeCloseTo(expected[i]![1], 6);
  });
}

test('a controlled view on the provider is every linked chart’s view, whatever its extent; a chart outside keeps its own', async ({
  page,
}) => {
  const problems = await openLinked(page);
  const charts = [
    chart({ z: ramp(6, 8), extent: [0, 10, 0, 5] }),
    chart({ z: ramp(6, 8, 2, 1), extent: [-5, 20, -2, 8] }),
    chart({ z: ramp(3, 4, -1), extent: [0, 10, 0, 5], origin: 'upper' }),
  ];
  const outsideExtent = [0, 10, 0, 5] as const;
  const first: View = { x: [2, 6], y: [1, 3] };
  await mount(page, 'v', { view: first, charts, outside: [chart({ z: ramp(6, 8), extent: outsideExtent })] });
  await ready(page, 'v');
  for (const index of [0, 1, 2])
    expectClose(
      await coordinates(page, 'v', index),
      POINTS.map((p) => inView(first, p)),
    );
  const own: View = { x: [outsideExtent[0], outsideExtent[1]], y: [outsideExtent[2], outsideExtent[3]] };
  expectClose(
    await coordinates(page, 'v', 3),
    POINTS.map((p) => inView(own, p)),
  );

  // A new view (an inverted x axis too) moves them all, and still not the chart outside.
  const second: View = { x: [9, -1], y: [0.5, 4.5] };
  await update(page, 'v', { view: second });
  await ready(page, 'v');
  for (const index of [0, 1, 2])
    expectClose(
      await coordinates(page, 'v', index),
      POINTS.map((p) => inView(second, p)),
    );
  expectClose(
    await coordinates(page, 'v', 3),
    POINTS.map((p) => inView(own, p)),
  );
  expect(await page.evaluate(() => window.linkedHarness.providerViews('v'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('without a view, the charts start from the provider’s defaultView, and a wheel over one zooms them all', async ({ page }) => {
  const problems = await openLinked(page);
  const start: View = { x: [1, 9], y: [0.5, 4.5] };
  const charts = [chart({ z: ramp(6, 8), extent: [0, 10, 0, 5] }), chart({ z: ramp(6, 8, 3), extent: [-5, 20, -2, 8] })];
  await mount(page, 'w', { defaultView: start, charts, outside: [chart({ z: ramp(6, 8), extent: [0, 10, 0, 5] })] });
  await ready(page, 'w');
  for (const index of [0, 1])
    expectClose(
      await coordinates(page, 'w', index),
      POINTS.map((p) => inView(start, p)),
    );
  const outsideBefore = await coordinates(page, 'w', 2);

  const box = (await page.locator('[data-linked="w-0"] .contour-heatmap').boundingBox())!;
  await page.mouse.move(box.x + 150, box.y + 100);
  await page.mouse.wheel(0, -200);
  // The provider reports the view the gesture asked for; both charts then show it.
  await expect.poll(() => page.evaluate(() => window.linkedHarness.providerViews('w').length)).toBeGreaterThan(0);
  // Chromium may deliver the wheel as more than one event: the last view reported is the one both charts end at.
  const latest = async () => ((await page.evaluate(() => window.linkedHarness.providerViews('w'))) as View[]).at(-1)!;
  await expect.poll(() => page.evaluate(() => window.linkedHarness.views('w', 0).length)).toBeGreaterThan(0);
  for (const index of [0, 1]) {
    await expect
      .poll(async () => Math.abs((await coordinates(page, 'w', index))[0]![0] - inView(await latest(), POINTS[0]!)[0]))
      .toBeLessThan(1e-6);
  }
  const zoomed = await latest();
  expect(zoomed.x[1] - zoomed.x[0]).toBeLessThan(start.x[1] - start.x[0]);
  for (const index of [0, 1]) {
    expectClose(
      await coordinates(page, 'w', index),
      POINTS.map((p) => inView(zoomed, p)),
    );
  }
  expect(await page.evaluate(() => window.linkedHarness.views('w', 1))).toEqual([]); // only the chart moved reports
  expectClose(await coordinates(page, 'w', 2), outsideBefore);
  expect(problems).toEqual([]);
});

test('hovering one chart shows every linked chart’s own value at the same data point; leaving hides them', async ({ page }) => {
  const problems = await openLinked(page);
  const extent = [0, 10, 0, 5];
  const charts = [chart({ z: ramp(6, 8), extent }), chart({ z: ramp(6, 8, 2, 1), extent }), chart({ z: ramp(6, 8, -3), extent })];
  await mount(page, 'h', { charts, outside: [chart({ z: ramp(6, 8), extent })] });
  await ready(page, 'h');
  const readout = (index: string) => page.locator(`[data-linked="h-${index}"] .contour-heatmap-readout`);
  const crosshair = (index: string) => page.locator(`[data-linked="h-${index}"] .contour-heatmap-crosshair`);

  const box = (await page.locator('[data-linked="h-0"] .contour-heatmap').boundingBox())!;
  const [px, py] = POINTS[1]!;
  await page.mouse.move(box.x + px, box.y + py);
  await expect(readout('0')).toBeVisible();
  const own = await pick(page, 'h', 0, px, py);
  for (const index of [1, 2]) {
    // The same data point (the same CSS point: same view, same size), this chart's value there.
    const there = (await pick(page, 'h', index, px, py))!;
    expect(there.x).toBeCloseTo(own!.x, 9);
    expect(there.y).toBeCloseTo(own!.y, 9);
    await expect(readout(String(index))).toBeVisible();
    await expect(crosshair(String(index))).toHaveCount(2);
    const text = (await readout(String(index)).textContent())!;
    expect(text.split(', z=')[0]).toBe((await readout('0').textContent())!.split(', z=')[0]);
    const z = Number(/z=([^\s,]+)/.exec(text)![1]!.replace('−', '-'));
    expect(Math.abs(z - there.value), text).toBeLessThan(0.5); // the readout's digits resolve one colour of ~48 (range / 256)
    expect(Math.abs(z - own!.value)).toBeGreaterThan(1);
  }
  // Only the chart under the pointer reports a hover; nothing shows outside the provider.
  expect((await page.evaluate(() => window.linkedHarness.hovers('h', 0))).length).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.linkedHarness.hovers('h', 1))).toEqual([]);
  await expect(readout('out0')).toHaveCount(0);

  await page.mouse.move(box.x + px, box.y + HEIGHT + 300); // off every chart
  for (const index of ['0', '1', '2']) await expect(readout(index)).toBeHidden();
  await expect(crosshair('1').first()).toBeHidden();
  expect(problems).toEqual([]);
});

test('shareNorm gives the linked charts one colour range; a chart outside keeps its own', async ({ page }) => {
  const problems = await openLinked(page);
  // One row of 10 cells, 30 px each, drawn 'nearest': cell c is the pixels 30c … 30c + 29.
  const z = [Array.from({ length: 10 }, (_, c) => c)];
  const doubled = [z[0]!.map((v) => 2 * v)];
  const props = { extent: [0, 10, 0, 1], interpolation: 'nearest' };
  const setup: Setup = {
    shareNorm: true,
    charts: [chart({ ...props, z }), chart({ ...props, z: doubled }), chart({ ...props, z: doubled, norm: { type: 'linear' } })],
    outside: [chart({ ...props, z })],
  };
  await mount(page, 'n', setup);
  await ready(page, 'n');
  /** The colour the chart drew in cell `column`, at the middle of the figure's height. */
  const colour = async (index: number, column: number) => {
    const png = decodeBase64Png(await page.evaluate(([i, n]) => window.linkedHarness.toBase64(i as string, n as number), ['n', index]));
    const offset = (Math.floor(HEIGHT / 2) * png.width + column * 30 + 15) * 4;
    return [...png.data.subarray(offset, offset + 4)];
  };
  // Value 8: column 8 of z, column 4 of 2z. One range (0 … 18): the same colour in all three.
  const eight = await colour(0, 8);
  expect(await colour(1, 4)).toEqual(eight);
  expect(await colour(2, 4)).toEqual(eight); // the norm object got the limits inside it
  expect(await colour(0, 9)).not.toEqual(await colour(1, 9)); // 9 and 18 differ in one range
  // Outside, z keeps its own range (0 … 9): its 9 is the colormap's top, as 18 is inside.
  expect(await colour(3, 8)).not.toEqual(eight);
  expect(await colour(3, 9)).toEqual(await colour(1, 9));

  // Without shareNorm each chart autoscales to its own data: 8 is 8/9 of z's range, 8/18 of 2z's.
  await update(page, 'n', { shareNorm: false });
  await ready(page, 'n');
  expect(await colour(0, 8)).not.toEqual(await colour(1, 4));
  expect(await colour(0, 9)).toEqual(await colour(1, 9)); // each chart's own maximum
  expect(problems).toEqual([]);
});
