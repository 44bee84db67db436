// Every matplotlib norm, drawn by the GPU, against matplotlib's image layer (fixtures/matplotlib/norms).
import { expect, test } from '@playwright/test';
import { compareImages, loadFixturePng, loadNormFixtures } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

test('every norm, nearest and bilinear, matches matplotlib, and the CPU renderer draws what the GPU does', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await openHarness(page);
  const fixtures = loadNormFixtures();
  const rows: string[] = [];
  for (const c of fixtures.cases) {
    for (const interpolation of ['nearest', 'bilinear'] as const) {
      const props = {
        z: fixtures.fields[c.field],
        norm: c.spec,
        cmap: fixtures.cmap,
        underColor: fixtures.extremes.under,
        overColor: fixtures.extremes.over,
        origin: 'lower',
        interpolation,
        contours: false,
        width: fixtures.width,
        height: fixtures.height,
        pixelRatio: 1,
      };
      const [gpu, cpu] = await Promise.all(
        (['gpu', 'cpu'] as const).map(async (renderer) =>
          decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...props, renderer })),
        ),
      );
      const between = compareImages(gpu!, cpu!);
      recordFidelity('GPU vs CPU', `norms/${c.name} ${interpolation}`, { reference: 'the CPU renderer', ...between });
      // The renderers evaluate the same formulas on the same float32 texture values, the GPU in
      // float32 and the CPU in float64. With nearest they read identical values, so rounding can at
      // most move a value lying exactly on a LUT-entry edge to the next entry (≤ 3/255 in viridis),
      // never turn a colour into under, over or bad (≥ 100/255 here): a value equal to vmin or vmax
      // drawn as under / over fails this. Resampling adds float32 accumulation on the GPU, which can
      // put an interpolated value that lies exactly on a BoundaryNorm boundary an ulp below it: a
      // few pixels per picture (at most 6 of 12288 in these cases).
      expect.soft(1 - between.exactPixels, `${c.name} ${interpolation}: GPU vs CPU, share of differing pixels`).toBeLessThanOrEqual(0.001);
      if (interpolation === 'nearest') expect.soft(between.maxAbs, `${c.name} nearest: GPU vs CPU, max |Δ|`).toBeLessThanOrEqual(3);
      const ours = gpu!;
      const diff = compareImages(ours, loadFixturePng(`norms/${c.images[interpolation]}`));
      recordFidelity('norms', `${c.name} ${interpolation}`, { renderer: 'gpu', ...diff });
      rows.push(`${c.name} ${interpolation}: ${(diff.exactPixels * 100).toFixed(2)}% identical, mean |Δ| ${diff.meanAbs.toFixed(3)}/255`);
      // matplotlib 3.6.3 round-trips data through a [0.1, 0.9] rescale before the norm, which moves
      // values lying exactly on a boundary (the 'steps' field is built of them) or at 0 under log
      // by an ulp, into the neighbouring bin; current matplotlib and this library do not. Only such
      // cells may differ: up to 12 % of the 'steps' pictures, a few pixels elsewhere.
      const onBoundaries = c.field === 'steps';
      expect.soft(diff.exactPixels, `${c.name} ${interpolation}`).toBeGreaterThan(onBoundaries ? 0.87 : 0.98);
      expect.soft(diff.meanAbs, `${c.name} ${interpolation}`).toBeLessThan(onBoundaries ? 16 : 3);
      const cpuDiff = compareImages(cpu!, loadFixturePng(`norms/${c.images[interpolation]}`));
      recordFidelity('norms', `${c.name} ${interpolation}`, { renderer: 'cpu', ...cpuDiff });
      expect.soft(cpuDiff.exactPixels, `${c.name} ${interpolation} (cpu)`).toBeGreaterThan(onBoundaries ? 0.87 : 0.98);
      expect.soft(cpuDiff.meanAbs, `${c.name} ${interpolation} (cpu)`).toBeLessThan(onBoundaries ? 16 : 3);
    }
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});
