import type { ChartOptions } from '../chart/chartOptions';
import type { GridInput } from '../core/grid/grid';
import type { NormObject } from '../core/color/norms';

/**
 * A grid's finite values: their min and max, and those of the positive ones (what a log norm
 * autoscales to). NaN where there are none (no positive values).
 */
export interface DataRange {
  readonly min: number;
  readonly max: number;
  readonly positiveMin: number;
  readonly positiveMax: number;
}

/**
 * The finite range of `z` in one pass, without copying it; null for a grid with no finite value or
 * one that is not a grid at all (the chart reports that itself).
 */
export function dataRange(z: GridInput | undefined): DataRange | null {
  let min = Infinity;
  let max = -Infinity;
  let positiveMin = Infinity;
  let positiveMax = -Infinity;
  const scan = (values: ArrayLike<unknown>, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const v = values[i];
      // typeof first: a malformed grid may hold anything, and the chart names that error.
      if (typeof v !== 'number' || !(v > -Infinity && v < Infinity)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v > 0) {
        if (v < positiveMin) positiveMin = v;
        if (v > positiveMax) positiveMax = v;
      }
    }
  };
  if (Array.isArray(z)) {
    for (const row of z as unknown[]) if (Array.isArray(row)) scan(row, 0, row.length);
  } else if (z && typeof z === 'object') {
    const { values, rows, cols } = z as { values?: ArrayLike<unknown>; rows?: unknown; cols?: unknown };
    if (values && typeof values.length === 'number') {
      // A flat grid's values beyond rows × cols are not drawn, so they do not count.
      const size = typeof rows === 'number' && typeof cols === 'number' ? rows * cols : values.length;
      scan(values, 0, Math.min(size, values.length));
    }
  }
  if (min > max) return null;
  return positiveMin > positiveMax ? { min, max, positiveMin: NaN, positiveMax: NaN } : { min, max, positiveMin, positiveMax };
}

/** The smallest range holding all of them; null for none. */
export function unionRange(ranges: Iterable<DataRange>): DataRange | null {
  let union: DataRange | null = null;
  for (const r of ranges) {
    union = union && {
      min: Math.min(union.min, r.min),
      max: Math.max(union.max, r.max),
      // Math.min would turn a chart without positive values (NaN) into a NaN union.
      positiveMin: Number.isNaN(r.positiveMin) || union.positiveMin < r.positiveMin ? union.positiveMin : r.positiveMin,
      positiveMax: Number.isNaN(r.positiveMax) || union.positiveMax > r.positiveMax ? union.positiveMax : r.positiveMax,
    };
    union ??= r;
  }
  return union;
}

/**
 * The options with the shared range as the colour limits they do not set themselves: vmin / vmax
 * beside the default norm or a norm string, inside a copy of a norm object. Limits the chart sets
 * (vmin / vmax props, or inside its norm object) are its own and win, end by end. A log norm takes
 * the positive range, as its autoscaling does; a twoSlope norm only limits on their side of its
 * vcenter (which it requires); centered and boundary norms have no vmin / vmax and keep theirs.
 */
export function withSharedLimits(options: ChartOptions, range: DataRange): ChartOptions {
  const { norm } = options;
  if (norm === undefined || typeof norm === 'string') {
    const limits = fill(options.vmin, options.vmax, range, norm === 'log');
    return limits ? { ...options, ...limits } : options;
  }
  const limits = normLimits(norm, range);
  return limits ? { ...options, norm: { ...norm, ...limits } as NormObject } : options;
}

type Limits = { vmin?: number; vmax?: number };

function normLimits(norm: NormObject, range: DataRange): Limits | null {
  switch (norm.type) {
    case 'linear':
    case 'symlog':
    case 'power':
      return fill(norm.vmin, norm.vmax, range, false);
    case 'log':
      return fill(norm.vmin, norm.vmax, range, true);
    case 'twoSlope': {
      // A limit on vcenter's wrong side would be an error; the norm's own autoscaling moves it to
      // vcenter, where every chart's data then put it anyway.
      const limits: Limits = {};
      if (norm.vmin === undefined && range.min < norm.vcenter) limits.vmin = range.min;
      if (norm.vmax === undefined && range.max > norm.vcenter) limits.vmax = range.max;
      return limits.vmin === undefined && limits.vmax === undefined ? null : limits;
    }
    default:
      return null;
  }
}

/** The shared limits for the ends not given; null when there is none or it would contradict a given one. */
function fill(vmin: number | undefined, vmax: number | undefined, range: DataRange, log: boolean): Limits | null {
  if (vmin !== undefined && vmax !== undefined) return null;
  const lo = vmin ?? (log ? range.positiveMin : range.min);
  const hi = vmax ?? (log ? range.positiveMax : range.max);
  // NaN: no positive data anywhere, for a log norm. lo > hi: a given limit beyond the shared range;
  // the chart's own autoscaling then meets it as it would outside a provider.
  if (!(lo <= hi)) return null;
  return vmin !== undefined ? { vmax: hi } : vmax !== undefined ? { vmin: lo } : { vmin: lo, vmax: hi };
}
