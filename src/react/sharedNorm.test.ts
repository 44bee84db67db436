import { describe, expect, it } from 'vitest';
import { dataRange, unionRange, withSharedLimits, type DataRange } from './sharedNorm';

describe('dataRange', () => {
  it('takes the finite values of rows or of a flat grid (only rows × cols of it), and the positive ones apart', () => {
    expect(
      dataRange([
        [NaN, -2, 3],
        [Infinity, -Infinity, 0.5],
      ]),
    ).toEqual({ min: -2, max: 3, positiveMin: 0.5, positiveMax: 3 });
    expect(dataRange({ values: new Float32Array([4, -1, NaN, 99]), rows: 1, cols: 3 })).toEqual({
      min: -1,
      max: 4,
      positiveMin: 4,
      positiveMax: 4,
    });
    expect(dataRange([[-3, 0]])).toEqual({ min: -3, max: 0, positiveMin: NaN, positiveMax: NaN });
  });

  it('is null for no finite value, or what is no grid (the chart reports that)', () => {
    expect(dataRange([[NaN, Infinity]])).toBeNull();
    expect(dataRange(undefined)).toBeNull();
    expect(dataRange('z' as never)).toBeNull();
    expect(dataRange([['a', 1]] as never)).toEqual({ min: 1, max: 1, positiveMin: 1, positiveMax: 1 });
  });
});

describe('unionRange', () => {
  it('holds every range; a range without positive values leaves the positive union alone', () => {
    const a: DataRange = { min: -5, max: 2, positiveMin: 1, positiveMax: 2 };
    const b: DataRange = { min: -1, max: 0, positiveMin: NaN, positiveMax: NaN };
    const c: DataRange = { min: 0.1, max: 9, positiveMin: 0.1, positiveMax: 9 };
    expect(unionRange([a, b, c])).toEqual({ min: -5, max: 9, positiveMin: 0.1, positiveMax: 9 });
    expect(unionRange([b, a])).toEqual({ min: -5, max: 2, positiveMin: 1, positiveMax: 2 });
    expect(unionRange([])).toBeNull();
  });
});

describe('withSharedLimits', () => {
  const range: DataRange = { min: -4, max: 10, positiveMin: 0.5, positiveMax: 10 };
  const z = [[0]];

  it('gives the default norm and norm strings vmin / vmax beside them; a log norm the positive range', () => {
    expect(withSharedLimits({ z }, range)).toEqual({ z, vmin: -4, vmax: 10 });
    expect(withSharedLimits({ z, norm: 'symlog' }, range)).toEqual({ z, norm: 'symlog', vmin: -4, vmax: 10 });
    expect(withSharedLimits({ z, norm: 'log' }, range)).toEqual({ z, norm: 'log', vmin: 0.5, vmax: 10 });
    expect(withSharedLimits({ z, norm: 'log' }, { ...range, positiveMin: NaN, positiveMax: NaN })).toEqual({ z, norm: 'log' });
  });

  it('keeps the limits a chart sets, end by end, and shares none that would contradict them', () => {
    expect(withSharedLimits({ z, vmin: 0 }, range)).toEqual({ z, vmin: 0, vmax: 10 });
    expect(withSharedLimits({ z, vmax: 3 }, range)).toEqual({ z, vmin: -4, vmax: 3 });
    const both = { z, vmin: 1, vmax: 2 };
    expect(withSharedLimits(both, range)).toBe(both);
    expect(withSharedLimits({ z, vmin: 20 }, range)).toEqual({ z, vmin: 20 });
  });

  it('puts them inside a copy of a norm object that has vmin / vmax, on the side of a twoSlope vcenter they belong to', () => {
    const power = { type: 'power', gamma: 2, vmax: 5 } as const;
    expect(withSharedLimits({ z, norm: power }, range)).toEqual({ z, norm: { ...power, vmin: -4, vmax: 5 } });
    expect(power).toEqual({ type: 'power', gamma: 2, vmax: 5 });
    expect(withSharedLimits({ z, norm: { type: 'log' } }, range).norm).toEqual({ type: 'log', vmin: 0.5, vmax: 10 });
    expect(withSharedLimits({ z, norm: { type: 'twoSlope', vcenter: 0 } }, range).norm).toEqual({
      type: 'twoSlope',
      vcenter: 0,
      vmin: -4,
      vmax: 10,
    });
    expect(withSharedLimits({ z, norm: { type: 'twoSlope', vcenter: -10 } }, range).norm).toEqual({
      type: 'twoSlope',
      vcenter: -10,
      vmax: 10,
    });
    const centered = { z, norm: { type: 'centered' } } as const;
    expect(withSharedLimits(centered, range)).toBe(centered);
    const boundary = { z, norm: { type: 'boundary', boundaries: [0, 1] } } as const;
    expect(withSharedLimits(boundary, range)).toBe(boundary);
  });
});
