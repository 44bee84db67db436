import { describe, expect, it } from 'vitest';
import { FILTER_SCALE, aggWeightLut, getKernel, kernelDiameter, type Kernel } from './kernels';

const kernel = (name: string): Kernel => getKernel(name)!;

describe('kernels', () => {
  it('evaluates the Agg formulas', () => {
    expect(kernel('bilinear').weight(0.25)).toBe(0.75);
    expect(kernel('bicubic').weight(0)).toBeCloseTo(2 / 3, 15);
    expect(kernel('bicubic').weight(1)).toBeCloseTo(1 / 6, 15);
    expect(kernel('spline36').weight(0)).toBe(1);
    expect(kernel('spline36').weight(1)).toBeCloseTo(0, 15);
    expect(kernel('spline36').weight(2.5)).toBe(((1 / 11) * 0.5 - 45 / 209) * 0.5 * 0.5 + (26 / 209) * 0.5);
    expect(getKernel('nearest')).toBeNull();
    expect(() => getKernel('lanczos5')).toThrow(/invalid prop "interpolation": unknown interpolation "lanczos5"/);
  });

  it('has Agg diameters 2·ceil(radius)', () => {
    expect(['bilinear', 'bicubic', 'spline36'].map((n) => kernelDiameter(kernel(n)))).toEqual([2, 4, 6]);
  });
});

describe('aggWeightLut', () => {
  it('reproduces the LUT values measured in matplotlib (w(0), w(1) at the pivot)', () => {
    const at = (name: string, offset: number): number => {
      const lut = aggWeightLut(kernel(name));
      return lut[lut.length / 2 + offset * 256]!;
    };
    expect([at('spline36', 0), at('spline36', 1)]).toEqual([16382, 0]);
    expect([at('bicubic', 0), at('bicubic', 1)]).toEqual([10922, 2731]);
  });

  it('normalises each sub-pixel phase to 16384 ± 1 and stays mirror-symmetric, as stock Agg does', () => {
    for (const name of ['bilinear', 'bicubic', 'spline36']) {
      const lut = aggWeightLut(kernel(name));
      const diameter = lut.length / 256;
      const pivot = lut.length / 2;
      for (let i = 1; i < pivot; i++) expect(lut[pivot + i]).toBe(lut[pivot - i]);
      for (let phase = 0; phase < 256; phase++) {
        let sum = 0;
        for (let tap = 0; tap < diameter; tap++) sum += lut[tap * 256 + phase]!;
        // Stock Agg re-mirrors the table after normalising, which leaves some phases one unit off;
        // matplotlib's output is only reproduced with that behaviour (its MPL_FIX_* macros are unset).
        expect(Math.abs(sum - FILTER_SCALE)).toBeLessThanOrEqual(1);
      }
    }
  });
});
