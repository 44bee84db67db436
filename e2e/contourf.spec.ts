// Filled contours (contours.filled) against matplotlib 3.6.3's contourf (fixtures/matplotlib/contourf).
import { expect, test } from '@playwright/test';
import { compareImages, contourfCaseNames, loadContourfCase, loadFixturePng, type ContourfCase } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

function propsFor(c: ContourfCase) {
  return {
    z: c.z,
    // matplotlib's axes span the nodes' ends (xlim / ylim), and the fixture draws no image layer.
    extent: [c.x[0], c.x[c.cols - 1], c.y[0], c.y[c.rows - 1]],
    origin: 'lower',
    heatmap: false,
    contours: {
      levels: c.levelsArg,
      filled: true,
      extend: c.extend,
      cornerMask: c.cornerMask,
      ...(c.cmap ? { cmap: c.cmap } : {}),
      ...(c.colors ? { colors: c.colors } : {}),
      ...(c.alpha === null ? {} : { alpha: c.alpha }),
      x: c.x,
      y: c.y,
    },
    width: c.width,
    height: c.height,
    pixelRatio: 1,
  };
}

for (const name of contourfCaseNames()) {
  test(`${name}: filled contours match matplotlib's contourf picture`, async ({ page }) => {
    const problems = await openHarness(page);
    const c = loadContourfCase(name);
    const ours = decodeBase64Png(await page.evaluate((props) => window.harness.solo(props as never), propsFor(c)));
    const diff = compareImages(ours, loadFixturePng(`contourf/${c.image}`));
    const summary = `contourf ${name}: mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}, ${(diff.exactPixels * 100).toFixed(2)}% pixels identical`;
    test.info().annotations.push({ type: 'matplotlib diff', description: summary });
    console.log(summary);
    recordFidelity('filled contours (contourf)', name, { renderer: 'bands (CPU raster)', ...diff });
    // Agg leaves out pixels a band covers by less than its 1/256 coverage step; nothing else differs.
    expect(diff.meanAbs).toBeLessThan(0.2);
    expect(diff.exactPixels).toBeGreaterThan(0.995);
    expect(problems).toEqual([]);
  });
}

test('filled contours lie under the heatmap, showing where it is transparent (NaN), with isolines on top', async ({ page }) => {
  const problems = await openHarness(page);
  const c = loadContourfCase('nan-block-corner');
  const base = { ...propsFor(c), interpolation: 'spline36', cmap: 'gray' };
  const layer = async (overrides: object) =>
    decodeBase64Png(await page.evaluate((props) => window.harness.solo(props as never), { ...base, ...overrides }));
  const heatmapOnly = await layer({ heatmap: true, contours: false });
  const bandsOnly = await layer({});
  const both = await layer({ heatmap: true });
  let underHeatmap = 0;
  let throughHoles = 0;
  let mismatched = 0;
  const same = (x: typeof both, y: typeof both, p: number) => [0, 1, 2, 3].every((k) => x.data[p * 4 + k] === y.data[p * 4 + k]);
  for (let p = 0; p < both.width * both.height; p++) {
    const alpha = heatmapOnly.data[p * 4 + 3];
    if (alpha === 255) {
      underHeatmap++;
      if (!same(both, heatmapOnly, p)) mismatched++;
    } else if (alpha === 0) {
      if (bandsOnly.data[p * 4 + 3]! > 0) throughHoles++;
      if (!same(both, bandsOnly, p)) mismatched++;
    }
  }
  // Opaque heatmap pixels hide the bands; transparent ones show them unchanged.
  expect(mismatched).toBe(0);
  // spline36 masks 6 × 6 cells around each NaN, contourf only the quads touching it: bands show in between.
  expect(throughHoles).toBeGreaterThan(500);
  expect(underHeatmap).toBeGreaterThan(0.5 * both.width * both.height);
  // contourf(cmap=…) + contour(colors='k'): the bands keep their own colormap, black lines on top.
  const { cmap: bandCmap, ...lineOptions } = base.contours as typeof base.contours & { cmap?: string };
  await page.evaluate((props) => window.harness.mount('chart', props as never), {
    ...base,
    contours: { ...lineOptions, filled: { cmap: bandCmap }, lines: true, colors: 'k' },
  });
  await expect(page.locator('[data-harness="chart"] .contour-heatmap')).toHaveAttribute('data-ready', 'true');
  const strokes = await page.locator('[data-harness="chart"] path').evaluateAll((els) => els.map((el) => el.getAttribute('stroke')));
  expect(strokes.length).toBeGreaterThan(5);
  expect(new Set(strokes)).toEqual(new Set(['#000000']));
  const withLines = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('chart')));
  const linesOverBands = compareImages(withLines, bandsOnly).exactPixels;
  // Away from the lines every pixel is the bands' own; along them the lines cover the bands.
  expect(linesOverBands).toBeGreaterThan(0.85);
  expect(linesOverBands).toBeLessThan(0.99);
  expect(problems).toEqual([]);
});

test('without the heatmap no WebGL context is made, and switching filled contours on and off redraws', async ({ page }) => {
  const problems = await openHarness(page);
  const c = loadContourfCase('seed-neither');
  await page.evaluate((props) => window.harness.mount('chart', props as never), propsFor(c));
  const host = page.locator('[data-harness="chart"] .contour-heatmap');
  await expect(host).toHaveAttribute('data-ready', 'true');
  await expect(host).not.toHaveAttribute('data-renderer', /./);
  const filled = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('chart')));
  await page.evaluate((props) => window.harness.update('chart', props as never), {
    ...propsFor(c),
    contours: { ...propsFor(c).contours, filled: false },
  });
  const lines = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('chart')));
  await expect(page.locator('[data-harness="chart"] path')).not.toHaveCount(0);
  // Lines alone leave most of the picture transparent; the bands cover all of it.
  const opaque = (img: typeof filled) =>
    Array.from({ length: img.width * img.height }, (_, p) => img.data[p * 4 + 3]).filter((a) => a === 255).length;
  expect(opaque(filled)).toBe(filled.width * filled.height);
  expect(opaque(lines)).toBeLessThan(0.2 * lines.width * lines.height);
  expect(problems).toEqual([]);
});

for (const [props, message] of [
  [
    { contours: { filled: true, extend: 'up' } },
    `contour-heatmap: invalid prop "contours.extend": expected one of 'neither', 'min', 'max', 'both', got "up"`,
  ],
  [{ contours: { filled: 'yes' } }, 'contour-heatmap: invalid prop "contours.filled": expected true, false or an options object, got yes'],
  [
    { contours: { filled: true, levels: [0.5] } },
    'contour-heatmap: invalid prop "contours.levels": filled contours need at least 2 levels, got 1',
  ],
  [{ heatmap: 1 }, 'contour-heatmap: invalid prop "heatmap": expected true or false, got 1'],
] as const) {
  test(`bad filled-contour props are reported naming the prop: ${JSON.stringify(props)}`, async ({ page }) => {
    await openHarness(page);
    const c = loadContourfCase('seed-neither');
    await page.evaluate((p) => window.harness.mount('bad', p as never), { z: c.z, width: 100, height: 100, ...props });
    await expect(page.locator('[data-harness="bad"] [role="alert"]')).toHaveText(message);
    expect(await page.evaluate(() => window.harness.errors('bad'))).toEqual([message]);
  });
}
