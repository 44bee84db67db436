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
 * The quotient is computed overflow-safely ({@link spanRatio}): data reaching ±1.8e308, whose
 * max − min exceeds the largest double, still normalises to [0, 1] (matplotlib 3.6.3 itself
 * overflows there: its Normalize gives NaN at vmax and its contour() raises).
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
  let flat: Float64Array;
  try {
    flat = new Float64Array(grid.rows * grid.cols);
  } catch {
    throw invalidProp(
      'z',
      `could not allocate memory for a float64 copy of ${grid.rows} × ${grid.cols} cells (${describeBytes(grid.rows * grid.cols * 8)}); pass the values as one flat Float64Array ({ values, rows, cols }), which is used without a copy, or a smaller grid`,
    );
  }
  (source as readonly (readonly number[])[]).forEach((row, r) => flat.set(row, r * grid.cols));
  return flat;
}

/**
 * The most cells a grid may have: 2^28 = 268,435,456 (e.g. 16384 × 16384). That is the most
 * texels the largest WebGL texture holds (MAX_TEXTURE_SIZE 16384 on high-end GPUs; typical GPUs
 * allow 4096–16384), so no bigger grid can ever be drawn; it is also where memory runs out in a
 * browser tab: the normalised float32 copy alone is 1 GiB, beside the user's own float64 array
 * (2 GiB). A grid within the limit may still fail to allocate; that is reported as an error
 * naming `z` too.
 */
export const MAX_GRID_CELLS = 2 ** 28;

/**
 * (a − b) / (c − d) without intermediate overflow: the plain quotient whenever both differences
 * are finite doubles (so ordinary data give exactly the same bits as the naive formula), else the
 * same quotient on halved operands, (a/2 − b/2) / (c/2 − d/2), whose differences cannot overflow.
 * Halving is exact except for subnormal operands, which can only occur beside a huge one here
 * (an error below 2^-1074 against a span near 1e308). Used for every span the grid, the norms and
 * the levels divide by; e.g. `spanRatio(v, lo, hi, lo)` is v's position in [lo, hi].
 */
export function spanRatio(a: number, b: number, c: number, d: number): number {
  const num = a - b;
  const den = c - d;
  if (num - num === 0 && den - den === 0) return num / den;
  return (a / 2 - b / 2) / (c / 2 - d / 2);
}

/**
 * The normalised value of data value v, computed exactly as {@link toGrid} computes the grid's
 * values before narrowing them to float32: (v − min) / (max − min), overflow-safe, with the span
 * taken as 1 for a flat grid. For thresholds (vmin, vmax, boundaries) that must land exactly on
 * the grid's values.
 */
export function normalizeValue(grid: Pick<Grid, 'min' | 'max'>, v: number): number {
  return normalizeWith(Number.isNaN(grid.min) ? 0 : grid.min, grid.max, v);
}

/** The data value a normalised grid value stands for, in float64 (overflow-safe: finite wherever the value is). */
export function denormalize(grid: Grid, t: number): number {
  const span = grid.max - grid.min;
  if (!(span > 0)) return grid.min + t; // flat grid (span taken as 1), or no finite value (NaN)
  if (span - span === 0) return grid.min + t * span;
  // max − min overflows: work on half the values (exact in this range), then double.
  return 2 * (grid.min / 2 + t * (grid.max / 2 - grid.min / 2));
}

/**
 * The data span used for normalisation: max - min, or 1 for a flat (or empty of finite values)
 * grid. It is Infinity when max − min exceeds the largest double (data reaching about ±9e307 on
 * both sides); a quotient by it must then be computed with {@link spanRatio} /
 * {@link normalizeValue}, and a data value rebuilt from t with {@link denormalize}.
 */
export function gridSpan(grid: Grid): number {
  const span = grid.max - grid.min;
  return span > 0 ? span : 1;
}

/** (v − offset) / span as the grid stores it; `max` ≤ offset (a flat grid) means span 1. */
function normalizeWith(offset: number, max: number, v: number): number {
  return max > offset ? spanRatio(v, offset, max, offset) : v - offset;
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
  // Pass 2: normalise in float64 (overflow-safe, see spanRatio), then narrow to float32.
  const offset = Number.isNaN(min) ? 0 : min;
  const normalized = allocate(rows, cols, prop);
  const span = max - offset;
  if (!Array.isArray(z) && span - span === 0 && span > 0) {
    // Flat input with a finite span (all but extreme data): spanRatio's plain quotient, inline.
    // v − offset cannot overflow, as it lies in [0, span]; the bits equal the general loop's.
    const data = (z as { values: ArrayLike<number> }).values;
    for (let r = 0; r < rows; r++) {
      for (let i = r * cols, end = i + cols; i < end; i++) {
        const v = data[i]!;
        normalized[i] = v - v === 0 ? (v - offset) / span : NaN;
      }
      if ((r + 1) % rowsPerSlice === 0) yield;
    }
    return { rows, cols, normalized, min, max, source: z };
  }
  for (let r = 0; r < rows; r++) {
    const [data, start] = row(r) as [ArrayLike<number>, number];
    for (let c = 0; c < cols; c++) {
      const v = data[start + c]!;
      normalized[r * cols + c] = v - v === 0 ? normalizeWith(offset, max, v) : NaN;
    }
    if ((r + 1) % rowsPerSlice === 0) yield;
  }
  return { rows, cols, normalized, min, max, source: z };
}

/** The normalised copy; a failed allocation (out of memory) is reported as an error naming the prop. */
function allocate(rows: number, cols: number, prop: string): Float32Array {
  try {
    return new Float32Array(rows * cols);
  } catch {
    throw invalidProp(
      prop,
      `could not allocate memory for ${rows} × ${cols} = ${rows * cols} cells (${describeBytes(rows * cols * 4)} as float32); pass a smaller grid (downsample the data)`,
    );
  }
}

function describeBytes(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** Rejects rows × cols above {@link MAX_GRID_CELLS}, before anything of that size is read or allocated. */
function checkCellCount(rows: number, cols: number, prop: string): void {
  if (rows * cols > MAX_GRID_CELLS) {
    throw invalidProp(
      prop,
      `${rows} × ${cols} = ${rows * cols} cells is more than the ${MAX_GRID_CELLS} (2^28) a grid may have ` +
        '(the largest GPU texture holds 16384 × 16384 cells, and memory runs out beyond it); downsample the data',
    );
  }
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
  for (const [name, n] of [
    ['rows', rows],
    ['cols', cols],
  ] as const) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw invalidProp(prop, `${name} must be a positive integer, got ${describe(n)}`);
    }
  }
  if (!(values instanceof Float32Array || values instanceof Float64Array || Array.isArray(values))) {
    throw invalidProp(prop, `values must be a Float32Array, Float64Array or number[], got ${describe(values)}`);
  }
  const r = rows as number;
  const c = cols as number;
  checkCellCount(r, c, prop);
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
  checkCellCount(rows, cols, prop);
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
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 20 ? v.slice(0, 20) + '…' : v)}`;
  if (typeof v === 'object') return `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
  if (typeof v === 'function') return 'a function';
  return `${typeof v} ${String(v)}`;
}
