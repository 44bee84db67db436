import { describe, expect, it } from 'vitest';
import {
  CASE_NAMES,
  caseGrid,
  compareImages,
  kernelCaseNames,
  loadCase,
  loadCasePng,
  loadKernelCase,
  loadKernelField,
  loadKernelPng,
  loadKernelProbe,
  type KernelCase,
  type Rgba,
} from '../../../test-support/matplotlibFixtures';
import { getColormap } from '../color/colormaps';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import { denormalize, toGrid, type GridInput } from '../grid/grid';
import { getKernel, resolveInterpolation } from './kernels';
import { resolveNorm } from '../color/norms';
import { shade } from '../color/shade';
import { reflect, resample, type Origin } from './reference';

interface Drawing {
  z: GridInput;
  interpolation: string;
  filterrad?: number;
  cmap: string;
  width: number;
  height: number;
  origin: Origin;
}

/** The CPU reference pipeline: resample normalised data, apply the norm, look up colours. */
function render(d: Drawing): Rgba {
  const grid = toGrid(d.z);
  const interpolation = resolveInterpolation(d.interpolation, grid.rows, grid.cols, d.width, d.height);
  const values = resample(grid.normalized, grid.rows, grid.cols, getKernel(interpolation, d.filterrad), d);
  const norm = resolveNorm(undefined, grid);
  const cmap = getColormap(d.cmap, 'cmap', ALL_COLORMAPS);
  const data = new Uint8Array(d.width * d.height * 4);
  values.forEach((t, i) => data.set(shade(cmap, norm, denormalize(grid, t)), i * 4));
  return { width: d.width, height: d.height, data };
}

function renderCase(name: string) {
  const c = loadCase(name);
  return { c, image: render({ ...c, z: caseGrid(c) }) };
}

function summary(name: string, diff: ReturnType<typeof compareImages>): string {
  return `${name}: ${(diff.exactPixels * 100).toFixed(3)}% pixels exact, mean |Δ| ${diff.meanAbs.toFixed(5)}/255, max ${diff.maxAbs}`;
}

describe('resample (CPU reference of matplotlib imshow)', () => {
  it.each(CASE_NAMES)('draws the %s image layer as matplotlib 3.6.3 does', (name) => {
    const { c, image } = renderCase(name);
    const diff = compareImages(image, loadCasePng(c, 'image'));
    console.info(summary(name, diff));
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

/**
 * Bounds per kernels/ case, by how Agg places its samples there. Downsampling steps 120/48 cells
 * per pixel, a whole number of Agg's 1/256 sub-pixel units, so Agg's span DDA adds no jitter: the
 * only misses are values on a viridis bin edge that the library's float32 grid rounds across
 * (matplotlib resamples float64; one pixel in down-bilinear). Upsampling steps 12/100 =
 * 30.72/256 cells, so the DDA (not reproduced) moves samples by up to 1/256 cell and ~1.5% of
 * pixels land one viridis entry away (measured 97.84–98.70% exact, mean |Δ| ≤ 0.015/255).
 */
function bounds(c: KernelCase): { exact: number; meanAbs: number; maxAbs: number } {
  return c.field === 'down' ? { exact: 0.998, meanAbs: 0.002, maxAbs: 3 } : { exact: 0.975, meanAbs: 0.02, maxAbs: 3 };
}

describe('every interpolation kernel against matplotlib 3.6.3 (fixtures/matplotlib/kernels)', () => {
  it.each(kernelCaseNames())('draws %s as matplotlib does', (name) => {
    const c = loadKernelCase(name);
    const image = render({ ...c, z: loadKernelField(c.field).z });
    const diff = compareImages(image, loadKernelPng(c));
    console.info(`${summary(name, diff)}; Agg range ${c.resampledRange.map((v) => v.toFixed(3)).join('…')}`);
    // 3.6.3 clamps overshoot beyond ±12.5% of the data range (down-sinc-r2 reaches it), which this
    // renderer, like current matplotlib, does not; with vmin/vmax at the data range a clamped value
    // is under/over either way, so the clamp cannot change a colour here.
    const { exact, meanAbs, maxAbs } = bounds(c);
    expect(diff.exactPixels).toBeGreaterThanOrEqual(exact);
    expect(diff.meanAbs).toBeLessThanOrEqual(meanAbs);
    expect(diff.maxAbs).toBeLessThanOrEqual(maxAbs);
  });
});

describe('resampled values against Agg (fixtures/matplotlib/kernels/probe.json)', () => {
  const probe = loadKernelProbe();
  it.each(Object.keys(probe.outputs))('reproduces Agg for %s, up- and downsampling', (name) => {
    const out = probe.outputs[name]!;
    for (const direction of ['up', 'down'] as const) {
      const { rows, cols, width, height, input } = probe.shapes[direction];
      const interpolation = resolveInterpolation(out.interpolation, rows, cols, width, height);
      const values = resample(Float64Array.from(input), rows, cols, getKernel(interpolation, out.filterrad), {
        width,
        height,
        origin: 'upper',
      });
      const worst = Math.max(...Array.from(values, (v, i) => Math.abs(v - out[direction][i]!)));
      // Sample positions are exact here (no DDA jitter), so only float32 storage and the fixture's
      // 10 significant digits separate the two.
      expect(worst, direction).toBeLessThan(1e-7);
    }
  });
});
