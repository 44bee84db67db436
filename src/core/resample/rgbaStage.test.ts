import { describe, expect, it } from 'vitest';
import {
  compareWithPremultipliedRgb,
  loadRgbaCase,
  loadRgbaPng,
  loadRgbaProbe,
  rgbaCaseGrid,
  rgbaCaseNames,
  type Rgba,
} from '../../../test-support/matplotlibFixtures';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import { getColormap, resolveColormap } from '../color/colormaps';
import { kernelFor, resolvePicture } from '../options';
import { getKernel } from './kernels';
import { resampleColors } from '../../../test-support/wholePicture';
import { cellColors, colorBytes, resamplesColors } from './rgbaStage';

/** The CPU renderer's rgba stage without the canvas. */
function drawRgba(props: Parameters<typeof resolvePicture>[0], width: number, height: number): Rgba {
  const p = resolvePicture({ ...props, interpolationStage: 'rgba' }, undefined, ALL_COLORMAPS);
  const kernel = kernelFor(p, width, height);
  if (!resamplesColors(kernel, p.grid.rows, p.grid.cols, width, height)) throw new Error('not a resampling case');
  const colors = cellColors(p.grid.normalized, p.colormap, p.normShader);
  const bytes = colorBytes(resampleColors(colors, p.grid.rows, p.grid.cols, kernel, { width, height, origin: p.origin }));
  return { width, height, data: Uint8Array.from(bytes) };
}

describe('cellColors', () => {
  it("gives each cell the colormap's float colour (not byte / 255), under, over and bad, premultiplied", () => {
    const cmap = resolveColormap('viridis', { under: 'magenta', over: [0, 1, 1, 0.5] });
    // vmin / vmax at 0.25 / 0.75 of data spanning [0, 1]: the grid's normalised values are exact.
    const p = resolvePicture({
      z: [[0.25, 0.5, 0.75, 0, 1, NaN]],
      vmin: 0.25,
      vmax: 0.75,
      cmap: 'viridis',
      underColor: 'magenta',
      overColor: [0, 1, 1, 0.5],
    });
    const colors = Array.from(cellColors(p.grid.normalized, p.colormap, p.normShader));
    const lut = cmap.floats.lut;
    const entry = (i: number) => Array.from(lut.subarray(i * 4, i * 4 + 4));
    expect(colors.slice(0, 12)).toEqual([...entry(0), ...entry(128), ...entry(255)]);
    expect(entry(0)).toEqual([0.267004, 0.004874, 0.329415, 1]);
    expect(colors.slice(12)).toEqual([1, 0, 1, 1, 0, 0.5, 0.5, 0.5, 0, 0, 0, 0]);
  });
});

describe('resampleColors + colorBytes', () => {
  it('fades an opaque cell into a transparent (NaN) one: its colour stays exact, alpha follows the weights, truncated', () => {
    // One red cell beside a NaN (bad: transparent) drawn bilinear at 2×: Agg's weights there are
    // 12224 / 16384 and 4032 / 16384 of the red cell, so alpha 190.25 and 62.75, truncated.
    const image = drawRgba({ z: [[1, NaN]], cmap: { colors: ['red'] }, interpolation: 'bilinear' }, 4, 1);
    expect(Array.from(image.data)).toEqual([255, 0, 0, 255, 255, 0, 0, 190, 255, 0, 0, 62, 0, 0, 0, 0]);
  });

  it('truncates to bytes as matplotlib does, (x * 255).astype(uint8): 0.5 → 127', () => {
    const image = drawRgba({ z: [[1, 1]], cmap: { colors: [[0.5, 0.25, 1]] }, interpolation: 'spline36' }, 5, 3);
    for (let o = 0; o < image.data.length; o += 4) expect(Array.from(image.data.subarray(o, o + 4))).toEqual([127, 63, 255, 255]);
  });

  it("clamps as Agg's RGBA resampler does: alpha to [0, 1], colour to [0, alpha]", () => {
    // A hard edge under spline36 overshoots on both sides.
    const colors = Float64Array.from([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const out = resampleColors(colors, 1, 4, getKernel('spline36')!, { width: 40, height: 1, origin: 'upper' });
    for (let o = 0; o < out.length; o += 4) {
      expect(out[o + 3]).toBeLessThanOrEqual(1);
      for (let k = 0; k < 3; k++) expect(out[o + k]).toBeGreaterThanOrEqual(0);
      for (let k = 0; k < 3; k++) expect(out[o + k]).toBeLessThanOrEqual(out[o + 3]!);
    }
    expect(Math.min(...out)).toBe(0);
  });

  it.each(Object.keys(loadRgbaProbe().outputs))(
    "agrees with Agg's float RGBA resampler to 5e-4 for %s, up and down (rgba/probe.json)",
    (name) => {
      const probe = loadRgbaProbe();
      for (const direction of ['up', 'down'] as const) {
        const { rows, cols, width, height, input } = probe.shapes[direction];
        // Agg's output row 0 samples input row 0, which is our origin 'upper'.
        const ours = resampleColors(Float64Array.from(input), rows, cols, getKernel(name)!, { width, height, origin: 'upper' });
        const agg = probe.outputs[name]![direction];
        let worst = 0;
        ours.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - agg[i]!))));
        expect(worst, direction).toBeLessThan(5e-4);
      }
    },
  );
});

describe('resamplesColors', () => {
  it('is false for nearest and for exactly one pixel per cell, where both stages draw the same picture', () => {
    expect(resamplesColors(null, 10, 12, 100, 70)).toBe(false);
    expect(resamplesColors(getKernel('bilinear'), 10, 12, 12, 10)).toBe(false);
    expect(resamplesColors(getKernel('bilinear'), 10, 12, 24, 10)).toBe(true);
  });
});

describe("the rgba stage against matplotlib 3.6.3's imshow(interpolation_stage='rgba')", () => {
  // Where alpha is partial (around NaN holes) the comparison multiplies truncated bytes, which
  // moves a byte or two; elsewhere the differences are the separable weights' and Agg's DDA jitter.
  it.each(rgbaCaseNames().filter((n) => !n.includes('nearest')))(
    '%s: mean |Δ| below 0.25/255, max 3, ≥ 90 % of pixels identical (70 % with holes)',
    (name) => {
      const c = loadRgbaCase(name);
      const props = {
        z: rgbaCaseGrid(c),
        origin: c.origin,
        interpolation: c.interpolation as 'bilinear',
        cmap: c.cmap,
        vmin: c.vmin,
        vmax: c.vmax,
        ...(c.underColor ? { underColor: c.underColor } : {}),
        ...(c.overColor ? { overColor: c.overColor } : {}),
      };
      const diff = compareWithPremultipliedRgb(drawRgba(props, c.width, c.height), loadRgbaPng(c));
      console.info(
        `${name}: ${(diff.exactPixels * 100).toFixed(2)}% identical, mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}`,
      );
      expect(diff.meanAbs).toBeLessThan(0.25);
      expect(diff.maxAbs).toBeLessThanOrEqual(3);
      expect(diff.exactPixels).toBeGreaterThan(c.nan.length ? 0.7 : 0.9);
    },
  );

  it.each(rgbaCaseNames().filter((n) => n.startsWith('holes')))(
    '%s: partially transparent pixels hold 3.6.3 bytes before un-premultiplying',
    (name) => {
      // 3.6.3 resamples colour (alpha forced to 1) and alpha apart, so its colour bytes there are
      // trunc(255 · premultiplied colour): the floats we un-premultiply, before the division.
      const c = loadRgbaCase(name);
      const p = resolvePicture(
        { z: rgbaCaseGrid(c), origin: c.origin, interpolation: c.interpolation as 'bicubic', cmap: c.cmap, vmin: c.vmin, vmax: c.vmax },
        undefined,
        ALL_COLORMAPS,
      );
      const kernel = kernelFor(p, c.width, c.height)!;
      const premultiplied = resampleColors(cellColors(p.grid.normalized, p.colormap, p.normShader), p.grid.rows, p.grid.cols, kernel, {
        ...c,
      });
      const mpl = loadRgbaPng(c);
      let partial = 0;
      let same = 0;
      for (let o = 0; o < mpl.data.length; o += 4) {
        if (mpl.data[o + 3] === 255) continue;
        partial++;
        if ([0, 1, 2, 3].every((k) => Math.trunc(premultiplied[o + k]! * 255) === mpl.data[o + k])) same++;
      }
      expect(partial).toBeGreaterThan(20);
      expect(same / partial).toBeGreaterThan(0.9);
    },
  );

  it('keeps the float LUT: byte / 255 is up to 1/255 lower (viridis)', () => {
    const viridis = getColormap('viridis');
    let worst = 0;
    viridis.floats.lut.forEach((f, i) => (worst = Math.max(worst, f - viridis.lut[i]! / 255)));
    expect(worst).toBeGreaterThan(0.0039);
  });
});
