// Downsampling: Agg widens the kernel when the grid has more cells than the plot has pixels, so
// detail finer than a pixel averages out instead of aliasing into moiré.
import { expect, test } from '@playwright/test';
import { decodeBase64Png, openHarness } from './support';

/** Standard deviation of the grey level (0–255) over the picture. */
function greySpread(png: ReturnType<typeof decodeBase64Png>): number {
  let sum = 0;
  let sq = 0;
  const n = png.width * png.height;
  for (let p = 0; p < n; p++) {
    const v = png.data[p * 4]!;
    sum += v;
    sq += v * v;
  }
  return Math.sqrt(sq / n - (sum / n) ** 2);
}

test('a 4000 × 4000 grid of sub-pixel stripes in a 400-px chart shows no moiré with the antialiased default', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await openHarness(page);
  // 1739 periods over 4000 cells: 2.3 cells per period, 4.3 periods per output pixel.
  const field = { rows: 4000, cols: 4000, frequency: 1739 };
  const spread: Record<string, number> = {};
  for (const interpolation of ['antialiased', 'nearest'] as const) {
    const id = `stripes-${interpolation}`;
    await page.evaluate(([id, field, props]) => window.harness.mountStripes(id, field, props as never), [
      id,
      field,
      { interpolation, cmap: 'gray', vmin: -1, vmax: 1, contours: false, width: 400, height: 400, pixelRatio: 1, renderer: 'gpu' },
    ] as const);
    const png = decodeBase64Png(await page.evaluate((id) => window.harness.toBase64(id), id));
    expect([png.width, png.height]).toEqual([400, 400]);
    spread[interpolation] = greySpread(png);
    await page.evaluate((id) => window.harness.unmount(id), id);
  }
  console.log(`grey-level spread: antialiased ${spread.antialiased!.toFixed(2)}, nearest ${spread.nearest!.toFixed(2)} (of 255)`);
  // Nearest picks one cell per pixel: the stripes alias into a strong low-frequency beat pattern.
  expect(spread.nearest).toBeGreaterThan(40);
  // The stretched kernel averages the ±1 stripes to about 0: a near-uniform mid grey.
  expect(spread.antialiased).toBeLessThan(spread.nearest! / 10);
  expect(problems).toEqual([]);
});
