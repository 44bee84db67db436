import { describe, expect, it } from 'vitest';
import { loadCase, loadJson, CASE_NAMES } from '../../../test-support/matplotlibFixtures';
import type { Extend } from './extend';
import { levelsFromCount, MAX_LEVELS, maxNLocatorTicks, pyDivmod, resolveLevels } from './levels';

interface LevelCase {
  zmin: number;
  zmax: number;
  n: number;
  levels: number[];
  untrimmed: number[];
  fallback?: boolean;
}

const cases = loadJson<LevelCase[]>('levels.json');

describe('levelsFromCount (matplotlib MaxNLocator(n + 1) + trimming)', () => {
  it('reproduces the seed levels to the last bit', () => {
    expect(levelsFromCount(10, -1.6939936746020778, 1.3856608412833054)).toEqual([
      -1.8000000000000003, -1.5000000000000002, -1.2000000000000002, -0.9000000000000001, -0.6000000000000001, -0.30000000000000004, 0.0,
      0.30000000000000027, 0.6000000000000001, 0.8999999999999999, 1.2000000000000002, 1.5000000000000004,
    ]);
  });

  it(`equals matplotlib 3.6.3 exactly on all ${cases.filter((c) => !c.fallback).length} generated ranges`, () => {
    for (const c of cases.filter((c) => !c.fallback)) {
      expect({ ...c, levels: levelsFromCount(c.n, c.zmin, c.zmax) }).toEqual(c);
    }
  });

  it('keeps the locator levels where matplotlib 3.6.3 fell back to [zmin] (current matplotlib dropped that fallback)', () => {
    const fallbacks = cases.filter((c) => c.fallback);
    expect(fallbacks.length).toBeGreaterThan(0);
    for (const c of fallbacks) {
      // The locator's levels, keeping only the nearest one outside the range at each end.
      const trimmed = c.untrimmed.filter(
        (v, i, all) => (v >= c.zmin && v <= c.zmax) || (v < c.zmin && !(all[i + 1]! < c.zmin)) || (v > c.zmax && !(all[i - 1]! > c.zmax)),
      );
      expect(levelsFromCount(c.n, c.zmin, c.zmax)).toEqual(trimmed);
    }
  });

  it.each(CASE_NAMES)('gives the levels matplotlib used for the %s fixture', (name) => {
    const c = loadCase(name);
    const data = c.z.flat().filter((v): v is number => v !== null);
    expect(resolveLevels(c.levelsArg, Math.min(...data), Math.max(...data))).toEqual(c.levels);
  });
});

describe('levelsFromCount with extend (contourf levels, fixtures/matplotlib/levels_extend.json)', () => {
  const records = loadJson<{ cases: (Omit<LevelCase, 'untrimmed' | 'fallback'> & { extend: Extend })[] }>('levels_extend.json').cases;

  it(`equals matplotlib 3.6.3's contourf(z, n, extend=…).levels exactly on all ${records.length} records`, () => {
    for (const c of records) expect({ ...c, levels: levelsFromCount(c.n, c.zmin, c.zmax, c.extend) }).toEqual(c);
  });

  it('drops the outer level at the extended end only', () => {
    const [zmin, zmax] = [-1.6939936746020778, 1.3856608412833054];
    const neither = levelsFromCount(10, zmin, zmax);
    expect(levelsFromCount(10, zmin, zmax, 'min')).toEqual(neither.slice(1));
    expect(levelsFromCount(10, zmin, zmax, 'max')).toEqual(neither.slice(0, -1));
    expect(levelsFromCount(10, zmin, zmax, 'both')).toEqual(neither.slice(1, -1));
    expect(resolveLevels(10, zmin, zmax, 'levels', 'both')).toEqual(neither.slice(1, -1));
  });
});

describe('resolveLevels', () => {
  it('passes explicit ascending levels through unchanged', () => {
    expect(resolveLevels([-1, 0, 2.5], 0, 1)).toEqual([-1, 0, 2.5]);
  });

  it('gives no levels when the grid has no finite value', () => {
    expect(resolveLevels(10, NaN, NaN)).toEqual([]);
  });

  it.each([
    [0, /"contours.levels": a level count must be a positive integer, got 0/],
    [2.5, /a level count must be a positive integer, got 2.5/],
    [[], /the level array is empty/],
    [[0, 0], /levels must be strictly increasing, but level 1 \(0\) ≤ level 0 \(0\)/],
    [[0, NaN], /level 1 is NaN, not a finite number/],
  ])('rejects %j', (levels, message) => {
    expect(() => resolveLevels(levels as never, 0, 1)).toThrow(message);
  });
});

describe('pyDivmod', () => {
  it('matches Python float divmod signs and floor semantics', () => {
    expect(pyDivmod(7, 2)).toEqual([3, 1]);
    expect(pyDivmod(-7, 2)).toEqual([-4, 1]);
    expect(pyDivmod(7, -2)).toEqual([-4, -1]);
    expect(pyDivmod(-1.6939936746020778, 0.30000000000000004)).toEqual([-6, 0.10600632539792243]);
  });
});

describe('levels of extreme data', () => {
  const MAX = Number.MAX_VALUE;

  // matplotlib 3.6.3 raises IndexError for these (its span or midpoint overflows); the library runs
  // the same rule a decade down, i.e. MaxNLocator(n + 1).tick_values(zmin / 10, zmax / 10) * 10,
  // whose values below were computed with matplotlib 3.6.3 and numpy.
  it('gives finite nice levels for data spanning ±1e308 (before: none)', () => {
    expect(levelsFromCount(7, -1e308, 1e308)).toEqual([
      -1e308, -7.5e307, -5e307, -2.5e307, 0, 2.5e307, 4.999999999999999e307, 7.500000000000001e307, 1e308,
    ]);
    expect(levelsFromCount(7, 1.7e308, 1.75e308)).toEqual([
      1.6959999999999999e308, 1.704e308, 1.7119999999999997e308, 1.7199999999999998e308, 1.7279999999999997e308, 1.7359999999999998e308,
      1.7439999999999997e308, 1.7519999999999998e308,
    ]);
  });

  it('recomputes a decade down where only vmax − best_vmin overflows (matplotlib: "arange: cannot compute length")', () => {
    // Before: 5 levels spaced 3e307 from a step search that had run into NaN.
    expect(maxNLocatorTicks(2, 1, -5e-324, 1.3976931348623159e308)).toEqual([0, 8e307, 1.6e308]);
    expect(levelsFromCount(1, -5e-324, 1.3976931348623159e308)).toEqual([0, 8e307, 1.6e308]);
  });

  it('drops ticks past the largest double (matplotlib returns them as ±inf; before: a level at Infinity)', () => {
    expect(maxNLocatorTicks(8, 1, 0, 1.79e308).at(-1)).toBe(Infinity); // matplotlib's ticks, inf included
    expect(levelsFromCount(7, 0, 1.79e308)).toEqual([0, 2.5e307, 5e307, 7.5e307, 1e308, 1.25e308, 1.5e308, 1.75e308]);
    expect(levelsFromCount(7, -MAX, MAX)).toEqual([-1.5e308, -1e308, -5e307, 0, 5e307, 9.999999999999998e307, 1.5000000000000002e308]);
    expect(levelsFromCount(7, MAX, MAX)).toEqual([1.7976931348621499e308, 1.7976931348622e308, 1.79769313486225e308, 1.7976931348623e308]);
  });

  it('equals matplotlib for denormal and huge-offset ranges (MaxNLocator(8).tick_values in 3.6.3)', () => {
    // nonsingular() widens a range this small to ±1e-13.
    expect(maxNLocatorTicks(8, 1, 0, 5e-324)).toEqual([
      -1e-13, -7.500000000000001e-14, -5e-14, -2.4999999999999994e-14, 0, 2.4999999999999994e-14, 5.0000000000000014e-14,
      7.500000000000001e-14, 1e-13,
    ]);
    expect(levelsFromCount(7, 0, 5e-324)).toEqual([-2.4999999999999994e-14, 0, 2.4999999999999994e-14]);
    expect(maxNLocatorTicks(8, 1, 1e15, 1e15 + 0.5)).toEqual([
      999999999999910, 999999999999940, 999999999999970, 1e15, 1000000000000030, 1000000000000060, 1000000000000090,
    ]);
    expect(levelsFromCount(7, 1e15, 1e15 + 0.5)).toEqual([999999999999970, 1e15, 1000000000000030]);
  });
});

describe('level count limit', () => {
  it(`MAX_LEVELS is ${MAX_LEVELS}`, () => expect(MAX_LEVELS).toBe(1000));

  it('rejects a count above the maximum, naming the prop, the maximum and why', () => {
    expect(() => resolveLevels(1e6, 0, 1)).toThrow(
      'contour-heatmap: invalid prop "contours.levels": a level count of 1000000 is more than the 1000 levels supported: every level is traced over the whole grid and drawn as its own SVG path; pass a smaller count or explicit levels',
    );
    expect(() => levelsFromCount(1001, 0, 1)).toThrow(/invalid prop "levels": a level count of 1001 is more than the 1000/);
    expect(() => resolveLevels(Infinity, 0, 1)).toThrow(/a level count must be a positive integer, got Infinity/);
    expect(() => resolveLevels('7' as never, 0, 1)).toThrow(/expected a count or an array of numbers, got the string "7"/);
  });

  it('accepts the maximum count: at most count + 3 levels', () => {
    const levels = resolveLevels(MAX_LEVELS, -1, 1);
    expect(levels.length).toBeGreaterThan(500);
    expect(levels.length).toBeLessThanOrEqual(MAX_LEVELS + 3);
  });

  it('rejects explicit arrays longer than the maximum, and takes one of exactly the maximum', () => {
    const levels = Array.from({ length: MAX_LEVELS + 1 }, (_, i) => i);
    expect(() => resolveLevels(levels, 0, 1)).toThrow(
      'contour-heatmap: invalid prop "contours.levels": 1001 levels is more than the 1000 supported: every level is traced over the whole grid and drawn as its own SVG path',
    );
    expect(resolveLevels(levels.slice(1), 0, 1)).toEqual(levels.slice(1));
    // A million levels are rejected by their length, before any of them is looked at.
    expect(() => resolveLevels(new Array(1e6), 0, 1)).toThrow(/1000000 levels is more than the 1000 supported/);
  });
});
