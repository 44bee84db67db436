import { invalidProp } from './errors';
import { finiteRange } from './range';

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
  const { values, rows, cols } = flatten(z, prop);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      throw invalidProp(prop, `value at row ${Math.floor(i / cols)}, column ${i % cols} is ${describe(v)}, not a number`);
    }
  }
  const numbers = values as ArrayLike<number>;
  const { min, max } = finiteRange(numbers);
  const offset = Number.isNaN(min) ? 0 : min;
  const span = max - min > 0 ? max - min : 1;
  const normalized = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = numbers[i] as number;
    normalized[i] = Number.isFinite(v) ? (v - offset) / span : NaN;
  }
  return { rows, cols, normalized, min, max, source: z };
}

interface FlatInput {
  values: ArrayLike<unknown>;
  rows: number;
  cols: number;
}

function flatten(z: GridInput, prop: string): FlatInput {
  if (Array.isArray(z)) return flattenRows(z, prop);
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
  return { values, rows: r, cols: c };
}

function flattenRows(z: readonly unknown[], prop: string): FlatInput {
  const rows = z.length;
  if (rows === 0) throw invalidProp(prop, 'the grid is empty (no rows)');
  const first = z[0];
  if (!Array.isArray(first)) throw invalidProp(prop, `row 0 is ${describe(first)}, not an array`);
  const cols = first.length;
  if (cols === 0) throw invalidProp(prop, 'the grid is empty (row 0 has no values)');
  const values = new Array<unknown>(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = z[r];
    if (!Array.isArray(row)) throw invalidProp(prop, `row ${r} is ${describe(row)}, not an array`);
    if (row.length !== cols) {
      throw invalidProp(prop, `ragged rows: row ${r} has ${row.length} values but row 0 has ${cols}`);
    }
    for (let c = 0; c < cols; c++) values[r * cols + c] = row[c];
  }
  return { values, rows, cols };
}

/** A short, safe description of an unexpected value for error messages. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v)}`;
  if (typeof v === 'object') return `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
  return `${typeof v} ${String(v)}`;
}
