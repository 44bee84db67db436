// matplotlib 3.6.3's MaxNLocator / AutoLocator (ticker.py:1908-2173) and the visibility test of
// Axis._update_ticks (axis.py:1185-1226). Every float operation follows the Python source in
// order, with Python's `//` and pow (see pyFloat.ts), so the tick values are bit-identical.
import { pyDivmod, pyFloorDiv, pyPow10, rint, sortedPair } from './pyFloat';

/** AutoLocator's steps (ticker.py:2911-2915, non-classic mode). */
export const AUTO_STEPS: readonly number[] = Object.freeze([1, 2, 2.5, 5, 10]);

/** The axis a locator measures its tick space on; a colorbar's long axis is a y (vertical) or x axis. */
export type TickAxis = 'x' | 'y' | 'colorbar-vertical' | 'colorbar-horizontal';

export interface MaxNLocatorOptions {
  /** Maximum number of intervals. */
  readonly nbins: number;
  /** Nice step multiples between 1 and 10 (default: matplotlib's [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]). */
  readonly steps?: readonly number[];
  /** Relax nbins until at least this many ticks fall inside [vmin, vmax] (default 2). */
  readonly minNTicks?: number;
  /** Only integer ticks, if at least minNTicks integers are in range. */
  readonly integer?: boolean;
}

export interface AutoLocatorOptions {
  /** Length of the axis in points (inches × 72): what Axis.get_tick_space measures. */
  readonly axisLengthPt: number;
  /** Tick label font size in points (matplotlib's default 10). */
  readonly fontSizePt?: number;
  readonly axis: TickAxis;
}

/** mtransforms.nonsingular: widen an empty or tiny interval, swap a reversed one (transforms.py:2827). */
export function nonsingular(vmin: number, vmax: number, expander = 0.001, tiny = 1e-15, increasing = true): [number, number] {
  if (!Number.isFinite(vmin) || !Number.isFinite(vmax)) return [-expander, expander];
  let swapped = false;
  if (vmax < vmin) {
    [vmin, vmax] = [vmax, vmin];
    swapped = true;
  }
  const maxAbs = Math.max(Math.abs(vmin), Math.abs(vmax));
  if (maxAbs < (1e6 / tiny) * 2.2250738585072014e-308) {
    vmin = -expander;
    vmax = expander;
  } else if (vmax - vmin <= maxAbs * tiny) {
    if (vmax === 0 && vmin === 0) {
      vmin = -expander;
      vmax = expander;
    } else {
      vmin -= expander * Math.abs(vmin);
      vmax += expander * Math.abs(vmax);
    }
  }
  return swapped && !increasing ? [vmax, vmin] : [vmin, vmax];
}

/** ticker.scale_range: the step's power of ten, and an offset when the range sits far from 0. */
export function scaleRange(vmin: number, vmax: number, n = 1, threshold = 100): { scale: number; offset: number } {
  const dv = Math.abs(vmax - vmin);
  const meanv = (vmax + vmin) / 2;
  let offset = 0;
  if (!(Math.abs(meanv) / dv < threshold)) {
    offset = Math.sign(meanv) * pyPow10(Math.floor(Math.log10(Math.abs(meanv))));
  }
  return { scale: pyPow10(Math.floor(Math.log10(dv / n))), offset };
}

/**
 * ticker._Edge_integer: index of the tick at or below (le) / at or above (ge) x, treating a
 * remainder within a tolerance of a whole step as exact, so 0.1…0.7 in steps of 0.1 keeps 0.7.
 */
function edgeInteger(step: number, offset: number) {
  const absOffset = Math.abs(offset);
  let tol = 1e-10;
  if (absOffset > 0) {
    // More slop when the offset is large compared with the step.
    const digits = Math.log10(absOffset / step);
    tol = Math.min(0.4999, Math.max(1e-10, Math.pow(10, digits - 12)));
  }
  const closeto = (ms: number, edge: number): boolean => Math.abs(ms - edge) < tol;
  return {
    le(x: number): number {
      const [d, m] = pyDivmod(x, step);
      return closeto(m / step, 1) ? d + 1 : d;
    },
    ge(x: number): number {
      const [d, m] = pyDivmod(x, step);
      return closeto(m / step, 0) ? d : d + 1;
    },
  };
}

/** MaxNLocator._validate_steps + _staircase: [0.1·steps[:-1], steps, 10·steps[1]]. */
function staircase(steps: readonly number[]): number[] {
  const s = [...steps];
  if (s[0] !== 1) s.unshift(1);
  if (s[s.length - 1] !== 10) s.push(10);
  return [...s.slice(0, -1).map((v) => 0.1 * v), ...s, 10 * s[1]!];
}

const DEFAULT_STEPS: readonly number[] = Object.freeze([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]);

/** MaxNLocator._raw_ticks for a fixed nbins (autolimit_mode 'data'). */
function rawTicks(vmin: number, vmax: number, nbins: number, opts: MaxNLocatorOptions): number[] {
  const minNTicks = Math.max(1, opts.minNTicks ?? 2);
  const { scale, offset } = scaleRange(vmin, vmax, nbins);
  const lo = vmin - offset;
  const hi = vmax - offset;
  const rawStep = (hi - lo) / nbins;
  let steps = staircase(opts.steps ?? DEFAULT_STEPS).map((s) => s * scale);
  if (opts.integer) steps = steps.filter((s) => s < 1 || Math.abs(s - rint(s)) < 0.001);

  const first = steps.findIndex((s) => s >= rawStep);
  let ticks: number[] = [];
  // The first step ≥ raw_step is an upper limit: go to smaller steps until enough ticks fit.
  for (let istep = first; istep >= 0; istep--) {
    let step = steps[istep]!;
    if (opts.integer && Math.floor(hi) - Math.ceil(lo) >= minNTicks - 1) step = Math.max(1, step);
    const bestVmin = pyFloorDiv(lo, step) * step;
    const edge = edgeInteger(step, offset);
    const low = edge.le(lo - bestVmin);
    const high = edge.ge(hi - bestVmin);
    ticks = [];
    for (let k = low; k < high + 1; k++) ticks.push(k * step + bestVmin);
    // Count only the ticks that will be displayed.
    const shown = ticks.filter((t) => t <= hi && t >= lo).length;
    if (shown >= minNTicks) break;
  }
  return ticks.map((t) => t + offset);
}

/** MaxNLocator.tick_values: ascending ticks, possibly one step beyond either limit. */
export function maxNLocatorTicks(vmin: number, vmax: number, opts: MaxNLocatorOptions): number[] {
  // Reversed limits are swapped here, as matplotlib's locator does.
  const [lo, hi] = nonsingular(vmin, vmax, 1e-13, 1e-14);
  return rawTicks(lo, hi, opts.nbins, opts);
}

/** Axis.get_tick_space: x axes allow a 3:1 label aspect (axis.py:2422), y axes 2 (axis.py:2674). */
export function tickSpace(axisLengthPt: number, fontSizePt: number, axis: TickAxis): number {
  const wide = axis === 'x' || axis === 'colorbar-horizontal';
  const size = fontSizePt * (wide ? 3 : 2);
  return size > 0 ? Math.floor(axisLengthPt / size) : 2 ** 31 - 1;
}

/** AutoLocator's nbins='auto': the tick space clipped to [max(1, min_n_ticks − 1), 9]. */
export function autoNbins(opts: AutoLocatorOptions): number {
  const space = tickSpace(opts.axisLengthPt, opts.fontSizePt ?? 10, opts.axis);
  return Math.min(9, Math.max(1, space));
}

/** AutoLocator().tick_values on an axis of the given length: every tick, including out-of-view ones. */
export function autoLocatorTicks(vmin: number, vmax: number, opts: AutoLocatorOptions): number[] {
  return maxNLocatorTicks(vmin, vmax, { nbins: autoNbins(opts), steps: AUTO_STEPS });
}

/**
 * The ticks Axis._update_ticks draws: those inside the view once both are mapped through the
 * axis scale's transform, with mtransforms._interval_contains_close's slack of 1e-10 × the
 * transformed view length (so a tick a rounding error outside the limits is still drawn).
 */
export function ticksInView(locs: readonly number[], view: readonly [number, number], forward: (v: number) => number = (v) => v): number[] {
  return locs.filter((loc) => inView(loc, view, forward));
}

/** Whether one tick at `loc` is drawn (see {@link ticksInView}). */
export function inView(loc: number, view: readonly [number, number], forward: (v: number) => number = (v) => v): boolean {
  const [lo, hi] = sortedPair(view[0], view[1]);
  const [a, b] = sortedPair(forward(lo), forward(hi));
  const tol = (b - a) * 1e-10;
  const t = forward(loc);
  return a - tol <= t && t <= b + tol;
}
