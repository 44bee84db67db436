// The picture against matplotlib 3.6.3's own output (fixtures/matplotlib, made by generate.py).
import { expect, test } from '@playwright/test';
import { CASE_NAMES, compareImages, hausdorff, loadCase, loadCasePng } from '../test-support/matplotlibFixtures';
import { casePropsFor as propsFor, decodeBase64Png, mountedContourPaths, openHarness, recordFidelity } from './support';

for (const name of CASE_NAMES) {
  test(`${name}: the heatmap matches matplotlib's image layer within a mean 3/255 per channel, on the GPU and on the CPU`, async ({
    page,
  }) => {
    const problems = await openHarness(page);
    const c = loadCase(name);
    const drawn = [];
    for (const renderer of ['gpu', 'cpu'] as const) {
      const base64 = await page.evaluate((props) => window.harness.solo(props as never), { ...propsFor(c, false), renderer });
      const ours = decodeBase64Png(base64);
      expect([ours.width, ours.height]).toEqual([c.width, c.height]);
      const diff = compareImages(ours, loadCasePng(c, 'image'));
      recordFidelity('heatmap (reference cases)', name, { renderer, ...diff });
      const summary = `${name} heatmap (${renderer}): mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}, ${(diff.exactPixels * 100).toFixed(2)}% pixels identical`;
      test.info().annotations.push({ type: 'matplotlib diff', description: summary });
      console.log(summary);
      expect(diff.meanAbs).toBeLessThan(3);
      drawn.push(ours);
    }
    // The two renderers draw the same picture (issue bound: a mean 1/255 per channel).
    const between = compareImages(drawn[0]!, drawn[1]!);
    recordFidelity('GPU vs CPU', `cases/${name}`, { reference: 'the CPU renderer', ...between });
    console.log(`${name} GPU vs CPU: mean |Δ| ${between.meanAbs.toFixed(4)}/255, max ${between.maxAbs}`);
    expect(between.meanAbs).toBeLessThan(1);
    expect(problems).toEqual([]);
  });

  test(`${name}: contour paths in the DOM trace matplotlib's lines, and the composite matches its figure`, async ({ page }) => {
    const problems = await openHarness(page);
    const c = loadCase(name);
    // Every path carries its level: map its pixel coordinates back to data space and compare.
    const paths = await mountedContourPaths(page, propsFor(c, true));
    const [left, right, bottom, top] = c.extent ?? [
      -0.5,
      c.cols - 0.5,
      c.origin === 'upper' ? c.rows - 0.5 : -0.5,
      c.origin === 'upper' ? -0.5 : c.rows - 0.5,
    ];
    const cellX = Math.abs(right - left) / c.cols;
    const cellY = Math.abs(top - bottom) / c.rows;
    const toCells = (d: string) =>
      [...d.matchAll(/[ML]([-\d.e]+) ([-\d.e]+)/g)].map(
        (m) =>
          [(left + (Number(m[1]) / c.width) * (right - left)) / cellX, (top - (Number(m[2]) / c.height) * (top - bottom)) / cellY] as [
            number,
            number,
          ],
      );
    let worst = 0;
    for (const { level, lines } of c.contours) {
      const theirs = lines
        .filter((l) => l.points.length > 1 && l.points.some((p) => p[0] !== l.points[0]![0] || p[1] !== l.points[0]![1]))
        .map((l) => l.points.map(([x, y]) => [x / cellX, y / cellY] as [number, number]));
      const ours = paths
        .filter((p) => p.level === level)
        .map((p) => {
          const pts = toCells(p.d);
          return p.d.endsWith('Z') ? [...pts, pts[0]!] : pts;
        })
        .filter((pts) => pts.some((p) => p[0] !== pts[0]![0] || p[1] !== pts[0]![1]));
      expect(ours.length, `lines at level ${level}`).toBe(theirs.length);
      const d = hausdorff(ours, theirs);
      worst = Math.max(worst, d === Infinity ? 0 : d);
      // The DOM rounds to 1/1000 px, which is far below 0.02 cells at these sizes.
      expect(d === Infinity ? 0 : d).toBeLessThan(0.02);
    }
    const composite = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('chart')));
    const diff = compareImages(composite, loadCasePng(c, 'composite'));
    recordFidelity('contour lines', name, { renderer: 'lines (DOM)', hausdorffCells: worst });
    recordFidelity('composite', name, diff);
    const summary = `${name} composite: Hausdorff ≤ ${worst.toExponential(2)} cells; image mean |Δ| ${diff.meanAbs.toFixed(3)}/255, ${(diff.exactPixels * 100).toFixed(2)}% pixels identical`;
    test.info().annotations.push({ type: 'matplotlib diff', description: summary });
    console.log(summary);
    // Lines are antialiased differently by Skia and Agg; the bound covers that, not a misplaced line.
    expect(diff.meanAbs).toBeLessThan(6);
    expect(problems).toEqual([]);
  });
}
