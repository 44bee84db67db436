// Every interpolation, drawn by the GPU, against matplotlib's image layer (fixtures/matplotlib/kernels).
import { expect, test } from '@playwright/test';
import { compareImages, kernelCaseNames, loadKernelCase, loadKernelField, loadKernelPng } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

test('every kernel, upsampling and downsampling, on the GPU and the CPU, matches matplotlib within a mean 1/255 per channel', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  for (const name of kernelCaseNames()) {
    const c = loadKernelCase(name);
    const field = loadKernelField(c.field);
    const props = {
      z: field.z,
      origin: c.origin,
      interpolation: c.interpolation,
      filterrad: c.filterrad,
      cmap: c.cmap,
      contours: false,
      width: c.width,
      height: c.height,
      pixelRatio: 1,
    };
    const drawn = [];
    for (const renderer of ['gpu', 'cpu'] as const) {
      const ours = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...props, renderer }));
      const diff = compareImages(ours, loadKernelPng(c));
      recordFidelity(c.field === 'up' ? 'kernels (upsampling)' : 'kernels (downsampling)', name, { renderer, ...diff });
      rows.push(
        `${name} (${renderer}): ${(diff.exactPixels * 100).toFixed(2)}% identical, mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}`,
      );
      expect.soft(diff.meanAbs, `${name} ${renderer}`).toBeLessThan(1);
      drawn.push(ours);
    }
    const between = compareImages(drawn[0]!, drawn[1]!);
    recordFidelity('GPU vs CPU', `kernels/${name}`, { reference: 'the CPU renderer', ...between });
    expect.soft(between.meanAbs, `${name}: GPU vs CPU`).toBeLessThan(1);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});

test('registered, reversed and custom colormaps with extremes colour the GPU picture as the CPU reference does', async ({ page }) => {
  const problems = await openHarness(page);
  // A ramp from below vmin to above vmax with a NaN: every LUT entry, under, over and bad.
  const z = [Array.from({ length: 300 }, (_, i) => (i === 150 ? null : -0.2 + (1.4 * i) / 299))];
  const cases = [
    { cmap: 'tab10' },
    { cmap: 'twilight_shifted' },
    { cmap: 'magma_r' },
    { cmap: 'gist_rainbow', underColor: '#00ff00', overColor: 'k', badColor: 'tab:orange' },
    { cmap: { colors: ['red', '#00f8', [0, 0.5, 0]] } },
  ];
  for (const extra of cases) {
    const props = {
      z,
      vmin: 0,
      vmax: 1,
      interpolation: 'nearest',
      contours: false,
      width: 300,
      height: 1,
      pixelRatio: 1,
      renderer: 'gpu',
      ...extra,
    };
    const pixels = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), props));
    const expected = await page.evaluate((p) => window.harness.cpuColors(p as never), props);
    // Compared premultiplied: the canvas stores premultiplied colour, so partial alpha may round by 1.
    const diff = compareImages(pixels, { width: 300, height: 1, data: Uint8Array.from(expected) });
    expect(diff.maxAbs, JSON.stringify(extra)).toBeLessThanOrEqual(1);
    expect(diff.exactPixels, JSON.stringify(extra)).toBeGreaterThan(0.97);
  }
  expect(problems).toEqual([]);
});
