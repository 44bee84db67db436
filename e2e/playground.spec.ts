// The playground as a user sees it: every control reaches the chart, and the picture, the live
// export, the matplotlib code, the renderer and the chart's own errors follow.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { compareImages } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, imageHeader, watchConsole } from './support';

interface Seen {
  /** The chart as drawn on screen. */
  readonly picture: Buffer;
  /** The live export's base64 (its textarea). */
  readonly base64: string;
  readonly code: string;
}

async function openPlayground(page: Page): Promise<string[]> {
  const problems = watchConsole(page);
  await page.goto('/playground.html');
  await settled(page);
  return problems;
}

const host = (page: Page): Locator => page.locator('.contour-heatmap');
const control = (page: Page, group: string, label: string): Locator => page.getByRole('group', { name: group }).getByLabel(label, { exact: true });

/** Waits until the current options are drawn and exported. */
async function settled(page: Page): Promise<void> {
  await expect(host(page)).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.export')).toHaveAttribute('data-state', 'done');
}

async function seen(page: Page): Promise<Seen> {
  await settled(page);
  return {
    picture: await host(page).screenshot(),
    base64: await page.getByLabel('base64', { exact: true }).inputValue(),
    code: (await page.getByTestId('matplotlib-code').textContent()) ?? '',
  };
}

test('the playground loads with no console errors and shows the seed figure, its export, renderer and code', async ({ page }) => {
  const problems = await openPlayground(page);
  await expect(page.getByTestId('ready')).toHaveText('data-ready: true');
  // Small pictures are drawn on the CPU under renderer 'auto'.
  await expect(host(page)).toHaveAttribute('data-renderer', 'cpu');
  await expect(page.getByTestId('renderer')).toHaveText('renderer: cpu');
  await expect(page.locator('.contour-heatmap path')).toHaveCount(11);

  const { base64, code } = await seen(page);
  expect(imageHeader(base64).format).toBe('png');
  const png = decodeBase64Png(base64);
  expect([png.width, png.height]).toEqual([560, 350]);
  await expect(page.getByLabel('base64 length')).toHaveText(String(base64.length));
  await expect(page.getByAltText('the exported picture')).toHaveAttribute('src', `data:image/png;base64,${base64}`);
  expect(code).toContain("cmap = matplotlib.colormaps['jet']");
  expect(code).toContain("interpolation='spline36'");
  expect(code).toContain("ax.contour(X, Y, Z, 10, colors='k')");
  expect(code).toContain("fig.savefig('figure.png', dpi=100, transparent=True)");
  expect(problems).toEqual([]);
});

test('changing cmap, interpolation, levels, norm, interpolationStage and data changes the picture, the export and the code', async ({ page }) => {
  const problems = await openPlayground(page);
  const changes: { what: string; apply: () => Promise<unknown>; code: string }[] = [
    { what: 'cmap', apply: () => control(page, 'Colours', 'cmap').selectOption('viridis'), code: "colormaps['viridis']" },
    // Before 'nearest', with which both stages draw the same picture.
    { what: 'interpolationStage', apply: () => control(page, 'Image', 'interpolationStage').selectOption('rgba'), code: "interpolation_stage='rgba'" },
    { what: 'interpolation', apply: () => control(page, 'Image', 'interpolation').selectOption('nearest'), code: "interpolation='nearest'" },
    { what: 'levels', apply: () => control(page, 'Contours', 'levels').fill('-0.5, 0, 0.5'), code: 'ax.contour(X, Y, Z, [-0.5, 0, 0.5]' },
    { what: 'norm type', apply: () => control(page, 'Norm', 'norm').selectOption('log'), code: 'norm=colors.LogNorm()' },
    {
      what: 'norm parameter',
      apply: async () => {
        await control(page, 'Norm', 'norm').selectOption('power');
        await control(page, 'Norm', 'norm.gamma').fill('3');
      },
      code: 'norm=colors.PowerNorm(3)',
    },
    {
      what: 'data source',
      apply: async () => {
        await control(page, 'Data', 'z').selectOption('waves');
        await control(page, 'Data', 'rows').fill('40');
      },
      code: 'i, j = np.mgrid[0:40, 0:64]',
    },
  ];
  let before = await seen(page);
  for (const change of changes) {
    await change.apply();
    const after = await seen(page);
    expect(after.picture.equals(before.picture), `${change.what}: the drawn picture changes`).toBe(false);
    expect(after.base64, `${change.what}: the export changes`).not.toBe(before.base64);
    expect(after.code, `${change.what}: the code changes`).not.toBe(before.code);
    expect(after.code).toContain(change.code);
    before = after;
  }
  await expect(page.locator('.status')).toContainText('grid 40 × 64');
  expect(problems).toEqual([]);
});

test('the renderer control switches between WebGL and the CPU, which draw the same picture', async ({ page }) => {
  const problems = await openPlayground(page);
  const renderers: Record<string, Seen> = {};
  for (const renderer of ['gpu', 'cpu'] as const) {
    await control(page, 'Layout', 'renderer').selectOption(renderer);
    renderers[renderer] = await seen(page);
    await expect(host(page)).toHaveAttribute('data-renderer', renderer);
    await expect(page.getByTestId('renderer')).toHaveText(`renderer: ${renderer}`);
    expect(renderers[renderer]!.code).toContain(`# contour-heatmap only: renderer='${renderer}'`);
  }
  const [gpu, cpu] = [decodeBase64Png(renderers.gpu!.base64), decodeBase64Png(renderers.cpu!.base64)];
  // The same picture from either renderer, within the project's bound for GPU vs CPU (fidelity.spec.ts).
  expect(compareImages(gpu, cpu).meanAbs).toBeLessThan(1);
  expect(problems).toEqual([]);
});

test('an invalid entry shows the chart error naming the prop, and fixing it recovers', async ({ page }) => {
  const problems = await openPlayground(page);
  const entries = [
    { group: 'Contours', label: 'levels', bad: '3, 1, 2', good: '-1, 0, 1', prop: 'contours.levels' },
    { group: 'Colours', label: 'underColor', bad: 'notacolour', good: 'tab:blue', prop: 'underColor' },
    { group: 'Contours', label: 'colour', bad: '#12', good: '0.3', prop: 'contours.colors' },
  ];
  for (const { group, label, bad, good, prop } of entries) {
    await control(page, group, label).fill(bad);
    // The component's own message, in the chart and in the status line.
    const message = new RegExp(`invalid prop "${prop.replace('.', '\\.')}"`);
    await expect(page.locator('.contour-heatmap-error')).toHaveText(message);
    await expect(page.getByTestId('chart-error')).toHaveText(message);
    await expect(host(page)).toHaveAttribute('data-ready', 'false');
    await expect(page.locator('.export')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('.export .status-error')).toHaveText(message);

    await control(page, group, label).fill(good);
    await settled(page);
    await expect(page.locator('.contour-heatmap-error')).toHaveCount(0);
    await expect(page.getByTestId('chart-error')).toHaveCount(0);
  }
  // The page keeps working: a later change still draws and exports.
  const before = await seen(page);
  await control(page, 'Colours', 'cmap').selectOption('RdBu_r');
  const after = await seen(page);
  expect(after.base64).not.toBe(before.base64);
  expect(problems).toEqual([]);
});

test('the export follows the format: JPEG with its quality, then PNG again', async ({ page }) => {
  const problems = await openPlayground(page);
  const png = await seen(page);

  await page.getByLabel('format', { exact: true }).selectOption('image/jpeg');
  const jpeg = await seen(page);
  expect(imageHeader(jpeg.base64).format).toBe('jpeg');
  await expect(page.getByAltText('the exported picture')).toHaveAttribute('src', `data:image/jpeg;base64,${jpeg.base64}`);
  await expect(page.getByLabel('base64 length')).toHaveText(String(jpeg.base64.length));
  expect(jpeg.code).toContain("fig.savefig('figure.jpg', dpi=100, pil_kwargs={'quality': 90})");

  await page.getByLabel('quality', { exact: true }).fill('0.2');
  const rough = await seen(page);
  expect(imageHeader(rough.base64).format).toBe('jpeg');
  expect(rough.base64.length).toBeLessThan(jpeg.base64.length);
  expect(rough.code).toContain("'quality': 20");

  await page.getByLabel('format', { exact: true }).selectOption('image/png');
  const again = await seen(page);
  expect(imageHeader(again.base64).format).toBe('png');
  expect(again.base64).toBe(png.base64);
  expect(problems).toEqual([]);
});

test('filled contours, lines and no heatmap change the picture and the code', async ({ page }) => {
  const problems = await openPlayground(page);
  await control(page, 'Contours', 'colors').selectOption('cmap');
  let before = await seen(page);
  // Without the heatmap, which the chart draws over filled contours.
  const steps: { what: string; apply: () => Promise<unknown>; code: RegExp }[] = [
    { what: 'no heatmap', apply: () => control(page, 'Image', 'heatmap').uncheck(), code: /^(?![\s\S]*ax\.imshow)[\s\S]*ax\.contour\(X, Y, Z, 10\)/ },
    { what: 'filled', apply: () => control(page, 'Contours', 'filled').check(), code: /ax\.contourf\(X, Y, Z, 10\)\n/ },
    { what: 'extend', apply: () => control(page, 'Contours', 'extend').selectOption('both'), code: /ax\.contourf\(X, Y, Z, 10, extend='both'\)/ },
    { what: 'lines', apply: () => control(page, 'Contours', 'lines').selectOption('on'), code: /ax\.contour\(X, Y, Z, 10, extend='both'\)/ },
    {
      what: 'bands with their own colormap',
      apply: () => control(page, 'Contours', 'filled.cmap').selectOption('jet'),
      code: /ax\.contourf\(X, Y, Z, 10, cmap='jet', extend='both'\)[\s\S]*ax\.contour\(X, Y, Z, 10, extend='both'\)/,
    },
  ];
  for (const step of steps) {
    await step.apply();
    const after = await seen(page);
    expect(after.picture.equals(before.picture), `${step.what}: the drawn picture changes`).toBe(false);
    expect(after.base64, `${step.what}: the export changes`).not.toBe(before.base64);
    expect(after.code).toMatch(step.code);
    before = after;
  }
  await expect(page.locator('.contour-heatmap path').first()).toBeAttached();

  await control(page, 'Image', 'heatmap').check();
  await control(page, 'Image', 'interpolationStage').selectOption('rgba');
  const { code } = await seen(page);
  expect(code).toContain("interpolation_stage='rgba'");
  expect(code).toContain("ax.contourf(X, Y, Z, 10, cmap='jet', extend='both', zorder=-1)");
  expect(problems).toEqual([]);
});
