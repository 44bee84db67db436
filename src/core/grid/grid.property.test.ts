import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrid, MAX_GRID_CELLS, toGrid, type Grid } from './grid';

/**
 * Property tests for the `z` prop's validation: whatever a caller passes, toGrid either returns a
 * grid (exactly when the input is well formed) or throws a plain Error naming `z` — never a
 * TypeError or RangeError from deeper down.
 */

/** Anything that can sit in a cell: numbers (incl. NaN, ±Infinity, -0) and every kind of non-number. */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '1', '', true, NaN, Infinity, -Infinity, 1n, Symbol('s')) },
  { weight: 1, arbitrary: fc.constantFrom({}, [], [1], new Float64Array(1), () => 1, new Date(0)) },
);

/** Rows of cells, mostly rectangular, sometimes ragged, sometimes with non-array rows. */
const rowArrays = fc.oneof(
  fc.integer({ min: 0, max: 5 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { maxLength: 5 })),
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.array(cell, { maxLength: 5 }) }, { weight: 1, arbitrary: cell }), { maxLength: 5 }),
  fc
    .integer({ min: 1, max: 4 })
    .chain((cols) => fc.array(fc.array(fc.double(), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 })),
);

/** Shapes: valid ones, and negative, zero, fractional, non-finite, huge or non-number ones. */
const dimension = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 0 }) },
  { weight: 1, arbitrary: fc.constantFrom(1.5, NaN, Infinity, -Infinity, 2 ** 15, 2 ** 40, '2', null, undefined, [2]) },
);

/** Flat values: typed arrays and arrays of any length (often the right one), or not an array at all. */
const flatValues = (length: number) =>
  fc.oneof(
    fc.float64Array({ minLength: length, maxLength: length }),
    fc.float32Array({ minLength: length, maxLength: length }),
    fc.array(cell, { minLength: length, maxLength: length }),
    fc.array(fc.double(), { minLength: length, maxLength: length }),
    fc.float64Array({ maxLength: 12 }),
    fc.constantFrom('abc', null, undefined, 3, {}, new Int16Array(length), new Uint8Array(length), new Float64Array(length + 1)),
  );

const flatInput = fc.tuple(dimension, dimension).chain(([rows, cols]) => {
  const product = typeof rows === 'number' && typeof cols === 'number' ? rows * cols : NaN;
  const n = Number.isInteger(product) && product >= 0 && product <= 25 ? product : 4;
  return fc.record({ values: flatValues(n), rows: fc.constant(rows), cols: fc.constant(cols) }, { requiredKeys: [] });
});

const anyInput = fc.oneof(rowArrays, flatInput, fc.anything(), fc.constantFrom(null, undefined, 'z', 7, new Float64Array(4)));

/** The oracle: is `z` a well-formed grid? (Written from the GridInput contract, not from grid.ts.) */
function wellFormed(z: unknown): { rows: number; cols: number } | null {
  if (Array.isArray(z)) {
    if (z.length === 0 || !z.every((row) => Array.isArray(row))) return null;
    const cols = (z[0] as unknown[]).length;
    if (cols === 0 || z.length * cols > MAX_GRID_CELLS) return null;
    if (!z.every((row: unknown[]) => row.length === cols && Array.from(row).every((v) => typeof v === 'number'))) return null;
    return { rows: z.length, cols };
  }
  if (z === null || typeof z !== 'object') return null;
  const { values, rows, cols } = z as Record<string, unknown>;
  const positive = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;
  if (!positive(rows) || !positive(cols) || rows * cols > MAX_GRID_CELLS) return null;
  if (values instanceof Float32Array || values instanceof Float64Array) return values.length === rows * cols ? { rows, cols } : null;
  if (!Array.isArray(values) || values.length !== rows * cols) return null;
  return Array.from(values).every((v) => typeof v === 'number') ? { rows, cols } : null;
}

/** A built grid's own invariants. */
function checkGrid(grid: Grid, shape: { rows: number; cols: number }): void {
  expect({ rows: grid.rows, cols: grid.cols }).toEqual(shape);
  expect(grid.normalized).toHaveLength(shape.rows * shape.cols);
  for (const t of grid.normalized) if (!Number.isNaN(t)) expect(t >= 0 && t <= 1).toBe(true);
  if (!Number.isNaN(grid.min)) expect(grid.min <= grid.max).toBe(true);
}

function expectZError(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    // A plain Error from invalidProp: not a TypeError / RangeError thrown from deeper down.
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).constructor).toBe(Error);
    expect((e as Error).message).toMatch(/^contour-heatmap: invalid prop "z": /);
    return;
  }
  throw new Error('expected an error naming z');
}

describe('toGrid on arbitrary input (property)', () => {
  it('returns a grid exactly for well-formed input, else throws an Error naming z', () => {
    fc.assert(
      fc.property(anyInput, (z) => {
        const shape = wellFormed(z);
        if (shape) checkGrid(toGrid(z as never), shape);
        else expectZError(() => toGrid(z as never));
      }),
      { numRuns: 400 },
    );
  });

  it('buildGrid in slices agrees with toGrid, errors included', () => {
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 1, max: 6 }), (z, slice) => {
        const run = () => {
          const steps = buildGrid(z as never, 'z', slice);
          for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
        };
        const shape = wellFormed(z);
        if (shape) expect(run()).toEqual(toGrid(z as never));
        else expectZError(run);
      }),
      { numRuns: 200 },
    );
  });

  it('normalises any finite data (any magnitude, denormals, ±1.8e308) into [0, 1] with min and max at 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 12 }), (values) => {
        const grid = toGrid({ values, rows: 1, cols: values.length });
        const finite = values.filter((v) => Number.isFinite(v));
        if (finite.length === 0) {
          expect(grid.min).toBeNaN();
          return;
        }
        values.forEach((v, i) => {
          const t = grid.normalized[i]!;
          if (!Number.isFinite(v)) {
            expect(t).toBeNaN();
            return;
          }
          expect(t >= 0 && t <= 1).toBe(true);
          if (grid.min < grid.max) {
            if (v === grid.min) expect(t).toBe(0);
            if (v === grid.max) expect(t).toBe(1);
          } else expect(t).toBe(0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('normalises flat typed input to the same bits as the same values given as rows', () => {
    const shaped = fc
      .integer({ min: 1, max: 4 })
      .chain((cols) => fc.array(fc.array(fc.double(), { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(shaped, (rows) => {
        const general = toGrid(rows);
        for (const flat of [Float64Array.from(rows.flat()), rows.flat()]) {
          const grid = toGrid({ values: flat, rows: rows.length, cols: rows[0]!.length });
          expect(grid.normalized).toEqual(general.normalized);
          expect([grid.min, grid.max]).toEqual([general.min, general.max]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
