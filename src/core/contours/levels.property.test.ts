import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extend } from './extend';
import { levelsFromCount, MAX_LEVELS, maxNLocatorTicks, resolveLevels } from './levels';

/**
 * Property tests for contour levels from a count: the invariants of matplotlib's rule
 * (MaxNLocator(count + 1, min_n_ticks=1) ticks, trimmed to one level beyond the data at each end),
 * checked on the output rather than recomputed the same way. The exact values are pinned against
 * matplotlib by levels.test.ts (fixtures/matplotlib/levels*.json).
 */

/** matplotlib's default MaxNLocator steps: every tick spacing is one of these times a power of ten. */
const NICE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** A data range: a centre and a width, each over many decades, so ranges with large offsets occur too. */
const range = fc
  .tuple(
    fc.double({ min: -1000, max: 1000, noNaN: true }),
    fc.double({ min: 1e-3, max: 1000, noNaN: true }),
    fc.integer({ min: -40, max: 40 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(([centre, width, e, offsetDecades]) => {
    const scale = 10 ** e;
    const mid = centre * scale * 10 ** offsetDecades;
    return [mid - (width * scale) / 2, mid + (width * scale) / 2] as const;
  })
  .filter(([lo, hi]) => Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi);

/** Any two finite doubles as a range, extremes included (flat, subnormal, ±1.8e308). */
const anyRange = fc
  .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));

const count = fc.integer({ min: 1, max: 60 });
const extend = fc.constantFrom<Extend>('neither', 'min', 'max', 'both');

const below = (levels: readonly number[], zmin: number) => levels.filter((l) => l < zmin).length;
const above = (levels: readonly number[], zmax: number) => levels.filter((l) => l > zmax).length;

/** The spacing of equally spaced levels (the median gap, robust to the rounding of each level). */
function spacing(levels: readonly number[]): number {
  const gaps = levels
    .slice(1)
    .map((l, i) => l - levels[i]!)
    .sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}

describe('levelsFromCount (property)', () => {
  it('gives finite, strictly ascending levels for any finite range, extremes included', () => {
    fc.assert(
      fc.property(anyRange, count, extend, ([zmin, zmax], n, ext) => {
        const levels = levelsFromCount(n, zmin, zmax, ext);
        expect(levels.length).toBeGreaterThan(0);
        expect(
          levels.every((l, i) => Number.isFinite(l) && (i === 0 || l > levels[i - 1]!)),
          `${levels}`,
        ).toBe(true);
        expect(levels.length).toBeLessThanOrEqual(n + 3);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps at most one level below zmin and one above zmax, unless it falls back to the untrimmed ticks', () => {
    fc.assert(
      fc.property(range, count, ([zmin, zmax], n) => {
        const levels = levelsFromCount(n, zmin, zmax);
        const ticks = maxNLocatorTicks(n + 1, 1, zmin, zmax);
        if (below(levels, zmin) <= 1 && above(levels, zmax) <= 1) return;
        // The fallback: fewer than 3 levels would have remained, so the ticks are kept as they are.
        expect(levels).toEqual(ticks);
        const trimmed = ticks.filter((t, i) => (t >= zmin || !(ticks[i + 1]! < zmin)) && (t <= zmax || !(ticks[i - 1]! > zmax)));
        expect(trimmed.length).toBeLessThan(3);
      }),
      { numRuns: 200 },
    );
  });

  it('covers the data: the first level is at or below zmin and the last at or above zmax (to within half a step)', () => {
    fc.assert(
      fc.property(range, count, ([zmin, zmax], n) => {
        const levels = levelsFromCount(n, zmin, zmax);
        if (levels.length < 2) return;
        const half = spacing(levels) / 2;
        expect(levels[0]! <= zmin + half).toBe(true);
        expect(levels.at(-1)! >= zmax - half).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('spaces the levels equally by a nice step: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    fc.assert(
      fc.property(range, count, ([zmin, zmax], n) => {
        const levels = levelsFromCount(n, zmin, zmax);
        if (levels.length < 2) return;
        const step = spacing(levels);
        const magnitude = Math.max(Math.abs(levels[0]!), Math.abs(levels.at(-1)!));
        // Each level is rounded to its own ulp; a step near that rounding tells nothing about niceness.
        if (step < 1e-6 * magnitude) return;
        const tolerance = 1e-9 * step + 8 * Number.EPSILON * magnitude;
        const worst = levels.slice(1).reduce((w, l, i) => Math.max(w, Math.abs(l - levels[i]! - step)), 0);
        expect(worst).toBeLessThanOrEqual(tolerance);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect(
          NICE.some((m) => Math.abs(mantissa - m) <= 1e-6 * m),
          `step ${step}`,
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('follows MaxNLocator’s count rule: the smallest nice step at least (zmax − zmin) / (count + 1)', () => {
    fc.assert(
      fc.property(range, count, ([zmin, zmax], n) => {
        const magnitude = Math.max(Math.abs(zmin), Math.abs(zmax));
        // Ranges that nonsingular() widens, or where rounding the offset moves the span, are skipped.
        if (!(zmax - zmin > 1e-6 * magnitude) || magnitude < 1e-250) return;
        const levels = levelsFromCount(n, zmin, zmax);
        const step = spacing(levels);
        const raw = (zmax - zmin) / (n + 1);
        expect(step >= raw * (1 - 1e-9), `step ${step} < raw ${raw}`).toBe(true);
        // The next smaller nice step would be too small.
        const decade = 10 ** Math.floor(Math.log10(step));
        const k = NICE.findIndex((m) => Math.abs(step / decade - m) <= 1e-6 * m);
        const smaller = k > 0 ? NICE[k - 1]! * decade : 8 * (decade / 10);
        expect(smaller < raw * (1 + 1e-9), `a step of ${smaller} would do for raw ${raw}`).toBe(true);
        // So the levels inside the data number at most count + 2.
        expect(levels.filter((l) => l >= zmin && l <= zmax).length).toBeLessThanOrEqual(n + 2);
      }),
      { numRuns: 200 },
    );
  });

  it('extend drops the outer level beyond the data at that end (or keeps the untrimmed ticks when fewer than 3 would remain)', () => {
    fc.assert(
      fc.property(range, count, extend, ([zmin, zmax], n, ext) => {
        const levels = levelsFromCount(n, zmin, zmax, ext);
        const ticks = maxNLocatorTicks(n + 1, 1, zmin, zmax);
        // Always a contiguous run of the locator's ticks.
        const start = ticks.indexOf(levels[0]!);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(ticks.slice(start, start + levels.length)).toEqual(levels);
        if (levels.length === ticks.length) return;
        expect(levels.length).toBeGreaterThanOrEqual(3);
        if (ext === 'min' || ext === 'both') expect(below(levels, zmin)).toBe(0);
        if (ext === 'max' || ext === 'both') expect(above(levels, zmax)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('resolveLevels (property)', () => {
  it('passes any strictly ascending finite array up to MAX_LEVELS through, and rejects anything else naming the prop', () => {
    const entry = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, null, undefined, '1', [1], {}) },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.boolean(), (values, sort) => {
        const levels = sort ? [...values].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : 0)) : values;
        const valid =
          levels.length > 0 &&
          levels.every((l, i) => typeof l === 'number' && Number.isFinite(l) && (i === 0 || l > (levels[i - 1] as number)));
        if (valid) {
          expect(resolveLevels(levels as number[], 0, 1, 'contours.levels')).toEqual(levels);
          return;
        }
        expect(() => resolveLevels(levels as number[], 0, 1, 'contours.levels')).toThrow(
          /^contour-heatmap: invalid prop "contours.levels": /,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('takes every count from 1 to MAX_LEVELS and rejects every other number naming the prop', () => {
    const counts = fc.oneof(
      fc.integer({ min: 1, max: MAX_LEVELS }),
      fc.integer({ min: MAX_LEVELS + 1, max: 1e9 }),
      fc.integer({ min: -1e6, max: 0 }),
      fc.double(),
    );
    fc.assert(
      fc.property(counts, (n) => {
        if (Number.isInteger(n) && n >= 1 && n <= MAX_LEVELS) {
          expect(resolveLevels(n, -1, 1).length).toBeGreaterThan(0);
          return;
        }
        expect(() => resolveLevels(n, -1, 1)).toThrow(/^contour-heatmap: invalid prop "contours.levels": /);
      }),
      { numRuns: 100 },
    );
  });
});
