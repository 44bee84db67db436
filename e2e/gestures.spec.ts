// Moving the view: wheel, drag, double click and keys ask for views (onViewChange), the keyboard
// cursor shows and announces the readout, and the host is named and focusable. Every check reads
// the chart's own picks and DOM, so none depends on fonts, layout or timing.
import { expect, test, type Page } from '@playwright/test';
import { openHarness } from './support';

type View = { x: [number, number]; y: [number, number] };
type Pick = { x: number; y: number; row: number; col: number } | null;

async function openGestures(page: Page): Promise<string[]> {
  const problems = await openHarness(page);
  await page.evaluate(async () => {
    const url = '/e2e/harness/gestures.ts';
    await import(url);
  });
  return problems;
}

const ROWS = 15;
const COLS = 15;
const EXTENT = [0, 3, -1, 1] as const;
/** A smooth 15 × 15 field over [0, 3] × [−1, 1], row 0 at the bottom, with axes and contours. */
const props = (more: Record<string, unknown> = {}) => ({
  z: Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLS }, (_, c) => Math.sin(c / 3) * Math.cos(r / 4) + 0.1 * r)),
  extent: EXTENT,
  origin: 'lower',
  interpolation: 'bilinear',
  contours: { levels: 10, colors: 'k' },
  width: 420,
  height: 300,
  pixelRatio: 1,
  renderer: 'cpu',
  ...more,
});

const mount = (page: Page, id: string, p: object, options: object = {}) =>
  page.evaluate(([i, q, o]) => window.gesturesHarness.mount(i as string, q as never, o as never), [id, p, options] as const);
const ready = (page: Page, id: string) => page.evaluate((i) => window.gesturesHarness.ready(i), id);
const views = (page: Page, id: string) => page.evaluate((i) => window.gesturesHarness.views(i), id) as Promise<View[]>;
const pick = (page: Page, id: string, x: number, y: number) =>
  page.evaluate(([i, px, py]) => window.gesturesHarness.pick(i as string, px as number, py as number), [
    id,
    x,
    y,
  ] as const) as Promise<Pick>;
const host = (page: Page, id: string) => page.locator(`[data-gestures="${id}"]`);
const origin = async (page: Page, id: string) => (await host(page, id).boundingBox())!;

/** a ≈ b within 1e-9 of `scale` (the axis' span). */
function near(a: number, b: number, scale: number): void {
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.abs(scale));
}

const span = (pair: readonly [number, number]) => pair[1] - pair[0];

test('the wheel zooms about the pointer: the data point under it stays put, and quick events add up', async ({ page }) => {
  const problems = await openGestures(page);
  await mount(page, 'a', props());
  await ready(page, 'a');
  const box = await origin(page, 'a');
  const before = (await pick(page, 'a', 200, 150))!;
  await page.mouse.move(box.x + 200, box.y + 150);
  await page.mouse.wheel(0, -100);
  await page.mouse.wheel(0, -200);
  await expect.poll(() => views(page, 'a').then((v) => v.length)).toBe(2);
  const [first, second] = await views(page, 'a');
  // 2^(100/300) per 100 px scrolled up; the second event zooms the first one's view, not the drawn one.
  near(span(first!.x), 3 / 2 ** (1 / 3), 3);
  near(span(second!.x), 3 / 2, 3);
  near(span(second!.y), 2 / 2, 2);
  await ready(page, 'a');
  const after = (await pick(page, 'a', 200, 150))!;
  near(after.x, before.x, 3);
  near(after.y, before.y, 2);
  // Scrolling down zooms out about the same point.
  await page.mouse.wheel(0, 300);
  await expect.poll(() => views(page, 'a').then((v) => v.length)).toBe(3);
  near(span((await views(page, 'a'))[2]!.x), 3, 3);
  await ready(page, 'a');
  const back = (await pick(page, 'a', 200, 150))!;
  near(back.x, before.x, 3);
  near(back.y, before.y, 2);
  expect(problems).toEqual([]);
});

test('two fingers pinch: zoomed by their distance about their midpoint, which the picture follows', async ({ page }) => {
  const problems = await openGestures(page);
  await mount(page, 'a', props());
  await ready(page, 'a');
  const box = await origin(page, 'a');
  // Real touches (CDP), so the browser makes the touch pointers a pinch is made of.
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map(([x, y], id) => ({ x: box.x + x, y: box.y + y, id })),
    });
  await touch('touchStart', [
    [170, 150],
    [230, 150],
  ]);
  for (let step = 1; step <= 4; step++) {
    const half = 30 + (30 * step) / 4;
    await touch('touchMove', [
      [220 - half, 140],
      [220 + half, 140],
    ]);
  }
  await touch('touchEnd', []);
  await expect.poll(async () => (await views(page, 'a')).length).toBeGreaterThan(0);
  const pinched = (await views(page, 'a')).at(-1)!;
  // The fingers went from 60 px apart to 120: twice the zoom.
  near(span(pinched.x), 3 / 2, 3);
  near(span(pinched.y), 2 / 2, 2);
  await ready(page, 'a');
  // The midpoint went from (200, 150) to (220, 140); what was under it went along.
  const before = (await pickFresh(page, 200, 150))!;
  const after = (await pick(page, 'a', 220, 140))!;
  near(after.x, before.x, 3);
  near(after.y, before.y, 2);
  expect(problems).toEqual([]);
});

test('dragging pans by the dragged distance; a double click resets to the extent', async ({ page }) => {
  const problems = await openGestures(page);
  await mount(page, 'a', props());
  await ready(page, 'a');
  const box = await origin(page, 'a');
  const grabbed = (await pick(page, 'a', 200, 150))!;
  // A click's jitter (under 3 px) pans nothing.
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 101, box.y + 101);
  await page.mouse.up();
  expect(await views(page, 'a')).toEqual([]);
  await page.mouse.move(box.x + 200, box.y + 150);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 120, { steps: 4 });
  await page.mouse.up();
  const panned = (await views(page, 'a')).at(-1)!;
  near(span(panned.x), 3, 3);
  near(span(panned.y), 2, 2);
  await ready(page, 'a');
  // What was under the pointer when it was pressed is under it where it was released.
  const dropped = (await pick(page, 'a', 260, 120))!;
  near(dropped.x, grabbed.x, 3);
  near(dropped.y, grabbed.y, 2);
  expect(panned.x[0]).toBeLessThan(0);
  expect(panned.y[0]).toBeLessThan(-1);

  await page.mouse.dblclick(box.x + 150, box.y + 100);
  await expect.poll(async () => (await views(page, 'a')).at(-1)).toEqual({ x: [0, 3], y: [-1, 1] });
  await ready(page, 'a');
  expect(await pick(page, 'a', 200, 150)).toEqual(await pickFresh(page, 200, 150));
  expect(problems).toEqual([]);
});

/** The pick of a freshly mounted chart of the same props: the extent's own view. */
async function pickFresh(page: Page, x: number, y: number): Promise<Pick> {
  const id = `fresh-${Math.random().toString(36).slice(2)}`;
  await mount(page, id, props());
  const p = await pick(page, id, x, y);
  await page.evaluate((i) => window.gesturesHarness.destroy(i), id);
  return p;
}

/** The keyboard cursor's cell, read back by picking where its crosshair lines cross. */
async function cursorCell(page: Page, id: string): Promise<Pick> {
  const lines = host(page, id).locator('.contour-heatmap-crosshair');
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toBeVisible();
  const [across, down] = await lines.evaluateAll((els) =>
    els.map((el) => ({ left: parseFloat((el as HTMLElement).style.left), top: parseFloat((el as HTMLElement).style.top) })),
  );
  return pick(page, id, down!.left + 0.5, across!.top + 0.5);
}

test('keys: arrows move a cursor cell by cell with its readout announced, + and − zoom about it, 0 resets', async ({ page }) => {
  const problems = await openGestures(page);
  await mount(page, 'a', props());
  await ready(page, 'a');
  const chart = host(page, 'a');
  await chart.focus();
  await expect(chart.locator('.contour-heatmap-crosshair')).toHaveCount(0);
  // The first arrow shows the cursor on the cell at the view's centre, without moving it.
  await page.keyboard.press('ArrowRight');
  const start = (await cursorCell(page, 'a'))!;
  expect([start.row, start.col]).toEqual([7, 7]);
  const readout = chart.locator('.contour-heatmap-readout');
  const live = chart.locator('.contour-heatmap-live');
  await expect(readout).toBeVisible();
  await expect(readout).toHaveText(/^x=.*, y=.*, z=.*$/);
  await expect(live).toHaveText((await readout.textContent()) as string);
  await expect(live).toHaveAttribute('aria-live', 'polite');

  // Origin lower: up is the next row; right the next column. Held keys move on; the last value is announced.
  for (const [key, row, col] of [
    ['ArrowRight', 7, 8],
    ['ArrowUp', 8, 8],
    ['ArrowUp', 9, 8],
    ['ArrowLeft', 9, 7],
    ['ArrowDown', 8, 7],
  ] as const) {
    await page.keyboard.press(key);
    const at = (await cursorCell(page, 'a'))!;
    expect([at.row, at.col], key).toEqual([row, col]);
  }
  await expect(live).toHaveText((await readout.textContent()) as string);
  expect(await views(page, 'a')).toEqual([]);

  // + zooms by √2 about the cursor's cell centre, which stays where it is.
  const centre = { x: ((7 + 0.5) / COLS) * 3, y: -1 + ((8 + 0.5) / ROWS) * 2 };
  await page.keyboard.press('+');
  await expect.poll(() => views(page, 'a').then((v) => v.length)).toBe(1);
  const zoomed = (await views(page, 'a'))[0]!;
  near(span(zoomed.x), 3 / Math.SQRT2, 3);
  near((centre.x - zoomed.x[0]) / span(zoomed.x), centre.x / 3, 1);
  near((centre.y - zoomed.y[0]) / span(zoomed.y), (centre.y + 1) / 2, 1);
  await ready(page, 'a');
  const still = (await cursorCell(page, 'a'))!;
  expect([still.row, still.col]).toEqual([8, 7]);
  await page.keyboard.press('-');
  await expect.poll(() => views(page, 'a').then((v) => v.length)).toBe(2);
  near(span((await views(page, 'a'))[1]!.x), 3, 3);
  await page.keyboard.press('0');
  await expect.poll(async () => (await views(page, 'a')).at(-1)).toEqual({ x: [0, 3], y: [-1, 1] });
  await ready(page, 'a');

  // Zoomed in, a cursor moved past the view's edge brings the view along, a tenth of the axes inside it.
  const asked = (await views(page, 'a')).length;
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => views(page, 'a').then((v) => v.length)).toBe(asked + 2);
  const narrow = (await views(page, 'a')).at(-1)!;
  near(span(narrow.x), 1.5, 3);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await ready(page, 'a');
  const followed = (await views(page, 'a')).at(-1)!;
  near(span(followed.x), 1.5, 3);
  near(followed.x[0], ((12 + 0.5) / COLS) * 3 - 0.9 * 1.5, 3);
  const edge = (await cursorCell(page, 'a'))!;
  expect([edge.row, edge.col]).toEqual([8, 12]);

  // Escape (or leaving the chart) hides the cursor.
  await page.keyboard.press('Escape');
  await expect(chart.locator('.contour-heatmap-crosshair').first()).toBeHidden();
  await expect(readout).toBeHidden();
  expect(problems).toEqual([]);
});

test('interactive false: no gesture or key moves the view; hover and the readout still work', async ({ page }) => {
  const problems = await openGestures(page);
  await mount(page, 'a', props({ interactive: false }));
  await ready(page, 'a');
  const box = await origin(page, 'a');
  await page.mouse.move(box.x + 200, box.y + 150);
  await expect(host(page, 'a').locator('.contour-heatmap-readout')).toBeVisible();
  await page.mouse.wheel(0, -300);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 120, { steps: 3 });
  await page.mouse.up();
  await page.mouse.dblclick(box.x + 200, box.y + 150);
  await host(page, 'a').focus();
  for (const key of ['+', '-', '0', 'ArrowRight']) await page.keyboard.press(key);
  await ready(page, 'a');
  expect(await views(page, 'a')).toEqual([]);
  await expect(host(page, 'a').locator('.contour-heatmap-crosshair')).toHaveCount(0);
  await expect(host(page, 'a')).not.toHaveAttribute('tabindex');
  // Turned on live, it zooms.
  await page.evaluate((p) => window.gesturesHarness.update('a', p as never), props({ interactive: true }));
  await ready(page, 'a');
  await expect(host(page, 'a')).toHaveAttribute('tabindex', '0');
  await page.mouse.move(box.x + 200, box.y + 150);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => views(page, 'a').then((v) => v.length)).toBe(1);
  expect(problems).toEqual([]);
});

test('a controlled view stays put while its parent does not pass a new one, and follows a parent that does', async ({ page }) => {
  const problems = await openGestures(page);
  const view = { x: [0.5, 2.5], y: [-0.8, 0.8] };
  await mount(page, 'ignored', props({ view }), { control: 'ignore' });
  await mount(page, 'followed', props({ view }), { control: 'follow' });
  for (const id of ['ignored', 'followed']) {
    await ready(page, id);
    const texts = await page.evaluate((i) => window.gesturesHarness.texts(i), id);
    const before = await pick(page, id, 150, 100);
    const box = await origin(page, id);
    await page.mouse.move(box.x + 200, box.y + 150);
    await page.mouse.wheel(0, -300);
    await page.mouse.move(box.x + 10, box.y + 10);
    await expect.poll(() => views(page, id).then((v) => v.length)).toBe(1);
    near(span((await views(page, id))[0]!.x), 1, 2);
    await ready(page, id);
    if (id === 'ignored') {
      expect(await page.evaluate((i) => window.gesturesHarness.texts(i), id)).toEqual(texts);
      expect(await pick(page, id, 150, 100)).toEqual(before);
    } else {
      expect(await page.evaluate((i) => window.gesturesHarness.texts(i), id)).not.toEqual(texts);
      expect(await pick(page, id, 150, 100)).not.toEqual(before);
    }
  }
  expect(problems).toEqual([]);
});

test('the host is a focusable, named image; the page’s own attributes and the ariaLabel option win; destroy puts them back', async ({
  page,
}) => {
  const problems = await openGestures(page);
  await mount(page, 'auto', props());
  await mount(page, 'option', props({ ariaLabel: 'Temperature map' }));
  await mount(page, 'page', props({ interactive: false }), { attributes: { 'aria-label': 'Page label', role: 'figure', tabindex: '-1' } });
  for (const id of ['auto', 'option', 'page']) await ready(page, id);
  const auto = host(page, 'auto');
  await expect(auto).toHaveAttribute('role', 'img');
  await expect(auto).toHaveAttribute('tabindex', '0');
  await expect(auto).toHaveAttribute('aria-label', /^heatmap, 15 × 15 cells, values −?[\d.]+ to [\d.]+, \d+ contour levels$/);
  await expect(host(page, 'option')).toHaveAttribute('aria-label', 'Temperature map');
  await expect(host(page, 'page')).toHaveAttribute('aria-label', 'Page label');
  await expect(host(page, 'page')).toHaveAttribute('role', 'figure');
  await expect(host(page, 'page')).toHaveAttribute('tabindex', '-1');
  // Zoomed, the label says what is shown.
  const box = await origin(page, 'auto');
  await page.mouse.move(box.x + 200, box.y + 150);
  await page.mouse.wheel(0, -300);
  await ready(page, 'auto');
  await expect(auto).toHaveAttribute('aria-label', /, showing x [\d.]+ to [\d.]+, y −?[\d.]+ to −?[\d.]+$/);

  await page.evaluate(() => ['auto', 'page'].forEach((i) => window.gesturesHarness.destroy(i)));
  for (const attribute of ['role', 'tabindex', 'aria-label']) await expect(auto).not.toHaveAttribute(attribute);
  await expect(host(page, 'page')).toHaveAttribute('aria-label', 'Page label');
  await expect(host(page, 'page')).toHaveAttribute('role', 'figure');
  await expect(host(page, 'page')).toHaveAttribute('tabindex', '-1');
  expect(problems).toEqual([]);
});

test('the cursor’s readout and crosshair are not in the export, and go with the chart', async ({ page }) => {
  const problems = await openGestures(page);
  await mount(page, 'a', props());
  await ready(page, 'a');
  const before = await page.evaluate(() => window.gesturesHarness.toBase64('a'));
  await host(page, 'a').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(host(page, 'a').locator('.contour-heatmap-crosshair').first()).toBeVisible();
  await expect(host(page, 'a').locator('.contour-heatmap-readout')).toBeVisible();
  expect(
    await host(page, 'a')
      .locator('.contour-heatmap-crosshair')
      .first()
      .evaluate((el) => getComputedStyle(el).pointerEvents),
  ).toBe('none');
  expect(await page.evaluate(() => window.gesturesHarness.toBase64('a'))).toBe(before);
  await page.evaluate(() => window.gesturesHarness.destroy('a'));
  await page.evaluate(() => window.gesturesHarness.destroy('a'));
  for (const part of ['crosshair', 'readout', 'live']) await expect(host(page, 'a').locator(`.contour-heatmap-${part}`)).toHaveCount(0);
  // No key or wheel reaches a destroyed chart.
  await host(page, 'a').focus();
  await page.keyboard.press('+');
  expect(await views(page, 'a')).toEqual([]);
  expect(problems).toEqual([]);
});
