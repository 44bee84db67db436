// Colormaps of every family, their _r and custom maps, drawn as images against matplotlib 3.6.3
// (fixtures/matplotlib/cmaps/). colormaps.json already pins every LUT byte; this checks the
// pictures: the LUT reaches the shader, under / over / bad and the reversal apply as imshow does.
import { expect, test } from '@playwright/test';
import { compareImages, loadCmapImageFixtures, loadFixturePng } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

const fixtures = loadCmapImageFixtures();

/**
 * Per-case bounds. The remaining differences are pixels where Agg's sample positions (its span
 * DDA) and ours differ by ≤ 1/256 px and the interpolated value crosses a LUT bin edge into the
 * neighbouring entry: the same ~1.3 % of pixels for every 256-entry map, a step of a few /255 on
 * smooth maps, a whole colour on maps whose neighbouring entries differ a lot.
 */
function bounds(family: string, name: string): { exact: number; mean: number } {
  // Few colours: few bin edges, so few pixels differ, but each by the step between two colours.
  if (family === 'qualitative' || name === 'listed-alpha') return { exact: 0.995, mean: 0.2 };
  // flag repeats red, white, blue, black 31 times over 256 entries: neighbours differ by up to 96.
  if (/^flag(_r)?$/.test(name)) return { exact: 0.985, mean: 0.5 };
  // twilight and twilight_shifted have 510 entries: twice as many bin edges to cross.
  if (/^twilight/.test(name)) return { exact: 0.975, mean: 0.05 };
  return { exact: 0.985, mean: 0.05 };
}

test(`${fixtures.cases.length} colormaps (every family, _r, listed and from_list) draw matplotlib's image, on the GPU and the CPU`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  const families = new Set(fixtures.cases.map((c) => c.family));
  expect([...families]).toEqual([
    'perceptually uniform sequential',
    'sequential',
    'sequential (2)',
    'diverging',
    'cyclic',
    'qualitative',
    'miscellaneous',
    'custom',
  ]);
  for (const c of fixtures.cases) {
    const props = {
      z: fixtures.z,
      cmap: c.cmap,
      ...c.extremes,
      vmin: fixtures.vmin,
      vmax: fixtures.vmax,
      origin: fixtures.origin,
      interpolation: fixtures.interpolation,
      contours: false,
      width: fixtures.width,
      height: fixtures.height,
      pixelRatio: 1,
    };
    const theirs = loadFixturePng(`cmaps/${c.image}`);
    const { exact, mean } = bounds(c.family, c.name);
    const drawn = [];
    for (const renderer of ['gpu', 'cpu'] as const) {
      const ours = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...props, renderer }));
      const diff = compareImages(ours, theirs);
      recordFidelity('colormaps', c.name, { renderer, ...diff });
      rows.push(
        `${c.name} (${c.family}, ${renderer}): ${(diff.exactPixels * 100).toFixed(2)}% identical, mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}`,
      );
      expect.soft(diff.exactPixels, `${c.name} ${renderer}: pixels identical`).toBeGreaterThan(exact);
      expect.soft(diff.meanAbs, `${c.name} ${renderer}: mean |Δ|`).toBeLessThan(mean);
      drawn.push(ours);
    }
    const between = compareImages(drawn[0]!, drawn[1]!);
    recordFidelity('GPU vs CPU', `cmaps/${c.name}`, { reference: 'the CPU renderer', ...between });
    expect.soft(between.meanAbs, `${c.name}: GPU vs CPU`).toBeLessThan(1);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});

test('colormap objects (contour-heatmap/colormaps) draw as their names; names load every colormap once, lazily', async ({ page }) => {
  const problems = await openHarness(page);
  /** Requests for the chunk of every colormap (core/color/colormaps/data/lazy.ts). */
  const chunkRequests = () =>
    page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/colormaps/data/lazy.')).length);
  const props = { z: fixtures.z, vmin: fixtures.vmin, vmax: fixtures.vmax, width: 160, height: 120, pixelRatio: 1 };
  const contours = (cmap: unknown, fill: unknown) => ({ levels: 5, cmap, filled: { cmap: fill }, lines: true });

  // viridis is bundled, and objects carry their own data: nothing is loaded for either.
  await page.evaluate((p) => window.harness.solo(p as never), { ...props, cmap: 'viridis_r' });
  const byObject = await page.evaluate(async (p) => {
    const entry = '/src/colormaps.ts';
    const { gnuplot, tab10, reversed } = (await import(/* @vite-ignore */ entry)) as typeof import('../src/colormaps');
    return window.harness.solo({
      ...p,
      cmap: reversed(gnuplot),
      contours: { levels: 5, cmap: tab10, filled: { cmap: reversed(tab10) }, lines: true },
    } as never);
  }, props);
  expect(await chunkRequests()).toBe(0);

  const byName = await page.evaluate((p) => window.harness.solo(p as never), {
    ...props,
    cmap: 'gnuplot_r',
    contours: contours('tab10', 'tab10_r'),
  });
  expect(await chunkRequests()).toBe(1);
  expect(byObject).toBe(byName);

  // An unknown name is reported at once, before anything loads, though the chart must load 'RdBu' too.
  const errors = await page.evaluate(
    (p) => {
      window.harness.mount('unknown', p as never);
      const found = [...window.harness.errors('unknown')];
      window.harness.unmount('unknown');
      return found;
    },
    { ...props, cmap: 'RdBu', contours: contours('Jet', undefined) },
  );
  expect(errors).toEqual([expect.stringContaining('invalid prop "contours.cmap": unknown colormap "Jet" (did you mean "jet"?')]);
  // Another chart loads for itself; the page's module system fetches the chunk once.
  await page.evaluate((p) => window.harness.solo(p as never), { ...props, cmap: 'RdBu' });
  expect(await chunkRequests()).toBe(1);
  expect(problems).toEqual([]);
});
