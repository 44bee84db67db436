import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggWeightLut } from './aggWeightLut';
import { getKernel, INTERPOLATION_NAMES, resolveInterpolation, type Kernel } from './kernels';
import { resample, type Origin } from './reference';
import { resampleSeparable } from '../../../test-support/wholePicture';

/**
 * Property tests for the resamplers (the exact Agg reference and the separable CPU / GPU one) on
 * small random grids drawn at random sizes, up- and downsampling.
 */

/** Every interpolation name, with filterrad 2–6 for the ones that take it. */
const interpolation = fc.record({
  name: fc.constantFrom(...INTERPOLATION_NAMES),
  filterrad: fc.constantFrom(2, 3, 4, 6),
});

const target = fc.record({
  width: fc.integer({ min: 1, max: 24 }),
  height: fc.integer({ min: 1, max: 24 }),
  origin: fc.constantFrom<Origin>('upper', 'lower'),
});

const shape = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) });

/** The kernel an interpolation runs at a drawn size (null = nearest). */
function kernelOf(name: string, filterrad: number, rows: number, cols: number, width: number, height: number): Kernel | null {
  return getKernel(resolveInterpolation(name, rows, cols, width, height), filterrad);
}

/** Whether a kernel's Agg weight table has no negative weight, so every output is a weighted mean. */
function nonNegative(kernel: Kernel | null): boolean {
  return kernel === null || aggWeightLut(kernel).every((w) => w >= 0);
}

const RESAMPLERS = [
  ['reference', resample],
  ['separable', resampleSeparable],
] as const;

describe('resampling (property)', () => {
  it('knows which kernels cannot overshoot: nearest, bilinear, the antialiased hanning and the other non-negative ones', () => {
    const names = INTERPOLATION_NAMES.filter((n) => !['antialiased', 'auto', 'none', 'nearest'].includes(n));
    const safe = names.filter((n) => [2, 4, 6].every((r) => nonNegative(getKernel(n, r))));
    expect(safe).toEqual(['bilinear', 'bicubic', 'hanning', 'hamming', 'hermite', 'kaiser', 'quadric', 'gaussian']);
  });

  it.each(RESAMPLERS)('%s: with a non-negative kernel every output lies within the data range', (_, run) => {
    fc.assert(
      fc.property(
        shape,
        target,
        interpolation,
        fc.infiniteStream(fc.double({ min: -1e3, max: 1e3, noNaN: true })),
        ({ rows, cols }, t, { name, filterrad }, stream) => {
          const kernel = kernelOf(name, filterrad, rows, cols, t.width, t.height);
          if (!nonNegative(kernel)) return;
          const values = Float64Array.from(stream.take(rows * cols));
          let [lo, hi] = [Infinity, -Infinity];
          for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
          const out = run(values, rows, cols, kernel, t);
          expect(out).toHaveLength(t.width * t.height);
          // Up to the float32 the output is stored in (which flushes |v| < 1.4e-45 to 0).
          const slack = 1e-6 * Math.max(Math.abs(lo), Math.abs(hi));
          const [flo, fhi] = [Math.fround(lo) - slack, Math.fround(hi) + slack];
          for (const v of out) expect(v >= flo && v <= fhi, `${v} outside [${lo}, ${hi}] with ${kernel?.name ?? 'nearest'}`).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each(RESAMPLERS)('%s: a constant grid comes out as the same constant, with every kernel', (_, run) => {
    fc.assert(
      // float32 values, as the grid stores them: then every weighted sum is exact.
      fc.property(
        shape,
        target,
        interpolation,
        fc.float({ noNaN: true, noDefaultInfinity: true }),
        ({ rows, cols }, t, { name, filterrad }, c) => {
          const kernel = kernelOf(name, filterrad, rows, cols, t.width, t.height);
          const out = run(new Float32Array(rows * cols).fill(c), rows, cols, kernel, t);
          // === so that -0 in may come out as 0 (a weighted sum of -0 is +0).
          for (const v of out) expect(v === c, `${v} from ${c} with ${kernel?.name ?? 'nearest'}`).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('nearest picks input values only', () => {
    fc.assert(
      fc.property(shape, target, fc.infiniteStream(fc.float({ noNaN: true })), ({ rows, cols }, t, stream) => {
        const values = Float32Array.from(stream.take(rows * cols));
        const inputs = new Set(values);
        for (const v of resample(values, rows, cols, null, t)) expect(inputs.has(v)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
