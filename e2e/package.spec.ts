// The React component as a package's users see it: props compared by value (a parent's re-render
// with equal props does no work), attributes passed through to the root, a style height, errors
// rendered the user's way; and the demo pages' favicon. Driven through e2e/consumers/react-page.html.
import { expect, test, type Page } from '@playwright/test';
import type { PageProps } from './consumers/reactPage';
import { decodeBase64Png, watchConsole } from './support';

async function openPage(page: Page): Promise<string[]> {
  const problems = watchConsole(page);
  await page.goto('/e2e/consumers/react-page.html');
  await expect(page.locator('body[data-page="ready"]')).toBeAttached();
  return problems;
}

const mount = (page: Page, id: string, props: PageProps, options: { strict?: boolean } = {}) =>
  page.evaluate(([i, p, o]) => window.reactPage.mount(i, p, o), [id, props, options] as const);
const rerender = (page: Page, id: string, props: PageProps) =>
  page.evaluate(([i, p]) => window.reactPage.rerender(i, p), [id, props] as const);
const stats = (page: Page, id: string) => page.evaluate((i) => window.reactPage.stats(i), id);
const root = (page: Page, id: string) => page.locator(`[data-page="${id}"] > .contour-heatmap`);

/** Props as the README writes them: inline arrays and objects, re-created on every render. */
const inline: PageProps = {
  z: { grid: 'rows', rows: 30, cols: 40 },
  extent: [-3, 4, -4, 3],
  origin: 'lower',
  interpolation: 'bicubic',
  cmap: {
    stops: [
      [0, 'navy'],
      [0.5, 'w'],
      [1, 'gold'],
    ],
  },
  norm: { type: 'twoSlope', vcenter: 0.2 },
  contours: {
    levels: [-0.5, 0, 0.5, 1],
    colors: ['k', 'tab:red'],
    linewidths: [1, 2],
    linestyles: 'dashed',
    filled: { cmap: 'jet', alpha: 0.3 },
  },
  width: 240,
  height: 160,
  pixelRatio: 1,
  style: { border: '1px solid #ccc' },
};

for (const strict of [false, true]) {
  test(`a re-render with equal props (new objects, same values) does no work${strict ? ' (StrictMode)' : ''}`, async ({ page }) => {
    const problems = await openPage(page);
    await mount(page, 'a', inline, { strict });
    await expect(root(page, 'a')).toHaveAttribute('data-ready', 'true');
    const drawn = await stats(page, 'a');
    expect(drawn.readyCalls).toBe(1);

    for (let i = 0; i < 5; i++) await rerender(page, 'a', inline);
    // A flat grid in a new wrapper object around the same values array is the same grid too.
    const after = await stats(page, 'a');
    expect(after).toEqual(drawn); // no data-ready flip, no DOM change, no onReady
    await expect(root(page, 'a')).toHaveAttribute('data-ready', 'true');

    // The control: a changed value (one level) does update and redraw, once.
    await rerender(page, 'a', { ...inline, contours: { ...(inline.contours as object), levels: [-0.5, 0, 0.5, 0.9] } });
    await expect(root(page, 'a')).toHaveAttribute('data-ready', 'true');
    await expect.poll(async () => (await stats(page, 'a')).readyCalls).toBe(2);
    const changed = await stats(page, 'a');
    expect(changed.readyValues.slice(drawn.readyValues.length)).toEqual(['false', 'true']);
    expect(changed.mutations).toBeGreaterThan(drawn.mutations);
    expect(problems).toEqual([]);
  });
}

test('a flat grid re-rendered in a new { values, rows, cols } object around the same values array is not updated', async ({ page }) => {
  const problems = await openPage(page);
  const props: PageProps = {
    z: { grid: 'flat', rows: 300, cols: 300 },
    contours: { levels: 8, colors: 'k' },
    width: 200,
    height: 150,
    pixelRatio: 1,
  };
  await mount(page, 'flat', props);
  await expect(root(page, 'flat')).toHaveAttribute('data-ready', 'true');
  const drawn = await stats(page, 'flat');
  for (let i = 0; i < 3; i++) await rerender(page, 'flat', props);
  expect(await stats(page, 'flat')).toEqual(drawn);
  // A different grid is drawn.
  await rerender(page, 'flat', { ...props, z: { grid: 'flat', rows: 200, cols: 300 } });
  await expect.poll(async () => (await stats(page, 'flat')).readyCalls).toBe(2);
  expect(problems).toEqual([]);
});

test('id, className, style, role, title, tabIndex, aria-* and data-* reach the root element', async ({ page }) => {
  const problems = await openPage(page);
  await mount(page, 'attrs', {
    ...inline,
    id: 'my-chart',
    className: 'figure wide',
    style: { outline: '2px solid rgb(255, 0, 0)' },
    role: 'img',
    title: 'A heatmap',
    tabIndex: 0,
    'aria-label': 'Heatmap of the field',
    'aria-describedby': 'caption',
    'data-testid': 'chart',
    'data-series': 'temperature',
    // The chart's own attribute is not overridden.
    'data-ready': 'mine',
  } as PageProps);
  const el = root(page, 'attrs');
  await expect(el).toHaveAttribute('data-ready', 'true');
  await expect(el).toHaveAttribute('id', 'my-chart');
  await expect(el).toHaveClass('contour-heatmap figure wide');
  await expect(el).toHaveCSS('outline-color', 'rgb(255, 0, 0)');
  await expect(el).toHaveAttribute('role', 'img');
  await expect(el).toHaveAttribute('title', 'A heatmap');
  await expect(el).toHaveAttribute('tabindex', '0');
  await expect(el).toHaveAttribute('aria-label', 'Heatmap of the field');
  await expect(el).toHaveAttribute('aria-describedby', 'caption');
  await expect(el).toHaveAttribute('data-testid', 'chart');
  await expect(el).toHaveAttribute('data-series', 'temperature');
  // Changing an attribute re-renders the root, not the chart.
  const drawn = await stats(page, 'attrs');
  await rerender(page, 'attrs', { ...inline, id: 'my-chart', title: 'Another title' });
  await expect(el).toHaveAttribute('title', 'Another title');
  await expect(el).not.toHaveAttribute('data-testid', 'chart');
  const after = await stats(page, 'attrs');
  expect(after.readyValues).toEqual(drawn.readyValues);
  expect(after.readyCalls).toBe(drawn.readyCalls);
  expect(problems).toEqual([]);
});

test('without the height prop, a style height sizes the chart', async ({ page }) => {
  const problems = await openPage(page);
  const { height: _height, ...props } = inline;
  await mount(page, 'tall', { ...props, width: 240, style: { height: 180 } });
  const el = root(page, 'tall');
  await expect(el).toHaveAttribute('data-ready', 'true');
  expect(await el.evaluate((e) => e.getBoundingClientRect().height)).toBe(180);
  const png = decodeBase64Png(await page.evaluate(() => window.reactPage.toBase64('tall')));
  expect([png.width, png.height]).toEqual([240, 180]);
  // A changed option (the chart sizes its host again on every update) keeps the style height.
  await rerender(page, 'tall', { ...props, width: 240, cmap: 'viridis', style: { height: 180 } });
  await expect.poll(async () => (await stats(page, 'tall')).readyCalls).toBe(2);
  expect(await el.evaluate((e) => e.getBoundingClientRect().height)).toBe(180);
  expect(problems).toEqual([]);
});

test('renderError: omitted, the chart’s box; false, nothing; a function, its content, gone once the props are valid', async ({ page }) => {
  const problems = await openPage(page);
  const bad: PageProps = { ...inline, z: [[1, 2], [3]] };
  const message = /invalid prop "z": ragged rows/;

  await mount(page, 'box', bad);
  await expect(root(page, 'box').locator('.contour-heatmap-error')).toHaveText(message);

  await mount(page, 'none', { ...bad, renderError: 'none' });
  await expect(root(page, 'none')).toHaveAttribute('data-error', message);
  await expect(root(page, 'none').locator('.contour-heatmap-error')).toHaveCount(0);
  expect((await stats(page, 'none')).errors).toEqual([expect.stringMatching(message)]);

  await mount(page, 'custom', { ...bad, renderError: 'custom' });
  const custom = root(page, 'custom');
  await expect(custom.locator('.contour-heatmap-error')).toHaveCount(1);
  await expect(custom.locator('.contour-heatmap-error > .custom-error')).toHaveText(
    /^Oops: contour-heatmap: invalid prop "z": ragged rows/,
  );
  await expect(custom).toHaveAttribute('data-error', message);
  // Valid props: the error and its content go, the chart draws.
  await rerender(page, 'custom', { ...inline, renderError: 'custom' });
  await expect(custom).toHaveAttribute('data-ready', 'true');
  await expect(custom.locator('.contour-heatmap-error')).toHaveCount(0);
  await expect(custom).not.toHaveAttribute('data-error');
  // An error found while drawing (a grid of more than GRID_SLICE cells is validated in slices, after the update) is rendered the same way.
  await rerender(page, 'custom', {
    ...inline,
    renderError: 'custom',
    z: { grid: 'flat', rows: 1000, cols: 1000 },
    extent: [0, 1, 0] as never,
  });
  await expect(custom.locator('.contour-heatmap-error > .custom-error')).toHaveText(/^Oops: contour-heatmap: invalid prop "extent"/);
  await expect(custom.locator('.contour-heatmap-error')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('the demo pages link a favicon that is served', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto('/');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  const icon = await page.request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  for (const path of ['/playground.html', '/stress.html', '/bench.html']) {
    expect(await (await page.request.get(path)).text()).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
  }
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
});
