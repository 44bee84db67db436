import { describe, expect, it } from 'vitest';
import { getKernel } from './kernels';
import { resample } from './reference';
import { resampleSeparable } from '../../../test-support/wholePicture';

const field = (rows: number, cols: number) =>
  Float32Array.from({ length: rows * cols }, (_, i) => 0.5 + 0.5 * Math.sin(i * 0.37) * Math.cos(i * 0.11));

describe('resampleSeparable', () => {
  it.each(['bilinear', 'bicubic', 'spline36', 'lanczos'])(
    'agrees with the exact Agg reference to 5e-4 of the range (a colour bin is 3.9e-3) for %s, up and down',
    (name) => {
      for (const [rows, cols, width, height] of [
        [6, 8, 50, 33],
        [40, 60, 17, 23],
      ] as const) {
        const target = { width, height, origin: 'lower' as const };
        const exact = resample(field(rows, cols), rows, cols, getKernel(name), target);
        const fast = resampleSeparable(field(rows, cols), rows, cols, getKernel(name), target);
        let worst = 0;
        exact.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - fast[i]!))));
        expect(worst).toBeLessThan(5e-4);
      }
    },
  );

  it('marks every pixel whose window touches a NaN cell, as the reference does', () => {
    const values = field(10, 10);
    values[45] = NaN;
    const target = { width: 40, height: 40, origin: 'upper' as const };
    const exact = resample(values, 10, 10, getKernel('bicubic'), target);
    const fast = resampleSeparable(values, 10, 10, getKernel('bicubic'), target);
    expect(Array.from(fast, Number.isNaN)).toEqual(Array.from(exact, Number.isNaN));
  });
});
