import { describe, expect, it } from 'vitest';
import { buildGrid, denormalize, toGrid } from './grid';

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
    const grid = toGrid([[NaN, -Infinity, 3], [-2, Infinity, 7]]);
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
    expect(Array.from(toGrid([[2, 2], [2, 2]]).normalized)).toEqual([0, 0, 0, 0]);
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
