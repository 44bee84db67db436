// Grids past the GPU's texture limit, and data whose offset float32 could not hold.
import { expect, test } from '@playwright/test';
import { compareImages } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness } from './support';

const wide = {
  z: Array.from({ length: 40 }, (_, i) =>
    Array.from({ length: 2500 }, (_, j) => Math.sin(j / 97) * Math.cos(i / 7) + (i === 20 && j === 1300 ? NaN : 0)),
  ),
  interpolation: 'bicubic',
  cmap: 'jet',
  contours: { levels: 6 },
  width: 500,
  height: 80,
  pixelRatio: 1,
  renderer: 'gpu', // the texture limit is WebGL's
};

test('a grid wider than the GPU texture limit draws the same picture as under a large limit', async ({ page, browser }) => {
  // Force a 1024-texel limit, as a small mobile GPU would have.
  await page.addInitScript(() => {
    const original = WebGLRenderingContext.prototype.getParameter;
    WebGLRenderingContext.prototype.getParameter = function (this: WebGLRenderingContext, p: number) {
      return p === this.MAX_TEXTURE_SIZE ? 1024 : original.call(this, p);
    };
  });
  const problems = await openHarness(page);
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl')!.getParameter(3379))).toBe(1024);
  const limited = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), wide));
  const other = await browser.newPage();
  await openHarness(other);
  const unlimited = decodeBase64Png(await other.evaluate((p) => window.harness.solo(p as never), wide));
  expect(compareImages(limited, unlimited).maxAbs).toBe(0);
  expect(problems).toEqual([]);
});

test('a grid that cannot fit even split into rows gets an error naming z', async ({ page }) => {
  await page.addInitScript(() => {
    const original = WebGLRenderingContext.prototype.getParameter;
    WebGLRenderingContext.prototype.getParameter = function (this: WebGLRenderingContext, p: number) {
      return p === this.MAX_TEXTURE_SIZE ? 64 : original.call(this, p);
    };
  });
  await openHarness(page);
  await page.evaluate((p) => window.harness.mount('a', p as never), { ...wide, contours: false });
  await expect(page.getByRole('alert')).toHaveText(/invalid prop "z": 40 × 2500 cells do not fit this GPU's 64 × 64 texture limit/);
});

test('a field offset by 1e9 draws the same heatmap and contour shapes as the field itself', async ({ page }) => {
  const problems = await openHarness(page);
  const base = Array.from({ length: 30 }, (_, i) => Array.from({ length: 30 }, (_, j) => Math.sin(i / 4) * Math.cos(j / 5)));
  const props = (z: number[][]) => ({
    z,
    interpolation: 'spline36',
    cmap: 'viridis',
    contours: { levels: [-0.5, 0, 0.5], colors: ['k', 'r', 'w'] },
    width: 240,
    height: 160,
    pixelRatio: 1,
  });
  const plain = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), props(base)));
  const shifted = base.map((row) => row.map((v) => v + 1e9));
  // Explicit colours: with one colour matplotlib dashes negative levels, and these differ in sign.
  const offsetProps = { ...props(shifted), contours: { levels: [1e9 - 0.5, 1e9, 1e9 + 0.5], colors: ['k', 'r', 'w'] } };
  const offset = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), offsetProps));
  const diff = compareImages(plain, offset);
  // float64 holds 1e9 + v only to ~1e-7, so a rare pixel may sit one colour bin away.
  expect(diff.exactPixels).toBeGreaterThan(0.999);
  expect(diff.maxAbs).toBeLessThanOrEqual(8);
  expect(problems).toEqual([]);
});

test('without WebGL the chart draws on the CPU, the same picture as with it', async ({ page, browser }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  const problems = await openHarness(page);
  const props = { ...wide, renderer: 'auto', interpolation: 'spline36', width: 800, height: 300 };
  await page.evaluate((p) => window.harness.mount('a', p as never), props);
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-renderer', 'cpu');
  const cpu = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('a')));
  const other = await browser.newPage();
  await openHarness(other);
  const gpu = decodeBase64Png(await other.evaluate((p) => window.harness.solo(p as never), { ...props, renderer: 'gpu' }));
  expect(compareImages(cpu, gpu).meanAbs).toBeLessThan(1);
  expect(problems).toEqual([]);
});
