// matplotlib 3.6.3's LogLocator (ticker.py:2258-2480) and SymmetricalLogLocator (2482-2637):
// where a log or symlog axis (and so a LogNorm / SymLogNorm colorbar) puts its ticks.
import { maxNLocatorTicks, AUTO_STEPS } from './maxNLocator';
import { pyPow } from './pyFloat';

export interface LogLocatorOptions {
  /** Logarithm base (default 10). */
  readonly base?: number;
  /**
   * Multiples of each power of the base: [1] (the default) for major ticks; 'auto' for the
   * minor ticks of a log axis (2…base−1, none beyond 10 decades); 'all' = 1…base−1.
   */
  readonly subs?: readonly number[] | 'auto' | 'all';
  /** Maximum number of major ticks: LogLocator's numticks 'auto' is the axis tick space clipped to [2, 9]. */
  readonly numticks: number;
}

/** numticks='auto' on an axis (ticker.py:2357-2361). */
export function logNumticks(tickSpace: number): number {
  return Math.min(9, Math.max(2, tickSpace));
}

/** np.arange(start, stop, step) for the integer-valued ranges the locators build. */
function arange(start: number, stop: number, step: number): number[] {
  const n = Math.max(0, Math.ceil((stop - start) / step));
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(start + i * step);
  return out;
}

/**
 * LogLocator.tick_values: powers of the base (times `subs`), every `stride` decades so that at
 * most about numticks fit, reaching one stride beyond either end. `vmin` must be positive (an
 * axis would substitute its smallest positive datum, which a colorbar never needs).
 */
export function logLocatorTicks(vmin: number, vmax: number, opts: LogLocatorOptions): number[] {
  const b = opts.base ?? 10;
  const subsOpt = opts.subs ?? [1];
  if (!(vmin > 0) || !Number.isFinite(vmin)) throw new RangeError('log ticks need a positive vmin');
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  const logVmin = Math.log(vmin) / Math.log(b);
  const logVmax = Math.log(vmax) / Math.log(b);
  const numdec = Math.floor(logVmax) - Math.ceil(logVmin);

  let subs: number[];
  if (typeof subsOpt === 'string') {
    if (numdec > 10 || b < 3) {
      if (subsOpt === 'auto') return []; // no minor ticks over more than 10 decades
      subs = [1];
    } else {
      subs = arange(subsOpt === 'auto' ? 2 : 1, b, 1);
    }
  } else {
    subs = [...subsOpt];
  }

  // Decades between major ticks (Python's // on ints).
  let stride = Math.floor((numdec + 1) / opts.numticks) + 1;
  // A stride as large as the range would leave only one tick visible.
  if (stride >= numdec) stride = Math.max(1, numdec - 1);

  // Whether this is a minor locator (subs other than [1]).
  const haveSubs = subs.length > 1 || (subs.length === 1 && subs[0] !== 1);
  const decades = arange(Math.floor(logVmin) - stride, Math.ceil(logVmax) + 2 * stride, stride);
  let ticks: number[];
  if (haveSubs) {
    ticks = [];
    // No minor ticks when more than one decade separates the major ones.
    if (stride === 1) for (const d of decades) for (const s of subs) ticks.push(s * pyPow(b, d));
  } else {
    ticks = decades.map((d) => pyPow(b, d));
  }

  const inRange = ticks.filter((t) => vmin <= t && t <= vmax).length;
  if (subs.length > 1 && stride === 1 && inRange <= 1) {
    // A minor locator that would show at most one tick falls back to AutoLocator (no axis: nbins 9).
    return maxNLocatorTicks(vmin, vmax, { nbins: 9, steps: AUTO_STEPS });
  }
  return ticks;
}

export interface SymlogLocatorOptions {
  readonly base: number;
  readonly linthresh: number;
  /** Multiples of each decade (matplotlib's default [1]). */
  readonly subs?: readonly number[];
  /** Maximum number of ticks (SymmetricalLogLocator's fixed 15). */
  readonly numticks?: number;
}

/**
 * SymmetricalLogLocator.tick_values: ±powers of the base outside ±linthresh and 0 when the
 * linear part is in range; just [vmin, vmax] when the range lies inside (−linthresh, linthresh).
 */
export function symlogLocatorTicks(vmin: number, vmax: number, opts: SymlogLocatorOptions): number[] {
  const { base, linthresh } = opts;
  const numticks = opts.numticks ?? 15;
  if (vmax < vmin) [vmin, vmax] = [vmax, vmin];
  if (-linthresh < vmin && vmin < vmax && vmax < linthresh) return [vmin, vmax];

  const hasA = vmin < -linthresh; // lower log range
  const hasC = vmax > linthresh; // upper log range
  const hasB = (hasA && vmax > -linthresh) || (hasC && vmin < linthresh); // linear range
  const logRange = (lo: number, hi: number): [number, number] => [
    Math.floor(Math.log(lo) / Math.log(base)),
    Math.ceil(Math.log(hi) / Math.log(base)),
  ];

  let [aLo, aHi] = [0, 0];
  if (hasA) [aLo, aHi] = logRange(Math.abs(Math.min(-linthresh, vmax)), Math.abs(vmin) + 1);
  let [cLo, cHi] = [0, 0];
  if (hasC) [cLo, cHi] = logRange(Math.max(linthresh, vmin), vmax + 1);

  const total = aHi - aLo + (cHi - cLo) + (hasB ? 1 : 0);
  const stride = Math.max(Math.floor(total / (numticks - 1)), 1);

  const decades: number[] = [];
  if (hasA) for (const e of arange(aLo, aHi, stride).reverse()) decades.push(-1 * pyPow(base, e));
  if (hasB) decades.push(0);
  if (hasC) for (const e of arange(cLo, cHi, stride)) decades.push(pyPow(base, e));

  const subs = opts.subs ?? [1];
  if (subs.length > 1 || subs[0] !== 1) {
    const ticks: number[] = [];
    for (const d of decades) {
      if (d === 0) ticks.push(d);
      else for (const s of subs) ticks.push(s * d);
    }
    return ticks;
  }
  return decades;
}
