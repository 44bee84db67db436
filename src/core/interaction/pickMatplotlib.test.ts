// pick and the readout against matplotlib 3.6.3 (fixtures/matplotlib/pick/, pick_values.py): the
// values its _make_image hands to the norm at sampled pixels, the cell get_cursor_data finds, and
// its cursor readout texts.
import { describe, expect, it } from 'vitest';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import { loadPickCase, loadReadoutFixtures, PICK_CASE_NAMES, pickCaseGrid, type PickCase } from '../../../test-support/pickFixtures';
import { resolveNorm, type NormSpec } from '../color/norms';
import { resolveFigure } from '../figure/figureOptions';
import { fixMinus } from '../figure/scalarFormatter';
import { denormalize, toGrid } from '../grid/grid';
import { kernelFor, resolvePicture } from '../options';
import { resample } from '../resample/reference';
import { createPicker, type PickPlan } from './pick';
import { createReadoutText, formatCursorValue } from './readoutText';

/** The case drawn as pick_values.py draws it: the image fills the figure, one device pixel per px. */
function pickerFor(c: PickCase) {
  const picture = resolvePicture(
    { z: pickCaseGrid(c), ...(c.extent ? { extent: c.extent } : {}), origin: c.origin, interpolation: c.interpolation, cmap: 'viridis' },
    undefined,
    ALL_COLORMAPS,
  );
  const [left, right, bottom, top] = picture.extent;
  const plan: PickPlan = { image: { left: 0, top: 0, width: c.width, height: c.height }, xView: [left, right], yView: [bottom, top] };
  return { picture, plan, pick: createPicker(picture, plan, 1) };
}

/** The worst |Δ| over the samples in units of the data range, after checking that NaN ⇔ masked. */
function worstError(c: PickCase): number {
  const { pick } = pickerFor(c);
  let worst = 0;
  for (const [px, py, expected, cell] of c.samples) {
    const info = pick(px + 0.5, py + 0.5)!;
    expect(Number.isNaN(info.value), `(${px}, ${py})`).toBe(expected === null);
    expect(info.cellValue).toBe(cell ?? NaN);
    if (expected !== null) worst = Math.max(worst, Math.abs(info.value - expected) / (c.vmax - c.vmin));
  }
  return worst;
}

describe('pick against matplotlib', () => {
  // A pick computes its pixel as Agg does — the DDA's sample positions, the rounded 2-D tap
  // weights (aggPixel.ts) — so it is matplotlib's value up to float32 storage. (The renderers,
  // weighting taps separably at exact positions, colour values up to 5.5e-4 of the range from it
  // on the seed at 775 × 385, where Agg's DDA moves sample positions by 1/256 cell.)
  const JITTER_FREE = PICK_CASE_NAMES.filter((n) => !n.endsWith('775x385'));

  it.each(PICK_CASE_NAMES)('%s: the value under each sampled pixel is matplotlib’s, NaN where it is masked', (name) => {
    const c = loadPickCase(name);
    const worst = worstError(c);
    console.info(`${name}: ${c.samples.length} pixels, worst |Δ| ${worst.toExponential(2)} of the data range`);
    expect(worst).toBeLessThan(1e-7);
  });

  it.each(JITTER_FREE)('%s: the exact Agg reference is within 1e-7 of matplotlib at the same pixels', (name) => {
    const c = loadPickCase(name);
    const { picture } = pickerFor(c);
    const { grid } = picture;
    const kernel = kernelFor(picture, c.width, c.height);
    const exact = resample(grid.normalized, grid.rows, grid.cols, kernel, { width: c.width, height: c.height, origin: c.origin });
    for (const [px, py, expected] of c.samples) {
      if (expected !== null)
        expect(Math.abs(denormalize(grid, exact[py * c.width + px]!) - expected) / (c.vmax - c.vmin)).toBeLessThan(1e-7);
    }
  });

  it.each(PICK_CASE_NAMES)('%s: the point’s data coordinates and the readout texts are matplotlib’s cursor readout', (name) => {
    const c = loadPickCase(name);
    const { picture, plan, pick } = pickerFor(c);
    const text = createReadoutText(picture, resolveFigure({}), plan, 1);
    for (const r of c.readouts) {
      const info = pick(r.px + 0.5, r.py + 0.5)!;
      expect(info.x).toBeCloseTo(r.x, 12);
      expect(info.y).toBeCloseTo(r.y, 12);
      // matplotlib: 'x=… y=…' from format_coord, '[…]' from format_cursor_data (with an ASCII minus).
      const [x, y] = r.coord.split(' ');
      const z = r.z === '[]' ? 'nan' : fixMinus(r.z.slice(1, -1));
      const [ours, oursZ] = text(info).split(', z=');
      expect(ours).toBe(`${x}, ${y}`);
      expect(oursZ).toBe(z);
    }
  });

  it('formats z as format_cursor_data does under every norm kind', () => {
    const { field, values, cases } = loadReadoutFixtures();
    const grid = toGrid(field);
    for (const { norm, texts } of cases) {
      const resolved = resolveNorm(norm as unknown as NormSpec, grid, 256);
      values.forEach((v, i) => {
        const expected = texts[i];
        if (expected !== null && expected !== undefined)
          expect(formatCursorValue(resolved, 256, v), `${norm.type} ${v}`).toBe(fixMinus(expected.slice(1, -1)));
      });
    }
  });
});
