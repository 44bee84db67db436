import { invalidProp } from '../errors';

/** A grid as users pass it: rows of numbers, or a flat row-major array with its shape. */
export type GridInput =
  | readonly (readonly number[])[]
  | {
      readonly values: Float32Array | Float64Array | readonly number[];
      readonly rows: number;
      readonly cols: number;
    };

/**
 * The one copy of a chart's data that the library keeps.
 *
 * Values are stored normalised to the finite data range, `(v - min) / (max - min)`, in float32.
 * Normalising in float64 *before* the narrowing keeps full precision for data with a large
 * offset (1e9 + a small field would lose every digit as raw float32). Invalid cells (NaN, ±Infinity,
 * which matplotlib masks as "bad") stay NaN here; renderers turn them into a separate mask.
 * When every finite value is equal, the span is taken as 1 so the normalised values are 0.
 */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  /** Row-major, `normalized[row * cols + col]`, finite values in [0, 1], NaN where the input was not finite. */
  readonly normalized: Float32Array;
  /** Smallest finite input value, exactly as given (float64); NaN when no value is finite. */
  readonly min: number;
  /** Largest finite input value, exactly as given (float64); NaN when no value is finite. */
  readonly max: number;
  /**
   * The values exactly as the user gave them, by reference (never copied, never changed), for work
   * that needs full precision: contour tracing decides which side of a level a node lies on, and
   * float32 would flip nodes within 1e-7 of a level (matplotlib contours in float64).
   */
  readonly source: GridInput;
}

/** The grid's values in full precision as one flat row-major array: the user's own flat array when given, else a fresh copy. */
export function exactValues(grid: Grid): ArrayLike<number> {
  const { source } = grid;
  if (!Array.isArray(source)) return (source as { values: ArrayLike<number> }).values;
  const flat = new Float64Array(grid.rows * grid.cols);
  (source as readonly (readonly number[])[]).forEach((row, r) => flat.set(row, r * grid.cols));
  return flat;
}

/** The data value a normalised grid value stands for, in float64. */
export function denormalize(grid: Grid, t: number): number {
  return grid.min + t * gridSpan(grid);
}

/** The data span used for normalisation: max - min, or 1 for a flat (or empty of finite values) grid. */
export function gridSpan(grid: Grid): number {
  const span = grid.max - grid.min;
  return span > 0 ? span : 1;
}

/** Validates the `z` prop and turns it into the library's normalised row-major grid. */
export function toGrid(z: GridInput, prop = 'z'): Grid {
  const steps = buildGrid(z, prop);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Values per slice of {@link buildGrid}: a few milliseconds of work between pauses. */
export const GRID_SLICE = 250_000;

/**
 * {@link toGrid} in slices: the generator pauses (yields) after about `slice` values, so a caller
 * can build a grid of millions of cells without blocking the main thread for long.
 */
export function* buildGrid(z: GridInput, prop = 'z', slice = GRID_SLICE): Generator<void, Grid> {
  const { rows, cols, row } = shape(z, prop);
  const rowsPerSlice = Math.max(1, Math.floor(slice / cols));
  // Pass 1: every value must be a number; NaN and ±Infinity are valid (matplotlib masks them).
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < rows; r++) {
    const [data, start] = row(r);
    for (let c = 0; c < cols; c++) {
      const v = data[start + c];
      if (typeof v !== 'number') {
        throw invalidProp(prop, `value at row ${r}, column ${c} is ${describe(v)}, not a number`);
      }
      if (v - v === 0) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    if ((r + 1) % rowsPerSlice === 0) yield;
  }
  if (min > max) min = max = NaN;
  // Pass 2: normalise in float64, then narrow to float32.
  const offset = Number.isNaN(min) ? 0 : min;
  const span = max - min > 0 ? max - min : 1;
  const normalized = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const [data, start] = row(r) as [ArrayLike<number>, number];
    for (let c = 0; c < cols; c++) {
      const v = data[start + c]!;
      normalized[r * cols + c] = v - v === 0 ? (v - offset) / span : NaN;
    }
    if ((r + 1) % rowsPerSlice === 0) yield;
  }
  return { rows, cols, normalized, min, max, source: z };
}

/** The number of cells a `z` prop holds, or 0 when its shape is not readable (toGrid then reports why). */
export function cellCount(z: GridInput): number {
  if (Array.isArray(z)) return z.length * (Array.isArray(z[0]) ? z[0].length : 0);
  const { rows, cols } = (z ?? {}) as { rows?: unknown; cols?: unknown };
  return typeof rows === 'number' && typeof cols === 'number' ? rows * cols : 0;
}

interface Shape {
  rows: number;
  cols: number;
  /** Row r's values start at index `start` of `data`, without copying anything. */
  row(r: number): [ArrayLike<unknown>, number];
}

function shape(z: GridInput, prop: string): Shape {
  if (Array.isArray(z)) return rowsShape(z, prop);
  if (z === null || typeof z !== 'object') {
    throw invalidProp(prop, `expected an array of rows or { values, rows, cols }, got ${describe(z)}`);
  }
  const { values, rows, cols } = z as { values: unknown; rows: unknown; cols: unknown };
  for (const [name, n] of [['rows', rows], ['cols', cols]] as const) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw invalidProp(prop, `${name} must be a positive integer, got ${describe(n)}`);
    }
  }
  if (!(values instanceof Float32Array || values instanceof Float64Array || Array.isArray(values))) {
    throw invalidProp(prop, `values must be a Float32Array, Float64Array or number[], got ${describe(values)}`);
  }
  const r = rows as number;
  const c = cols as number;
  if (values.length !== r * c) {
    throw invalidProp(prop, `values has ${values.length} entries but rows × cols = ${r} × ${c} = ${r * c}`);
  }
  return { rows: r, cols: c, row: (i) => [values, i * c] };
}

function rowsShape(z: readonly unknown[], prop: string): Shape {
  const rows = z.length;
  if (rows === 0) throw invalidProp(prop, 'the grid is empty (no rows)');
  const first = z[0];
  if (!Array.isArray(first)) throw invalidProp(prop, `row 0 is ${describe(first)}, not an array`);
  const cols = first.length;
  if (cols === 0) throw invalidProp(prop, 'the grid is empty (row 0 has no values)');
  for (let r = 0; r < rows; r++) {
    const row = z[r];
    if (!Array.isArray(row)) throw invalidProp(prop, `row ${r} is ${describe(row)}, not an array`);
    if (row.length !== cols) {
      throw invalidProp(prop, `ragged rows: row ${r} has ${row.length} values but row 0 has ${cols}`);
    }
  }
  return { rows, cols, row: (i) => [z[i] as unknown[], 0] };
}

/** A short, safe description of an unexpected value for error messages. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v)}`;
  if (typeof v === 'object') return `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
  return `${typeof v} ${String(v)}`;
}
