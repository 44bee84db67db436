import type { ChartOptions } from '../chart/createContourHeatmap';

/**
 * `next`, or `previous` itself when every option is equal in value (so nothing needs drawing).
 * Values equal to the previous ones are taken from `previous`, so the chart sees the same objects
 * (and keeps what it prepared for them, such as the grid).
 */
export function sameOptions(previous: ChartOptions | null, next: ChartOptions): ChartOptions {
  if (!previous) return next;
  const prev = previous as unknown as Record<string, unknown>;
  const shared: Record<string, unknown> = {};
  let changed = Object.keys(prev).length !== Object.keys(next).length;
  for (const [key, value] of Object.entries(next)) {
    const equal = Object.hasOwn(prev, key) && (key === 'z' ? sameGrid(prev[key], value) : sameValue(prev[key], value));
    shared[key] = equal ? prev[key] : value;
    changed ||= !equal;
  }
  return changed ? (shared as unknown as ChartOptions) : previous;
}

/** Grids are compared without reading cells: the same rows array, or a flat grid with the same values array and shape. */
function sameGrid(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}

/**
 * Deep equality of plain data: arrays, typed arrays and plain objects by content; anything else
 * (functions too) by identity. Past a depth no option has, values count as different (an update).
 */
function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 16) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (
      !ArrayBuffer.isView(a) ||
      !ArrayBuffer.isView(b) ||
      a.constructor !== b.constructor ||
      a instanceof DataView ||
      b instanceof DataView
    )
      return false;
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key], depth + 1));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
