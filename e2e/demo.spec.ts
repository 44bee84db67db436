// The demo as a user sees it: every chart drawn, exportable, and identical to the same props drawn alone.
import { expect, test } from '@playwright/test';
import { GALLERY } from '../demo/gallery';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareImages, decodePng } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, imageHeader, watchConsole } from './support';

const BASELINES = fileURLToPath(new URL('./baselines/', import.meta.url));

test('the demo loads with no console errors and every chart becomes ready', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  const charts = page.locator('.contour-heatmap');
  // The gallery, and three linked small multiples.
  await expect(charts).toHaveCount(GALLERY.length + 3);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('data-ready', 'true');
  // Each chart holds its own canvas, and its overlay holds one path per contour line.
  await expect(page.locator('.contour-heatmap canvas')).toHaveCount(GALLERY.length + 3);
  await expect(page.locator('[data-chart="seed"] path[data-level]')).toHaveCount(11);
  await expect(page.locator('[data-chart="seed"] path[stroke-dasharray]')).toHaveCount(5);
  // The seed figure has matplotlib's axes: its ticks and labels, beside matplotlib's own picture.
  await expect(page.locator('[data-chart="seed"] [data-axis="x"] text')).toHaveText(['−3', '−2', '−1', '0', '1', '2', '3', '4']);
  await expect(page.locator('[data-chart="seed"] [data-axis="y"] text')).toHaveText(['−4', '−3', '−2', '−1', '0', '1', '2', '3']);
  await expect(page.locator('[data-chart="seed"] img[alt^="matplotlib"]')).toHaveJSProperty('complete', true);
  expect(problems).toEqual([]);
});

test('the linked small multiples zoom together: a wheel over one gives all three its view', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  const linked = page.locator('[data-linked] .contour-heatmap');
  await expect(linked).toHaveCount(3);
  for (const chart of await linked.all()) await expect(chart).toHaveAttribute('data-ready', 'true');
  const xTicks = () => Promise.all([0, 1, 2].map((i) => linked.nth(i).locator('[data-axis="x"] text').allTextContents()));
  const before = await xTicks();
  await linked.nth(1).scrollIntoViewIfNeeded();
  const box = (await linked.nth(1).locator('.contour-heatmap-axes').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await page.mouse.wheel(0, -400);
  // All three show the new view's ticks (first in their previews, then drawn), the same ones.
  await expect
    .poll(async () => {
      const ticks = await xTicks();
      return ticks.every((t) => JSON.stringify(t) === JSON.stringify(ticks[1])) && JSON.stringify(ticks[1]) !== JSON.stringify(before[1]);
    })
    .toBe(true);
  for (const chart of await linked.all()) await expect(chart).toHaveAttribute('data-ready', 'true');
  expect(problems).toEqual([]);
});

test('each demo chart exports an image of its size that equals the same props rendered alone (isolation)', async ({ page, context }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  const solo = await context.newPage();
  await solo.goto('/harness.html');
  await expect(solo.locator('body[data-harness="ready"]')).toBeAttached();
  for (const chart of GALLERY) {
    const { width, height } = chart.props();
    const fromDemo = await page.evaluate(async (id) => {
      // The demo's charts are reached through their Export button, as a user would.
      const card = document.querySelector(`[data-chart="${id}"]`)!;
      (card.querySelector('button') as HTMLButtonElement).click();
      for (;;) {
        const img = card.querySelector('.export img') as HTMLImageElement | null;
        if (img) return img.src.slice(img.src.indexOf(',') + 1);
        await new Promise((r) => setTimeout(r, 20));
      }
    }, chart.id);
    const alone = await solo.evaluate((id) => window.harness.solo(id), chart.id);
    expect(imageHeader(fromDemo).format).toBe('png');
    const a = decodeBase64Png(fromDemo);
    const b = decodeBase64Png(alone);
    expect([a.width, a.height], chart.id).toEqual([width, height]);
    expect(compareImages(a, b).maxAbs, `${chart.id}: demo export vs solo render`).toBe(0);
    await expect(page.locator(`[data-chart="${chart.id}"] .export-result output`)).toHaveText(String(fromDemo.length));
  }
  expect(problems).toEqual([]);
});

test('JPEG export is a JPEG with a white background', async ({ page }) => {
  await page.goto('/harness.html');
  await expect(page.locator('body[data-harness="ready"]')).toBeAttached();
  // A field that is all NaN draws nothing: PNG stays transparent, JPEG turns white.
  const props = {
    z: [
      [null, null],
      [null, null],
    ],
    width: 40,
    height: 30,
    contours: false,
    pixelRatio: 1,
  };
  const png = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never, 'image/png'), props));
  expect(png.data[3]).toBe(0);
  const jpeg = await page.evaluate((p) => window.harness.solo(p as never, 'image/jpeg', 0.9), props);
  expect(imageHeader(jpeg).format).toBe('jpeg');
  const pixel = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/jpeg;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return [img.width, img.height, ...ctx.getImageData(20, 15, 1, 1).data];
  }, jpeg);
  expect(pixel).toEqual([40, 30, 255, 255, 255, 255]);
});

test('the demo charts’ pictures equal the committed baselines (visual regression, independent of fonts and layout)', async ({ page }) => {
  // The image layers (heatmap, bands, contour lines) as exported at pixel ratio 1: no text, no
  // page layout, so the baselines hold on any machine. UPDATE_BASELINES=1 rewrites them.
  await page.goto('/harness.html');
  await expect(page.locator('body[data-harness="ready"]')).toBeAttached();
  for (const chart of GALLERY) {
    const props = { ...chart.props(), axes: false, colorbar: false, pixelRatio: 1 };
    const base64 = await page.evaluate((p) => window.harness.solo(p as never), JSON.parse(JSON.stringify(props)));
    const file = `${BASELINES}${chart.id}.png`;
    if (process.env.UPDATE_BASELINES) writeFileSync(file, Buffer.from(base64, 'base64'));
    const diff = compareImages(decodeBase64Png(base64), decodePng(readFileSync(file)));
    // Anti-aliased line edges may move under another SwiftShader build; a moved line or wrong colour fails.
    expect(diff.meanAbs, chart.id).toBeLessThanOrEqual(0.5);
    expect(diff.exactPixels, chart.id).toBeGreaterThan(0.98);
  }
});
