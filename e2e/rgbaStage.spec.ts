// interpolationStage 'rgba' (colour every cell, then resample the colours) on the GPU and the
// CPU, against matplotlib 3.6.3's imshow(interpolation_stage='rgba') (fixtures/matplotlib/rgba).
import { expect, test } from '@playwright/test';
import {
  compareImages,
  compareWithPremultipliedRgb,
  loadRgbaCase,
  loadRgbaPng,
  rgbaCaseGrid,
  rgbaCaseNames,
  type RgbaCase,
} from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

/** The case's props, NaN as null for JSON (the harness turns null back into NaN). */
function caseProps(c: RgbaCase) {
  return {
    z: rgbaCaseGrid(c).map((row) => row.map((v) => (Number.isNaN(v) ? null : v))),
    origin: c.origin,
    interpolation: c.interpolation,
    interpolationStage: 'rgba',
    cmap: c.cmap,
    vmin: c.vmin,
    vmax: c.vmax,
    ...(c.underColor ? { underColor: c.underColor } : {}),
    ...(c.overColor ? { overColor: c.overColor } : {}),
    contours: false,
    width: c.width,
    height: c.height,
    pixelRatio: 1,
  };
}

test("every rgba-stage case, on the GPU and the CPU, matches matplotlib 3.6.3's interpolation_stage='rgba'", async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  for (const name of rgbaCaseNames()) {
    const c = loadRgbaCase(name);
    const drawn = [];
    for (const renderer of ['gpu', 'cpu'] as const) {
      const ours = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...caseProps(c), renderer }));
      // 3.6.3 leaves partially transparent colour premultiplied; current matplotlib (and we) divide it by alpha.
      const diff = compareWithPremultipliedRgb(ours, loadRgbaPng(c));
      recordFidelity('interpolationStage rgba', name, { renderer, ...diff });
      rows.push(
        `${name} (${renderer}): ${(diff.exactPixels * 100).toFixed(2)}% identical, mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}`,
      );
      // Around NaN holes the relation multiplies truncated bytes (and the canvas stores premultiplied bytes), which moves a byte or two.
      expect.soft(diff.meanAbs, `${name} ${renderer}`).toBeLessThan(c.nan.length ? 0.5 : 0.1);
      expect.soft(diff.maxAbs, `${name} ${renderer}`).toBeLessThanOrEqual(c.nan.length ? 4 : 2);
      expect.soft(diff.exactPixels, `${name} ${renderer}`).toBeGreaterThan(c.nan.length ? 0.6 : 0.85);
      drawn.push(ours);
    }
    const gpuCpu = compareImages(drawn[0]!, drawn[1]!);
    rows.push(
      `${name} (GPU vs CPU): ${(gpuCpu.exactPixels * 100).toFixed(2)}% identical, mean |Δ| ${gpuCpu.meanAbs.toFixed(4)}/255, max ${gpuCpu.maxAbs}`,
    );
    recordFidelity('GPU vs CPU', `rgba/${name}`, { reference: 'the CPU renderer', ...gpuCpu });
    expect.soft(gpuCpu.meanAbs, `${name}: GPU vs CPU`).toBeLessThan(1);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});

test('switching interpolationStage on a mounted chart redraws it as a fresh chart with that stage draws it', async ({ page }) => {
  const problems = await openHarness(page);
  const c = loadRgbaCase('holes-bicubic');
  for (const renderer of ['gpu', 'cpu'] as const) {
    const rgba = { ...caseProps(c), renderer };
    const data = { ...rgba, interpolationStage: 'data' };
    await page.evaluate((p) => window.harness.mount('switch', p as never), data);
    await page.evaluate(() => window.harness.ready('switch'));
    const before = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('switch')));
    await page.evaluate((p) => window.harness.update('switch', p as never), rgba);
    const after = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('switch')));
    await page.evaluate((p) => window.harness.update('switch', p as never), data);
    const back = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('switch')));
    await page.evaluate(() => window.harness.unmount('switch'));
    const fresh = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), rgba));
    // The data stage cuts transparent windows around the holes; the rgba stage fades them out.
    expect(compareImages(before, after).exactPixels, renderer).toBeLessThan(0.9);
    expect(compareImages(after, fresh).maxAbs, renderer).toBe(0);
    expect(compareImages(back, before).maxAbs, renderer).toBe(0);
  }
  expect(problems).toEqual([]);
});

test('the rgba stage of a grid split across texture rows draws what the CPU draws', async ({ page }) => {
  // A 1024-texel limit splits each 2500-cell row into 3 texture rows (gl/dataLayout.ts).
  await page.addInitScript(() => {
    const original = WebGLRenderingContext.prototype.getParameter;
    WebGLRenderingContext.prototype.getParameter = function (this: WebGLRenderingContext, p: number) {
      return p === this.MAX_TEXTURE_SIZE ? 1024 : original.call(this, p);
    };
  });
  const problems = await openHarness(page);
  const props = {
    z: Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 2500 }, (_, j) => (i === 20 && j === 1300 ? null : Math.sin(j / 97) * Math.cos(i / 7))),
    ),
    interpolation: 'bicubic',
    interpolationStage: 'rgba',
    cmap: 'jet',
    contours: false,
    width: 500,
    height: 80,
    pixelRatio: 1,
  };
  const gpu = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...props, renderer: 'gpu' }));
  const cpu = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...props, renderer: 'cpu' }));
  expect(compareImages(gpu, cpu).meanAbs).toBeLessThan(1);
  expect(problems).toEqual([]);
});

test('an invalid interpolationStage gets an error naming the prop', async ({ page }) => {
  await openHarness(page);
  await page.evaluate((p) => window.harness.mount('bad', p as never), {
    z: [
      [1, 2],
      [3, 4],
    ],
    interpolationStage: 'colors',
    width: 40,
    height: 40,
  });
  const message = /contour-heatmap: invalid prop "interpolationStage": expected 'data' or 'rgba', got "colors"/;
  await expect(page.getByRole('alert')).toHaveText(message);
  expect((await page.evaluate(() => window.harness.errors('bad'))).at(-1)).toMatch(message);
});
