// origin 'upper' / 'lower' with wide, tall, reversed and default extents on non-square grids,
// against matplotlib 3.6.3 (fixtures/matplotlib/origins/): the image layer on the GPU and the CPU,
// the contour paths in the DOM, and the composite. In matplotlib the view limits follow the
// extent, so a reversed extent relabels the axes and leaves the picture alone; only where the
// contour lines land (through their node coordinates) depends on it.
import { expect, test } from '@playwright/test';
import {
  compareImages,
  hausdorff,
  loadFixturePng,
  loadOriginCase,
  originCaseNames,
  type OriginCase,
} from '../test-support/matplotlibFixtures';
import { casePropsFor as propsFor, decodeBase64Png, mountedContourPaths, openHarness, recordFidelity } from './support';

/** Our DOM path (pixels, y down) in grid cells of the extent, matching matplotlib's data coordinates divided by the cell size. */
function pathToCells(c: OriginCase, d: string): [number, number][] {
  const [left, right, bottom, top] = c.effectiveExtent;
  const cellX = Math.abs(right - left) / c.cols;
  const cellY = Math.abs(top - bottom) / c.rows;
  const points = [...d.matchAll(/[ML]([-\d.e]+) ([-\d.e]+)/g)].map(
    (m) =>
      [(left + (Number(m[1]) / c.width) * (right - left)) / cellX, (top - (Number(m[2]) / c.height) * (top - bottom)) / cellY] as [
        number,
        number,
      ],
  );
  return d.endsWith('Z') ? [...points, points[0]!] : points;
}

/** A line that is not a single point repeated (matplotlib and we may keep or drop those). */
const hasLength = (pts: [number, number][]) => pts.some((p) => p[0] !== pts[0]![0] || p[1] !== pts[0]![1]);

for (const name of originCaseNames()) {
  test(`${name}: the heatmap matches matplotlib's image layer, on the GPU and on the CPU`, async ({ page }) => {
    const problems = await openHarness(page);
    const c = loadOriginCase(name);
    const theirs = loadFixturePng(`origins/${c.image}`);
    const drawn = [];
    for (const renderer of ['gpu', 'cpu'] as const) {
      const ours = decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), { ...propsFor(c, false), renderer }));
      expect([ours.width, ours.height]).toEqual([c.width, c.height]);
      const diff = compareImages(ours, theirs);
      recordFidelity('origin/extent', name, { renderer, ...diff });
      console.log(
        `${name} heatmap (${renderer}): mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}, ${(diff.exactPixels * 100).toFixed(2)}% pixels identical`,
      );
      // A flipped or mirrored picture differs in most pixels; what remains is Agg's DDA jitter.
      expect.soft(diff.exactPixels, `${renderer}: pixels identical`).toBeGreaterThan(0.95);
      expect.soft(diff.meanAbs, `${renderer}: mean |Δ|`).toBeLessThan(0.1);
      drawn.push(ours);
    }
    const between = compareImages(drawn[0]!, drawn[1]!);
    recordFidelity('GPU vs CPU', `origins/${name}`, { reference: 'the CPU renderer', ...between });
    expect(between.meanAbs).toBeLessThan(1);
    expect(problems).toEqual([]);
  });

  test(`${name}: contour paths in the DOM trace matplotlib's lines, and the composite matches its figure`, async ({ page }) => {
    const problems = await openHarness(page);
    const c = loadOriginCase(name);
    const paths = await mountedContourPaths(page, propsFor(c, true));
    expect([...new Set(paths.map((p) => p.level))].sort((a, b) => a - b)).toEqual(
      c.contours.filter((l) => l.lines.length > 0).map((l) => l.level),
    );
    const [left, right, bottom, top] = c.effectiveExtent;
    const cellX = Math.abs(right - left) / c.cols;
    const cellY = Math.abs(top - bottom) / c.rows;
    let worst = 0;
    for (const { level, lines } of c.contours) {
      const theirs = lines.map((l) => l.points.map(([x, y]) => [x / cellX, y / cellY] as [number, number])).filter(hasLength);
      const ours = paths
        .filter((p) => p.level === level)
        .map((p) => pathToCells(c, p.d))
        .filter(hasLength);
      expect(ours.length, `lines at level ${level}`).toBe(theirs.length);
      const d = hausdorff(ours, theirs);
      if (d !== Infinity) worst = Math.max(worst, d);
      // The DOM rounds to 1/1000 px, far below 0.02 cells at these sizes; a flip moves lines by cells.
      expect(d === Infinity ? 0 : d, `Hausdorff at level ${level}`).toBeLessThan(0.02);
    }
    recordFidelity('origin/extent', name, { renderer: 'lines (DOM)', hausdorffCells: worst });
    const composite = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('chart')));
    const diff = compareImages(composite, loadFixturePng(`origins/${c.composite}`));
    recordFidelity('composite', `origins/${name}`, diff);
    console.log(
      `${name} composite: Hausdorff ≤ ${worst.toExponential(2)} cells; image mean |Δ| ${diff.meanAbs.toFixed(3)}/255, ${(diff.exactPixels * 100).toFixed(2)}% pixels identical`,
    );
    // Skia and Agg antialias the lines differently (about 10 % of pixels, all along the lines).
    expect(diff.exactPixels).toBeGreaterThan(0.85);
    expect(diff.meanAbs).toBeLessThan(2);
    expect(problems).toEqual([]);
  });
}
