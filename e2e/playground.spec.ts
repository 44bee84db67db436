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
const control = (page: Page, group: string, label: string): Locator =>
  page.getByRole('group', { name: group }).getByLabel(label, { exact: true });

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
  await expect(page.locator('.contour-heatmap path[data-level]')).toHaveCount(11);
  // The seed figure has matplotlib's axes by default: ticks on both axes, no colorbar, no contour labels.
  await expect(page.locator('[data-axis="x"]').first()).toBeAttached();
  await expect(page.locator('[data-axis="y"]').first()).toBeAttached();
  await expect(page.locator('.contour-heatmap-colorbar')).toHaveCount(0);
  await expect(page.locator('[data-clabel]')).toHaveCount(0);

  const { base64, code } = await seen(page);
  expect(imageHeader(base64).format).toBe('png');
  const png = decodeBase64Png(base64);
  expect([png.width, png.height]).toEqual([560, 350]);
  await expect(page.getByLabel('base64 length')).toHaveText(String(base64.length));
  await expect(page.getByAltText('the exported picture')).toHaveAttribute('src', `data:image/png;base64,${base64}`);
  expect(code).toContain("cmap = matplotlib.colormaps['jet']");
  expect(code).toContain("interpolation='spline36'");
  expect(code).toContain("cs = ax.contour(X, Y, Z, 10, colors='k')");
  expect(code).toContain('fig = Figure(figsize=(5.6, 3.5), dpi=100)\nax = fig.add_subplot()\n');
  expect(code).not.toContain('set_axis_off');
  // With axes, the figure is white, as savefig's default.
  expect(code).toContain("fig.savefig('figure.png', dpi=100)");
  expect(problems).toEqual([]);
});

test('changing cmap, interpolation, levels, norm, interpolationStage and data changes the picture, the export and the code', async ({
  page,
}) => {
  const problems = await openPlayground(page);
  const changes: { what: string; apply: () => Promise<unknown>; code: string }[] = [
    { what: 'cmap', apply: () => control(page, 'Colours', 'cmap').selectOption('viridis'), code: "colormaps['viridis']" },
    // Before 'nearest', with which both stages draw the same picture.
    {
      what: 'interpolationStage',
      apply: () => control(page, 'Image', 'interpolationStage').selectOption('rgba'),
      code: "interpolation_stage='rgba'",
    },
    {
      what: 'interpolation',
      apply: () => control(page, 'Image', 'interpolation').selectOption('nearest'),
      code: "interpolation='nearest'",
    },
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
  const format = page.getByRole('region', { name: 'export' }).getByLabel('format', { exact: true });

  await format.selectOption('image/jpeg');
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

  await format.selectOption('image/png');
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
    {
      what: 'no heatmap',
      apply: () => control(page, 'Image', 'heatmap').uncheck(),
      code: /^(?![\s\S]*ax\.imshow)[\s\S]*ax\.contour\(X, Y, Z, 10\)/,
    },
    { what: 'filled', apply: () => control(page, 'Contours', 'filled').check(), code: /ax\.contourf\(X, Y, Z, 10\)\n/ },
    {
      what: 'extend',
      apply: () => control(page, 'Contours', 'extend').selectOption('both'),
      code: /ax\.contourf\(X, Y, Z, 10, extend='both'\)/,
    },
    {
      what: 'lines',
      apply: () => control(page, 'Contours', 'lines').selectOption('on'),
      code: /ax\.contour\(X, Y, Z, 10, extend='both'\)/,
    },
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

/** An element's box in the chart, in CSS px relative to the chart's root. */
async function boxIn(page: Page, selector: string): Promise<{ left: number; top: number; width: number; height: number }> {
  const [root, box] = await Promise.all([host(page).boundingBox(), page.locator(`.contour-heatmap ${selector}`).boundingBox()]);
  if (!root || !box) throw new Error(`no box for ${selector}`);
  return { left: box.x - root.x, top: box.y - root.y, width: box.width, height: box.height };
}

/** The font sizes (CSS px) the chart's texts matching `selector` are drawn with. */
async function fontSizes(page: Page, selector: string): Promise<number[]> {
  return page.locator(`.contour-heatmap ${selector}`).evaluateAll((els) => els.map((el) => Number(el.getAttribute('font-size'))));
}

/** Points to CSS px, as the chart draws text (dpi 100). */
const px = (pt: number) => (pt * 100) / 72;

interface Step {
  readonly what: string;
  readonly apply: () => Promise<unknown>;
  /** The chart's DOM after the step. */
  readonly check: () => Promise<unknown>;
  /** Lines (or patterns) the matplotlib code must then have. */
  readonly code: readonly (string | RegExp)[];
}

/** Applies each step; the picture, the export and the code must change, the chart show what the step asks for. */
async function runSteps(page: Page, steps: readonly Step[]): Promise<Seen> {
  let before = await seen(page);
  for (const step of steps) {
    await step.apply();
    const after = await seen(page);
    expect(after.picture.equals(before.picture), `${step.what}: the drawn picture changes`).toBe(false);
    expect(after.base64, `${step.what}: the export changes`).not.toBe(before.base64);
    await step.check();
    for (const line of step.code) {
      if (typeof line === 'string') expect(after.code, step.what).toContain(line);
      else expect(after.code, step.what).toMatch(line);
    }
    before = after;
  }
  return before;
}

test('the axes controls: title, axis labels, tick label size, frame and axes off change the chart and the code', async ({ page }) => {
  const problems = await openPlayground(page);
  const axes = (label: string) => control(page, 'Axes', label);
  const spines = () => page.locator('.contour-heatmap line:not([data-axis] line)');
  await expect(spines()).toHaveCount(4);
  await runSteps(page, [
    {
      what: 'title',
      apply: () => axes('title').fill('Bivariate normal'),
      check: () => expect(page.locator('[data-text="title"]')).toHaveText('Bivariate normal'),
      code: ["ax.set_title('Bivariate normal')"],
    },
    {
      what: 'xlabel',
      apply: () => axes('xlabel').fill('x (m)'),
      check: () => expect(page.locator('[data-text="xlabel"]')).toHaveText('x (m)'),
      code: ["ax.set_xlabel('x (m)')"],
    },
    {
      what: 'ylabel',
      apply: () => axes('ylabel').fill("y's"),
      check: () => expect(page.locator('[data-text="ylabel"]')).toHaveText("y's"),
      code: ["ax.set_ylabel('y\\'s')"],
    },
    {
      what: 'tick label size',
      apply: () => axes('fontSize').fill('14'),
      check: async () => {
        const ticks = await fontSizes(page, '[data-axis] text');
        expect(ticks.length).toBeGreaterThan(0);
        for (const size of ticks) expect(size).toBeCloseTo(px(14), 3);
        // The axis labels as the ticks, the title 1.2 × (matplotlib's 'medium' and 'large').
        expect((await fontSizes(page, '[data-text="xlabel"]'))[0]).toBeCloseTo(px(14), 3);
        expect((await fontSizes(page, '[data-text="title"]'))[0]).toBeCloseTo(px(14 * 1.2), 3);
      },
      code: ['ax.tick_params(labelsize=14)', "ax.set_title('Bivariate normal', fontsize=16.8)", "ax.set_xlabel('x (m)', fontsize=14)"],
    },
    {
      what: 'frame off',
      apply: () => axes('frame').uncheck(),
      check: async () => {
        await expect(spines()).toHaveCount(0);
        await expect(page.locator('[data-axis="x"]').first()).toBeAttached();
      },
      code: ['ax.spines[:].set_visible(False)'],
    },
    {
      what: 'axes off',
      apply: () => axes('axes').uncheck(),
      check: async () => {
        await expect(page.locator('[data-axis]')).toHaveCount(0);
        await expect(page.locator('[data-text]')).toHaveCount(0);
        await expect(page.locator('.contour-heatmap-axes')).toHaveCount(0);
        await expect(axes('title')).toBeDisabled();
      },
      // As axes={false}: the image fills the figure, whose background is transparent.
      code: [
        'ax = fig.add_subplot()\nax.set_axis_off()\nfig.subplots_adjust(0, 0, 1, 1)\n',
        "fig.savefig('figure.png', dpi=100, transparent=True)",
      ],
    },
  ]);
  const { code } = await seen(page);
  for (const call of ['ax.set_title', 'ax.set_xlabel', 'ax.set_ylabel', 'ax.tick_params', 'ax.spines']) expect(code).not.toContain(call);

  await axes('axes').check();
  await settled(page);
  await expect(page.locator('[data-text="title"]')).toHaveText('Bivariate normal');
  await expect(page.locator('[data-axis="y"]').first()).toBeAttached();
  expect(problems).toEqual([]);
});

test('the colorbar controls: on, orientation, label; of the filled contours without the heatmap; not without axes', async ({ page }) => {
  const problems = await openPlayground(page);
  const colorbar = (label: string) => control(page, 'Colorbar', label);
  const full = await boxIn(page, '.contour-heatmap-axes');
  await expect(colorbar('orientation')).toBeDisabled();
  await runSteps(page, [
    {
      what: 'colorbar on',
      apply: () => colorbar('colorbar').check(),
      check: async () => {
        await expect(page.locator('.contour-heatmap-colorbar')).toHaveCount(1);
        await expect(page.locator('[data-axis="colorbar"]').first()).toBeAttached();
        const bar = await boxIn(page, '.contour-heatmap-colorbar');
        expect(bar.height).toBeGreaterThan(bar.width);
        // The axes make room for it on their right, as fig.colorbar(im, ax=ax) does.
        const axesBox = await boxIn(page, '.contour-heatmap-axes');
        expect(axesBox.width).toBeLessThan(full.width);
        expect(bar.left).toBeGreaterThan(axesBox.left + axesBox.width);
      },
      code: ["cbar = fig.colorbar(im, ax=ax, orientation='vertical')"],
    },
    {
      what: 'horizontal',
      apply: () => colorbar('orientation').selectOption('horizontal'),
      check: async () => {
        const bar = await boxIn(page, '.contour-heatmap-colorbar');
        expect(bar.width).toBeGreaterThan(bar.height);
        const axesBox = await boxIn(page, '.contour-heatmap-axes');
        expect(bar.top).toBeGreaterThan(axesBox.top + axesBox.height);
      },
      code: ["cbar = fig.colorbar(im, ax=ax, orientation='horizontal')"],
    },
    {
      what: 'label',
      apply: () => colorbar('label').fill('z value'),
      check: () => expect(page.locator('[data-text="colorbar-label"]')).toHaveText('z value'),
      code: ["cbar.set_label('z value')"],
    },
    {
      what: 'filled contours without the heatmap',
      apply: async () => {
        await control(page, 'Image', 'heatmap').uncheck();
        await control(page, 'Contours', 'colors').selectOption('cmap');
        await control(page, 'Contours', 'filled').check();
      },
      // contourf's colorbar: ticks on the levels (-1.8 … 1.5 by 0.3), every other one as matplotlib's FixedLocator(nbins=10) keeps.
      check: async () => {
        const ticks = page.locator('[data-axis="colorbar"]:not([data-minor])');
        await expect(ticks).toHaveCount(6);
        const values = await ticks.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-tick'))));
        [-1.8, -1.2, -0.6, 0, 0.6, 1.2].forEach((level, i) => expect(values[i]).toBeCloseTo(level, 9));
      },
      code: [/^(?![\s\S]*ax\.imshow)[\s\S]*cf = ax\.contourf\(X, Y, Z, 10\)/, "cbar = fig.colorbar(cf, ax=ax, orientation='horizontal')"],
    },
  ]);

  // A colorbar belongs to axes: without them the chart names the prop, and recovers with them.
  await control(page, 'Axes', 'axes').uncheck();
  await expect(page.getByTestId('chart-error')).toHaveText(/invalid prop "colorbar"/);
  await control(page, 'Axes', 'axes').check();
  await settled(page);
  await expect(page.locator('.contour-heatmap-colorbar')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('the contour label controls: labels, font size, format and inline change the labels and the clabel call', async ({ page }) => {
  const problems = await openPlayground(page);
  const labels = (label: string) => control(page, 'Contour labels', label);
  const texts = () => page.locator('[data-clabel]').allTextContents();
  const linePaths = () =>
    page.locator('.contour-heatmap path[data-level]').evaluateAll((els) => els.map((el) => el.getAttribute('d')).join('\n'));
  await expect(labels('fontSize')).toBeDisabled();
  let uncut = '';
  await runSteps(page, [
    {
      what: 'labels on',
      apply: async () => {
        uncut = await linePaths();
        await labels('labels').check();
      },
      check: async () => {
        await expect(page.locator('[data-clabel]').first()).toBeAttached();
        // matplotlib's ScalarFormatter texts for the levels, −0.6 with a minus sign.
        expect(await texts()).toContain('0.3');
        expect(await texts()).toContain('\u22120.6');
        // Inline: the lines are cut under the labels.
        expect(await linePaths()).not.toBe(uncut);
        for (const size of await fontSizes(page, '[data-clabel]')) expect(size).toBeCloseTo(px(10), 3);
      },
      code: ['ax.clabel(cs, inline=True, fontsize=10)'],
    },
    {
      what: 'font size',
      apply: () => labels('fontSize').fill('7'),
      check: async () => {
        for (const size of await fontSizes(page, '[data-clabel]')) expect(size).toBeCloseTo(px(7), 3);
      },
      code: ['ax.clabel(cs, inline=True, fontsize=7)'],
    },
    {
      what: 'format',
      apply: () => labels('format').fill('%1.2f'),
      check: async () => {
        const all = await texts();
        expect(all.length).toBeGreaterThan(0);
        for (const t of all) expect(t).toMatch(/^-?\d\.\d\d$/);
      },
      code: ["ax.clabel(cs, inline=True, fontsize=7, fmt='%1.2f')"],
    },
    {
      what: 'inline off',
      apply: () => labels('inline').uncheck(),
      check: async () => {
        await expect(page.locator('[data-clabel]').first()).toBeAttached();
        expect(await linePaths()).toBe(uncut);
      },
      code: ["ax.clabel(cs, inline=False, fontsize=7, fmt='%1.2f')"],
    },
  ]);

  // Without contours there is nothing to label.
  await control(page, 'Contours', 'contours').uncheck();
  await settled(page);
  await expect(page.locator('[data-clabel]')).toHaveCount(0);
  await expect(labels('labels')).toBeDisabled();
  expect((await seen(page)).code).not.toContain('clabel');
  expect(problems).toEqual([]);
});

test('the layout and background controls: constrained margins and the figure colour', async ({ page }) => {
  const problems = await openPlayground(page);
  await control(page, 'Axes', 'title').fill('Bivariate normal');
  await control(page, 'Axes', 'xlabel').fill('x');
  await settled(page);
  const fixed = await boxIn(page, '.contour-heatmap-axes');
  const exported = async () => decodeBase64Png((await seen(page)).base64);
  const corner = async () => Array.from((await exported()).data.subarray(0, 4));
  expect(await corner()).toEqual([255, 255, 255, 255]);
  await runSteps(page, [
    {
      what: 'constrained layout',
      apply: () => control(page, 'Layout', 'layout').selectOption('constrained'),
      check: async () => {
        // Margins fitted to the tick labels and texts: the axes grow, and the x label now fits in the figure.
        const fitted = await boxIn(page, '.contour-heatmap-axes');
        expect(fitted.width * fitted.height).toBeGreaterThan(fixed.width * fixed.height);
        const xlabel = await boxIn(page, '[data-text="xlabel"]');
        expect(xlabel.top + xlabel.height).toBeLessThanOrEqual(350);
      },
      code: ["fig = Figure(figsize=(5.6, 3.5), dpi=100, layout='constrained')"],
    },
    {
      what: 'background',
      apply: () => control(page, 'Layout', 'background').fill('#ffeecc'),
      check: async () => expect(await corner()).toEqual([0xff, 0xee, 0xcc, 255]),
      // The chart's axes show the figure's colour too: matplotlib's own white ones are made transparent.
      code: ["ax.set_facecolor('none')", "fig.savefig('figure.png', dpi=100, facecolor='#ffeecc')"],
    },
    {
      what: 'matplotlib layout',
      apply: () => control(page, 'Layout', 'layout').selectOption('matplotlib'),
      check: async () => expect(await boxIn(page, '.contour-heatmap-axes')).toEqual(fixed),
      code: [/fig = Figure\(figsize=\(5\.6, 3\.5\), dpi=100\)\n/],
    },
  ]);

  // Without axes the layout has nothing to fit, and the figure is transparent unless given a colour.
  await control(page, 'Layout', 'background').fill('');
  await control(page, 'Axes', 'axes').uncheck();
  await expect(control(page, 'Layout', 'layout')).toBeDisabled();
  expect((await seen(page)).code).toContain("fig.savefig('figure.png', dpi=100, transparent=True)");
  expect(problems).toEqual([]);
});
