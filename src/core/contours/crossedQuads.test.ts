import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quadsPerLevel } from './crossedQuads';

/** The definition, quad by quad and level by level: min ≤ level < max over the finite corners. */
function crossedByDefinition(values: number[], rows: number, cols: number, levels: number[]): number[][] {
  return levels.map((level) => {
    const crossed: number[] = [];
    for (let r = 0; r < rows - 1; r++) {
      for (let c = 0; c < cols - 1; c++) {
        const corners = [values[r * cols + c]!, values[r * cols + c + 1]!, values[(r + 1) * cols + c]!, values[(r + 1) * cols + c + 1]!];
        const finite = corners.filter(Number.isFinite);
        if (finite.length > 0 && Math.min(...finite) <= level && level < Math.max(...finite)) crossed.push(r * (cols - 1) + c);
      }
    }
    return crossed;
  });
}

describe('quadsPerLevel', () => {
  it('lists, for every level, exactly the quads whose finite corners straddle it, in ascending order', () => {
    // Few distinct values, so that corners often sit exactly at a level; NaN and ±Infinity as holes.
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -3, max: 3 }).map((v) => v / 2) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
    );
    const grid = fc.record({ rows: fc.integer({ min: 2, max: 9 }), cols: fc.integer({ min: 2, max: 9 }) }).chain(({ rows, cols }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        values: fc.array(value, { minLength: rows * cols, maxLength: rows * cols }),
        levels: fc
          .uniqueArray(
            fc.integer({ min: -4, max: 4 }).map((v) => v / 2),
            { maxLength: 6 },
          )
          .map((l) => l.sort((a, b) => a - b)),
      }),
    );
    fc.assert(
      fc.property(grid, ({ rows, cols, values, levels }) => {
        const lists = quadsPerLevel(values, rows, cols, levels).map((list) => Array.from(list));
        expect(lists).toEqual(crossedByDefinition(values, rows, cols, levels));
      }),
      { numRuns: 500 },
    );
  });

  it('grows a level’s list past its first allocation', () => {
    // Columns alternate 0 and 1, so the level 0.5 crosses all 39 × 39 quads: far more than 64.
    const cols = 40;
    const values = Array.from({ length: cols * cols }, (_, i) => (i % cols) % 2);
    const [list] = quadsPerLevel(values, cols, cols, [0.5]);
    expect(list!.length).toBe(39 * 39);
    expect(Array.from(list!)).toEqual(Array.from({ length: 39 * 39 }, (_, q) => q));
  });
});
