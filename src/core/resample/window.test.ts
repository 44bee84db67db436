import { describe, expect, it } from 'vitest';
import { resampleColors, resampleSeparable } from '../../../test-support/wholePicture';
import { coverage } from './coverage';
import { getKernel } from './kernels';
import { resample, type ResampleTarget } from './reference';
import { cellWindow, extentView } from '../view/view';

const field = (rows: number, cols: number) =>
  Float32Array.from({ length: rows * cols }, (_, i) => 0.5 + 0.5 * Math.sin(i * 0.37) * Math.cos(i * 0.11));

// 12 × 9 cells: zoomed in, deep, zoomed out (margins), reversed, downsampled, and at one pixel per cell.
const [ROWS, COLS] = [12, 9];
const WINDOWS: [string, ResampleTarget][] = [
  ['zoom', { width: 47, height: 31, origin: 'lower', window: { left: 2.3, right: 6.1, top: 9.4, bottom: 3.2 } }],
  ['deep', { width: 40, height: 30, origin: 'upper', window: { left: 4.1, right: 5.3, top: 6.2, bottom: 7.1 } }],
  ['zoom out', { width: 50, height: 44, origin: 'upper', window: { left: -3, right: 12.5, top: -2, bottom: 15 } }],
  ['reversed', { width: 33, height: 29, origin: 'lower', window: { left: 8.5, right: 0.5, top: 1, bottom: 11 } }],
  ['downsampled', { width: 5, height: 4, origin: 'upper', window: { left: 0, right: 9, top: 12, bottom: 0 } }],
  ['unit scale', { width: 6, height: 8, origin: 'upper', window: { left: 1.5, right: 7.5, top: 10, bottom: 2 } }],
];

describe('resampling a window of the grid', () => {
  it.each(WINDOWS)('the separable resampler agrees with the exact reference (%s)', (_, target) => {
    for (const name of ['bilinear', 'spline36', 'lanczos', null]) {
      const kernel = name === null ? null : getKernel(name);
      const exact = resample(field(ROWS, COLS), ROWS, COLS, kernel, target);
      const fast = resampleSeparable(field(ROWS, COLS), ROWS, COLS, kernel, target);
      expect(Array.from(fast, Number.isNaN)).toEqual(Array.from(exact, Number.isNaN));
      let worst = 0;
      exact.forEach((v, i) => (worst = Number.isNaN(v) ? worst : Math.max(worst, Math.abs(v - fast[i]!))));
      expect(worst).toBeLessThan(5e-4);
    }
  });

  it('leaves off-grid pixels NaN in the data stage and transparent in the rgba stage, in one box', () => {
    const target = WINDOWS[2]![1];
    const c = coverage(ROWS, COLS, target);
    // Columns −3 … 12.5 over 50 px (0.31 cells per px): column 0 starts at px centre 9.68, so px 10
    // is the first whose centre is on the grid, px 38 the last (9 = −3 + 38.7 · 0.31). Rows alike.
    expect(c).toEqual({ left: 10, right: 39, top: 5, bottom: 36 });
    const values = resampleSeparable(field(ROWS, COLS), ROWS, COLS, getKernel('bicubic'), target);
    const colors = resampleColors(
      Float64Array.from({ length: ROWS * COLS * 4 }, () => 0.5),
      ROWS,
      COLS,
      getKernel('bicubic')!,
      target,
    );
    for (let py = 0; py < target.height; py++) {
      for (let px = 0; px < target.width; px++) {
        const inside = px >= c.left && px < c.right && py >= c.top && py < c.bottom;
        expect(Number.isNaN(values[py * target.width + px]!)).toBe(!inside);
        expect(colors[(py * target.width + px) * 4 + 3]).toBe(inside ? 0.5 : 0);
      }
    }
  });

  it('draws the extent given as a window as it draws no window', () => {
    // cellWindow of the extent's own view. Its sample points come from left + (px + 0.5) · step
    // instead of (px + 0.5) / (width / cols): float rounding could in principle put one on the other
    // side of a 1/256 tie, but none did in a sweep of 2.4M (grids up to 600 × 400, sizes 1…700).
    for (const [width, height, origin] of [
      [47, 31, 'lower'],
      [90, 60, 'upper'],
      [5, 4, 'lower'],
    ] as const) {
      const extent: [number, number, number, number] = origin === 'lower' ? [0, 9, 0, 12] : [0, 9, 12, 0];
      const window = cellWindow(extentView(extent), extent, ROWS, COLS, origin);
      for (const name of ['spline36', 'hanning', null]) {
        const kernel = name === null ? null : getKernel(name);
        const plain = resampleSeparable(field(ROWS, COLS), ROWS, COLS, kernel, { width, height, origin });
        const windowed = resampleSeparable(field(ROWS, COLS), ROWS, COLS, kernel, { width, height, origin, window });
        expect(Buffer.from(windowed.buffer).equals(Buffer.from(plain.buffer)), `${width}×${height} ${origin} ${name}`).toBe(true);
      }
    }
  });

  it('mirrors the picture for a reversed window', () => {
    // Edges and steps in whole 1/256 cells, so mirrored sample points are exact.
    const [width, height] = [64, 48];
    const window = { left: 1, right: 7, top: 2.5, bottom: 10 };
    const mirrored = { left: 7, right: 1, top: 10, bottom: 2.5 };
    for (const name of ['nearest', 'bilinear', 'spline36', 'lanczos']) {
      const kernel = name === 'nearest' ? null : getKernel(name);
      const straight = resampleSeparable(field(ROWS, COLS), ROWS, COLS, kernel, { width, height, origin: 'upper', window });
      const flipped = resampleSeparable(field(ROWS, COLS), ROWS, COLS, kernel, { width, height, origin: 'upper', window: mirrored });
      let worst = 0;
      for (let py = 0; py < height; py++) {
        for (let px = 0; px < width; px++) {
          const a = straight[py * width + px]!;
          const b = flipped[(height - 1 - py) * width + (width - 1 - px)]!;
          worst = Math.max(worst, Math.abs(a - b));
        }
      }
      // Agg's taps and symmetric weight table mirror exactly with the sample points.
      expect(worst, name).toBe(0);
    }
  });
});
