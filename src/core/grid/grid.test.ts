import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGrid, denormalize, gridSpan, MAX_GRID_CELLS, normalizeValue, spanRatio, toGrid } from './grid';

describe('toGrid', () => {
  it('flattens rows to row-major values normalised to the finite range', () => {
    const grid = toGrid([
      [1, 2, 3],
      [5, NaN, Infinity],
    ]);
    expect(grid.rows).toBe(2);
    expect(grid.cols).toBe(3);
    expect(grid.min).toBe(1);
    expect(grid.max).toBe(5);
    expect(Array.from(grid.normalized)).toEqual([0, 0.25, 0.5, 1, NaN, NaN]);
  });

  it('accepts a flat typed array with its shape and keeps the input untouched', () => {
    const values = new Float64Array([4, 3, 2, 1]);
    const grid = toGrid({ values, rows: 2, cols: 2 });
    expect(Array.from(grid.normalized)).toEqual([1, 2 / 3, 1 / 3, 0].map(Math.fround));
    expect(Array.from(values)).toEqual([4, 3, 2, 1]);
  });

  it('keeps precision for data with a large offset by normalising in float64 first', () => {
    const grid = toGrid([[1e9 + 0.25, 1e9 + 0.5, 1e9 + 1.25]]);
    expect(Array.from(grid.normalized)).toEqual([0, 0.25, 1]);
    expect(denormalize(grid, 0.25)).toBe(1e9 + 0.5);
  });

  it('takes min and max over finite values only, ignoring NaN and ±Infinity', () => {
    const grid = toGrid([
      [NaN, -Infinity, 3],
      [-2, Infinity, 7],
    ]);
    expect([grid.min, grid.max]).toEqual([-2, 7]);
  });

  it('yields between slices when built incrementally, with the same result', () => {
    const z = Array.from({ length: 50 }, (_, r) => Array.from({ length: 40 }, (_, c) => Math.sin(r * c)));
    const steps = buildGrid(z, 'z', 400);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(10); // 5 slices of 10 rows, in each of the two passes
    expect(step.value).toEqual(toGrid(z));
  });

  it('maps a flat field to 0 and a field with no finite value to NaN', () => {
    expect(
      Array.from(
        toGrid([
          [2, 2],
          [2, 2],
        ]).normalized,
      ),
    ).toEqual([0, 0, 0, 0]);
    const empty = toGrid([[NaN, -Infinity]]);
    expect(empty.min).toBeNaN();
    expect(Array.from(empty.normalized)).toEqual([NaN, NaN]);
  });

  it.each([
    [[], /"z": the grid is empty \(no rows\)/],
    [[[]], /"z": the grid is empty \(row 0 has no values\)/],
    [[[1, 2], [3]], /"z": ragged rows: row 1 has 1 values but row 0 has 2/],
    [[[1, '2']], /"z": value at row 0, column 1 is the string "2", not a number/],
    [[[1, null]], /"z": value at row 0, column 1 is null, not a number/],
    [[[1], 7], /"z": row 1 is number 7, not an array/],
    [{ values: [1, 2, 3], rows: 2, cols: 2 }, /"z": values has 3 entries but rows × cols = 2 × 2 = 4/],
    [{ values: [1, 2], rows: 0, cols: 2 }, /"z": rows must be a positive integer, got number 0/],
    ['abc', /"z": expected an array of rows or \{ values, rows, cols \}/],
  ])('rejects %j with an error naming the prop', (z, message) => {
    expect(() => toGrid(z as never)).toThrow(message);
  });
});

describe('extreme data', () => {
  const MAX = Number.MAX_VALUE;

  it('normalises data whose max − min overflows (±1e308) to [0, 1] instead of NaN', () => {
    // Before: the span was Infinity, every cell normalised to 0 and the maximum to Inf/Inf = NaN (transparent).
    const grid = toGrid([
      [-1e308, 0, 1e308],
      [-5e307, 5e307, NaN],
    ]);
    expect([grid.min, grid.max]).toEqual([-1e308, 1e308]);
    expect(Array.from(grid.normalized)).toEqual([0, 0.5, 1, 0.25, 0.75, NaN]);
    expect(gridSpan(grid)).toBe(Infinity); // documented: quotients by it go through spanRatio
    expect([0, 0.25, 0.5, 1].map((t) => denormalize(grid, t))).toEqual([-1e308, -5e307, 0, 1e308]);
  });

  it('covers the whole double range', () => {
    const grid = toGrid([[-MAX, MAX, 0, MAX / 2]]);
    expect(Array.from(grid.normalized)).toEqual([0, 1, 0.5, 0.75]);
    expect(denormalize(grid, 1)).toBe(MAX);
    expect(denormalize(grid, 0)).toBe(-MAX);
    expect(normalizeValue(grid, MAX)).toBe(1);
  });

  it('keeps subnormal data exact (5e-324 is the smallest double)', () => {
    const grid = toGrid([[0, 5e-324, 1e-323]]);
    expect([grid.min, grid.max]).toEqual([0, 1e-323]);
    expect(Array.from(grid.normalized)).toEqual([0, 0.5, 1]);
    expect(denormalize(grid, 0.5)).toBe(5e-324);
    const signed = toGrid([[-5e-324, 5e-324]]);
    expect(Array.from(signed.normalized)).toEqual([0, 1]);
  });

  it('keeps every digit of a small field on a huge offset (1e15 + …)', () => {
    const grid = toGrid([[1e15, 1e15 + 0.125, 1e15 + 0.5]]);
    expect(Array.from(grid.normalized)).toEqual([0, 0.25, 1]);
    expect(denormalize(grid, 0.25)).toBe(1e15 + 0.125);
    expect(normalizeValue(grid, 1e15 + 0.25)).toBe(0.5);
  });

  it('normalizeValue is the grid’s own formula, before the float32 narrowing', () => {
    const values = [-1e308, -3.3e307, 1e-300, 7.7e307, 1e308];
    const grid = toGrid([values]);
    values.forEach((v, i) => expect(Math.fround(normalizeValue(grid, v))).toBe(grid.normalized[i]));
    expect(normalizeValue(toGrid([[2, 2]]), 2)).toBe(0); // flat: span taken as 1
    expect(normalizeValue(toGrid([[NaN]]), 3)).toBe(3); // no finite value: offset 0, span 1
  });

  it('spanRatio is the plain quotient unless a difference overflows', () => {
    expect(spanRatio(0.3, 0.1, 0.7, 0.1)).toBe((0.3 - 0.1) / (0.7 - 0.1));
    expect(spanRatio(1e308, -1e308, 1e308, -1e308)).toBe(1);
    expect(spanRatio(0, -1e308, 1e308, -1e308)).toBe(0.5);
    expect(spanRatio(MAX, -MAX, MAX, 0)).toBe(2);
  });
});

describe('grid size limits', () => {
  afterEach(() => vi.unstubAllGlobals());

  it(`rejects more than MAX_GRID_CELLS = 2^28 cells before reading or allocating anything`, () => {
    expect(MAX_GRID_CELLS).toBe(2 ** 28);
    const tooMany = /invalid prop "z": 32768 × 16384 = 536870912 cells is more than the 268435456 \(2\^28\) a grid may have/;
    expect(() => toGrid({ values: [], rows: 2 ** 15, cols: 2 ** 14 })).toThrow(tooMany);
    // Rows as arrays: the count is checked from the first row, before the other rows are looked at.
    const row = new Array<number>(2 ** 14);
    expect(() => toGrid(new Array(2 ** 15).fill(row))).toThrow(tooMany);
    expect(() => toGrid({ values: [1], rows: 1e200, cols: 1e200 })).toThrow(/invalid prop "z": .* cells is more than the 268435456/);
  });

  it('accepts 2^28 cells as far as the count goes (the values must still match)', () => {
    expect(() => toGrid({ values: new Float32Array(4), rows: 2 ** 14, cols: 2 ** 14 })).toThrow(
      /invalid prop "z": values has 4 entries but rows × cols = 16384 × 16384 = 268435456/,
    );
  });

  it('reports a failed allocation (out of memory) as an error naming z', () => {
    vi.stubGlobal(
      'Float32Array',
      class {
        constructor() {
          throw new RangeError('Array buffer allocation failed');
        }
      },
    );
    expect(() => toGrid({ values: new Float64Array(6), rows: 2, cols: 3 })).toThrow(
      /invalid prop "z": could not allocate memory for 2 × 3 = 6 cells \(0.0 MiB as float32\); pass a smaller grid/,
    );
  });

  it('describes functions without printing their source', () => {
    expect(() => toGrid([[1, (() => 2) as never]])).toThrow(/"z": value at row 0, column 1 is a function, not a number/);
  });
});
