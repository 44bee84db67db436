import { describe, expect, it } from 'vitest';
import { dataLayout, packTexels } from './dataLayout';

describe('dataLayout', () => {
  it('keeps a grid that fits as it is', () => {
    expect(dataLayout(300, 400, 8192)).toEqual({ width: 400, height: 300, segments: 1 });
  });

  it('splits rows wider than the limit into several texture rows', () => {
    expect(dataLayout(3, 2500, 1024)).toEqual({ width: 834, height: 9, segments: 3 });
  });

  it('names the prop when the grid cannot fit', () => {
    expect(() => dataLayout(1000, 2000, 1024)).toThrow(
      /invalid prop "z": 1000 × 2000 cells do not fit this GPU's 1024 × 1024 texture limit/,
    );
  });
});

describe('packTexels', () => {
  it('places each cell at its texel with a validity flag, NaN as invalid zero', () => {
    const layout = { width: 2, height: 4, segments: 2 }; // each grid row becomes two texture rows
    const texels = packTexels(Float32Array.from([0, 0.5, 1, NaN, 0.25, 0.75]), 3, layout, 0, 2);
    expect(Array.from(texels)).toEqual([
      0,
      1,
      0.5,
      1, // row 0, cols 0-1
      1,
      1,
      0,
      0, //   row 0, col 2, padding
      0,
      0,
      0.25,
      1, // row 1, cols 0-1 (col 0 is NaN)
      0.75,
      1,
      0,
      0, // row 1, col 2, padding
    ]);
    expect(Array.from(packTexels(Float32Array.from([0, 0.5, 1, NaN, 0.25, 0.75]), 3, layout, 1, 2))).toEqual([
      0, 0, 0.25, 1, 0.75, 1, 0, 0,
    ]);
  });
});
