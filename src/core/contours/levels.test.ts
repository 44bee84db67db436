import { describe, expect, it } from 'vitest';
import { loadCase, loadJson, CASE_NAMES } from '../../../test-support/matplotlibFixtures';
import type { Extend } from './extend';
import { levelsFromCount, pyDivmod, resolveLevels } from './levels';

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
      -1.8000000000000003, -1.5000000000000002, -1.2000000000000002, -0.9000000000000001, -0.6000000000000001,
      -0.30000000000000004, 0.0, 0.30000000000000027, 0.6000000000000001, 0.8999999999999999, 1.2000000000000002,
      1.5000000000000004,
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
