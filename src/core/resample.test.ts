import { describe, expect, it } from 'vitest';
import { CASE_NAMES, caseGrid, compareImages, loadCase, loadCasePng } from '../testing/matplotlibFixtures';
import { colorOf, getColormap } from './colormaps';
import { toGrid } from './grid';
import { getKernel } from './kernels';
import { linearNorm } from './norm';
import { reflect, resample } from './resample';

/** The CPU reference pipeline: resample normalised data, apply the norm, look up colours. */
function renderCase(name: string) {
  const c = loadCase(name);
  const grid = toGrid(caseGrid(c));
  const values = resample(grid.normalized, grid.rows, grid.cols, getKernel(c.interpolation), {
    width: c.width,
    height: c.height,
    origin: c.origin,
  });
  const norm = linearNorm(grid);
  const cmap = getColormap(c.cmap);
  const data = new Uint8Array(c.width * c.height * 4);
  values.forEach((t, i) => data.set(colorOf(cmap, t * norm.scale + norm.offset), i * 4));
  return { c, image: { width: c.width, height: c.height, data } };
}

describe('resample (CPU reference of matplotlib imshow)', () => {
  it.each(CASE_NAMES)('draws the %s image layer as matplotlib 3.6.3 does', (name) => {
    const { c, image } = renderCase(name);
    const diff = compareImages(image, loadCasePng(c, 'image'));
    console.info(`${name}: ${(diff.exactPixels * 100).toFixed(3)}% pixels exact, mean |Δ| ${diff.meanAbs.toFixed(5)}/255, max ${diff.maxAbs}`);
    // Agg's DDA jitter of sample positions (≤ 1/256 px) is not reproduced, so a few pixels on
    // colour-bin boundaries may land one LUT entry away; everything else must be identical.
    expect(diff.exactPixels).toBeGreaterThan(0.97);
    expect(diff.meanAbs).toBeLessThan(0.1);
  });

  it('makes every output pixel whose kernel window touches a NaN cell transparent', () => {
    const { c, image } = renderCase('holes');
    const expected = loadCasePng(c, 'image');
    let transparentHere = 0;
    let transparentThere = 0;
    for (let p = 3; p < image.data.length; p += 4) {
      if (image.data[p] === 0) transparentHere++;
      if (expected.data[p] === 0) transparentThere++;
    }
    expect(transparentHere).toBe(transparentThere);
    expect(transparentHere).toBeGreaterThan(0);
  });

  it('mirrors taps at the edges with the edge cell repeated', () => {
    expect([-3, -2, -1, 0, 1, 2, 3, 4, 5].map((i) => reflect(i, 3))).toEqual([2, 1, 0, 0, 1, 2, 2, 1, 0]);
  });
});
