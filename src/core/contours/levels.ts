import { invalidProp } from '../errors';
import { describe } from '../grid/grid';
import { extendsAbove, extendsBelow, type Extend } from './extend';

/**
 * The most contour levels a chart may have: the largest level count, and the longest explicit
 * level array. matplotlib copes with thousands of levels, but here every level is a pass of the
 * tracer over the whole grid (1000 levels of a 1000 × 1000 grid are a billion cell visits) and its
 * own SVG path in the DOM, and far fewer are legible on a chart. A count n gives at most n + 3
 * levels (MaxNLocator's ticks, trimmed to one beyond the data at each end).
 */
export const MAX_LEVELS = 1000;

/**
 * Contour levels from a count, by matplotlib's rule (`ContourSet._autolev`, matplotlib 3.6.3):
 * `MaxNLocator(count + 1, min_n_ticks=1).tick_values(zmin, zmax)`, then trimmed so that at most
 * one level lies below zmin and one above zmax. `extend` 'min' / 'max' / 'both' drops that outer
 * level at the low / high / both ends (the extended band covers it instead); when fewer than 3
 * levels would remain the untrimmed ticks are kept. Every float operation follows the Python
 * source in the same order, so the levels are equal to matplotlib's to the last bit
 * (the seed gives `[-1.8000000000000003, …, 1.5000000000000004]`).
 * Beyond matplotlib: a tick past ±1.8e308 (the outer tick of data reaching the largest doubles,
 * which matplotlib returns as ±inf) is dropped, and ranges whose span or midpoint overflow (where
 * matplotlib raises) get the same rule a decade down (see {@link maxNLocatorTicks}).
 * `count` must be a positive integer ≤ {@link MAX_LEVELS}.
 */
export function levelsFromCount(count: number, zmin: number, zmax: number, extend: Extend = 'neither'): number[] {
  checkCount(count, 'levels');
  const ticks = maxNLocatorTicks(count + 1, 1, zmin, zmax).filter(finite);
  let i0 = 0;
  for (let i = 0; i < ticks.length; i++) if ((ticks[i] as number) < zmin) i0 = i;
  let i1 = ticks.length;
  for (let i = ticks.length - 1; i >= 0; i--) if ((ticks[i] as number) > zmax) i1 = i + 1;
  if (extendsBelow(extend)) i0 += 1;
  if (extendsAbove(extend)) i1 -= 1;
  if (i1 - i0 < 3) return ticks;
  return ticks.slice(i0, i1);
}

/**
 * Validates the `levels` prop: a positive integer count (turned into levels by
 * {@link levelsFromCount}, with `extend` trimming as contourf's), or a strictly ascending array of
 * finite numbers (kept as given whatever `extend`).
 */
export function resolveLevels(
  levels: number | readonly number[],
  zmin: number,
  zmax: number,
  prop = 'contours.levels',
  extend: Extend = 'neither',
): number[] {
  if (typeof levels === 'number') {
    checkCount(levels, prop);
    if (!Number.isFinite(zmin)) return [];
    return levelsFromCount(levels, zmin, zmax, extend);
  }
  if (!Array.isArray(levels)) throw invalidProp(prop, `expected a count or an array of numbers, got ${describe(levels)}`);
  if (levels.length === 0) throw invalidProp(prop, 'the level array is empty');
  if (levels.length > MAX_LEVELS) {
    throw invalidProp(prop, `${levels.length} levels is more than the ${MAX_LEVELS} supported: ${WHY_MAX_LEVELS}`);
  }
  const out: number[] = [];
  for (let i = 0; i < levels.length; i++) {
    const level: unknown = levels[i];
    if (typeof level !== 'number' || !Number.isFinite(level)) {
      throw invalidProp(prop, `level ${i} is ${typeof level === 'number' ? level : describe(level)}, not a finite number`);
    }
    if (i > 0 && level <= out[i - 1]!) {
      throw invalidProp(prop, `levels must be strictly increasing, but level ${i} (${level}) ≤ level ${i - 1} (${out[i - 1]})`);
    }
    out.push(level);
  }
  return out;
}

const WHY_MAX_LEVELS = 'every level is traced over the whole grid and drawn as its own SVG path';

/** A level count: a positive integer ≤ {@link MAX_LEVELS}. */
function checkCount(count: unknown, prop: string): void {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw invalidProp(prop, `a level count must be a positive integer, got ${typeof count === 'number' ? count : describe(count)}`);
  }
  if (count > MAX_LEVELS) {
    throw invalidProp(
      prop,
      `a level count of ${count} is more than the ${MAX_LEVELS} levels supported: ${WHY_MAX_LEVELS}; pass a smaller count or explicit levels`,
    );
  }
}

const STEPS = Object.freeze([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]);
/** MaxNLocator._staircase: [0.1 * steps[:-1], steps, 10 * steps[1]], each product as numpy computes it. */
const EXTENDED_STEPS = Object.freeze([...STEPS.slice(0, -1).map((s) => 0.1 * s), ...STEPS, 10 * (STEPS[1] as number)]);

/**
 * matplotlib.ticker.MaxNLocator(nbins, min_n_ticks).tick_values(vmin, vmax) with default steps.
 * Where matplotlib overflows (vmax − vmin, vmax + vmin or vmax − best_vmin beyond the largest
 * double, e.g. data over ±1e308 or from 0 to 1.4e308: it raises IndexError / ValueError), the same
 * rule runs on vmin / 10 and vmax / 10 and the ticks are multiplied back by 10: nice decimal
 * steps, the bits of ordinary ranges untouched. Ticks beyond ±1.8e308 come back as ±Infinity, as
 * matplotlib's do.
 */
export function maxNLocatorTicks(nbins: number, minNTicks: number, vmin: number, vmax: number): number[] {
  return rawTicks(nbins, minNTicks, vmin, vmax) ?? maxNLocatorTicks(nbins, minNTicks, vmin / 10, vmax / 10).map((t) => t * 10);
}

/** MaxNLocator._raw_ticks after nonsingular(), or null where an intermediate value overflows. */
function rawTicks(nbins: number, minNTicks: number, vmin: number, vmax: number): number[] | null {
  [vmin, vmax] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  if (!finite(vmax - vmin) || !finite(vmax + vmin)) return null;
  const [scale, offset] = scaleRange(vmin, vmax, nbins);
  const lo = vmin - offset;
  const hi = vmax - offset;
  const rawStep = (hi - lo) / nbins;
  const steps = EXTENDED_STEPS.map((s) => s * scale);
  let istep = steps.findIndex((s) => s >= rawStep);
  if (istep < 0) istep = steps.length - 1;
  let ticks: number[] = [];
  for (let k = istep; k >= 0; k--) {
    const step = steps[k] as number;
    const bestVmin = floorDiv(lo, step) * step;
    if (!finite(hi - bestVmin) || !finite(lo - bestVmin)) return null;
    const low = edgeLe(lo - bestVmin, step, offset);
    const high = edgeGe(hi - bestVmin, step, offset);
    ticks = [];
    // np.arange(low, high + 1) * step + best_vmin
    for (let n = low; n < high + 1; n++) ticks.push(n * step + bestVmin);
    const inside = ticks.filter((t) => t <= hi && t >= lo).length;
    if (inside >= minNTicks) break;
  }
  return ticks.map((t) => t + offset);
}

/** A finite double (NaN and ±Infinity are not). */
function finite(v: number): boolean {
  return v - v === 0;
}

/** matplotlib.transforms.nonsingular with increasing=True. */
function nonsingular(vmin: number, vmax: number, expander: number, tiny: number): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const maxAbs = Math.max(Math.abs(vmin), Math.abs(vmax));
  const FLOAT_TINY = 2.2250738585072014e-308; // np.finfo(float).tiny
  if (maxAbs < (1e6 / tiny) * FLOAT_TINY) return [-expander, expander];
  if (vmax - vmin <= maxAbs * tiny) {
    if (vmax === 0 && vmin === 0) return [-expander, expander];
    return [vmin - expander * Math.abs(vmin), vmax + expander * Math.abs(vmax)];
  }
  return [vmin, vmax];
}

/** matplotlib.ticker.scale_range. */
function scaleRange(vmin: number, vmax: number, n: number, threshold = 100): [number, number] {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  const offset = Math.abs(meanv) / dv < threshold ? 0 : Math.sign(meanv) * pow10(Math.floor(Math.log10(Math.abs(meanv))));
  return [pow10(Math.floor(Math.log10(dv / n))), offset];
}

/** 10 ** e for integer e, correctly rounded like C's pow (1 / 10^k is one correctly rounded division). */
function pow10(e: number): number {
  return e >= 0 ? 10 ** e : 1 / 10 ** -e;
}

/** Python's float divmod (CPython float_divmod / numpy npy_divmod): floor quotient and matching modulus. */
export function pyDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floorDiv(x: number, y: number): number {
  return pyDivmod(x, y)[0];
}

/** ticker._Edge_integer.closeto. */
function closeTo(ms: number, edge: number, step: number, offset: number): boolean {
  let tol = 1e-10;
  if (Math.abs(offset) > 0) {
    const digits = Math.log10(Math.abs(offset) / step);
    tol = Math.min(0.4999, Math.max(1e-10, 10 ** (digits - 12)));
  }
  return Math.abs(ms - edge) < tol;
}

function edgeLe(x: number, step: number, offset: number): number {
  const [d, m] = pyDivmod(x, step);
  return closeTo(m / step, 1, step, offset) ? d + 1 : d;
}

function edgeGe(x: number, step: number, offset: number): number {
  const [d, m] = pyDivmod(x, step);
  return closeTo(m / step, 0, step, offset) ? d : d + 1;
}

/** The first index whose level is ≥ v (levels ascending); levels.length if none. */
export function lowerBound(levels: readonly number[], v: number): number {
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
