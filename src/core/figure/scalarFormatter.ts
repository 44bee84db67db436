// matplotlib 3.6.3's ScalarFormatter (ticker.py:392-824) with the default rcParams: useOffset
// True, offset_threshold 4, powerlimits (-5, 6), no mathtext, unicode minus. Like set_locs it
// sees every tick the locator returned, in view or not; the offset and the order of magnitude
// look at the ticks inside the view only, the number of decimals at all of them.
import { inView } from './maxNLocator';
import { maxOf, minOf, npRound, pyFloorDiv, pyIntPow10, pyPow10, sortedPair } from './pyFloat';
import { formatFixed, formatG, formatInt, pyRound } from './pyFormat';

export interface ScalarFormatterOptions {
  /** Split off an additive offset when it saves digits (matplotlib's default true). */
  readonly useOffset?: boolean;
  /** Digits the offset must save (axes.formatter.offset_threshold, default 4). */
  readonly offsetThreshold?: number;
  /** Exponents at or beyond which the labels are scaled by 10^oom (axes.formatter.limits, default [-5, 6]). */
  readonly powerLimits?: readonly [number, number];
}

/** What ScalarFormatter.set_locs settles: labels are ((x − offset) / 10^oom) with `decimals` decimals. */
export interface ScalarFormat {
  readonly offset: number;
  readonly orderOfMagnitude: number;
  readonly decimals: number;
  /** False when set_locs saw no ticks: every label is then ''. */
  readonly hasLocs: boolean;
}

/** axes.unicode_minus: U+2212 for '-' (Formatter.fix_minus). */
export function fixMinus(s: string): string {
  return s.replace(/-/g, '\u2212');
}

function visibleLocs(locs: readonly number[], view: readonly [number, number]): number[] {
  const [vmin, vmax] = sortedPair(view[0], view[1]);
  return locs.filter((l) => vmin <= l && l <= vmax);
}

/** _compute_offset (ticker.py:720): the common leading digits of the visible ticks, if ≥ threshold. */
function computeOffset(locs: readonly number[], view: readonly [number, number], threshold: number): number {
  const shown = visibleLocs(locs, view);
  if (shown.length === 0) return 0;
  const lmin = minOf(shown);
  const lmax = maxOf(shown);
  // Only with at least two ticks, all of one sign.
  if (lmin === lmax || (lmin <= 0 && 0 <= lmax)) return 0;
  const [absMin, absMax] = sortedPair(Math.abs(lmin), Math.abs(lmax));
  const sign = lmin < 0 ? -1 : 1;
  const oomMax = Math.ceil(Math.log10(absMax));
  // The smallest power of ten at which absMin and absMax agree.
  const firstDiffering = (differ: (p: number) => boolean): number => {
    let oom = oomMax;
    while (!differ(pyPow10(oom)) && oom > -400) oom--;
    return oom + 1;
  };
  let oom = firstDiffering((p) => pyFloorDiv(absMin, p) !== pyFloorDiv(absMax, p));
  if ((absMax - absMin) / pyPow10(oom) <= 1e-2) {
    // Straddling a multiple of a large power of ten: the smallest one where they are > 1 apart.
    oom = firstDiffering((p) => pyFloorDiv(absMax, p) - pyFloorDiv(absMin, p) > 1);
  }
  const leading = pyFloorDiv(absMax, pyPow10(oom));
  return leading >= 10 ** (threshold - 1) ? sign * leading * pyPow10(oom) : 0;
}

/** _set_order_of_magnitude (ticker.py:759): scientific exponent from the visible ticks. */
function orderOfMagnitude(
  locs: readonly number[],
  view: readonly [number, number],
  offset: number,
  [low, high]: readonly [number, number],
): number {
  if (low === high && low !== 0) return low;
  const shown = visibleLocs(locs, view).map(Math.abs);
  if (shown.length === 0) return 0;
  const [vmin, vmax] = sortedPair(view[0], view[1]);
  let oom: number;
  if (offset) {
    oom = Math.floor(Math.log10(vmax - vmin));
  } else {
    const val = maxOf(shown);
    oom = val === 0 ? 0 : Math.floor(Math.log10(val));
  }
  return oom <= low || oom >= high ? oom : 0;
}

/** _set_format (ticker.py:793): the fewest decimals that keep every tick within 1e-3 of its range. */
function decimals(locs: readonly number[], view: readonly [number, number], offset: number, oom: number): number {
  // With fewer than two ticks the view ends stand in for the range.
  const all = locs.length < 2 ? [...locs, view[0], view[1]] : [...locs];
  let values = all.map((l) => (l - offset) / pyPow10(oom));
  let range = maxOf(values) - minOf(values);
  if (range === 0) range = maxOf(values.map(Math.abs));
  if (range === 0) range = 1;
  if (locs.length < 2) values = values.slice(0, -2);
  const rangeOom = Math.floor(Math.log10(range));
  let sigfigs = Math.max(0, 3 - rangeOom);
  const thresh = 1e-3 * pyIntPow10(rangeOom);
  while (sigfigs >= 0) {
    const worst = maxOf(values.map((v) => Math.abs(v - npRound(v, sigfigs))));
    if (worst < thresh) sigfigs -= 1;
    else break;
  }
  return sigfigs + 1;
}

/** ScalarFormatter.set_locs(locs) on an axis whose view interval is `view`. */
export function scalarFormat(locs: readonly number[], view: readonly [number, number], options: ScalarFormatterOptions = {}): ScalarFormat {
  if (locs.length === 0) return { offset: 0, orderOfMagnitude: 0, decimals: 0, hasLocs: false };
  const offset = options.useOffset === false ? 0 : computeOffset(locs, view, options.offsetThreshold ?? 4);
  const oom = orderOfMagnitude(locs, view, offset, options.powerLimits ?? [-5, 6]);
  return { offset, orderOfMagnitude: oom, decimals: decimals(locs, view, offset, oom), hasLocs: true };
}

/** ScalarFormatter.__call__: one tick's label. */
export function formatScalarTick(f: ScalarFormat, x: number): string {
  if (!f.hasLocs) return '';
  let xp = (x - f.offset) / pyPow10(f.orderOfMagnitude);
  if (Math.abs(xp) < 1e-8) xp = 0; // Python then formats the int 0: never '-0.0'
  return fixMinus(formatFixed(xp, f.decimals));
}

/** ScalarFormatter.format_data: '1e5', '1.234567e7', '−1e5' for the offset text. */
function formatData(value: number): string {
  const e = Math.floor(Math.log10(Math.abs(value)));
  const s = pyRound(value / pyIntPow10(e), 10);
  const significand = fixMinus(Number.isInteger(s) ? formatInt(s) : formatG(s, 10));
  return e === 0 ? significand : `${significand}e${fixMinus(String(e))}`;
}

/** ScalarFormatter.get_offset: '1e−6', '+1e5', '1e−6+1e5', or ''. */
export function scalarOffsetText(f: ScalarFormat): string {
  if (!f.hasLocs || (!f.orderOfMagnitude && !f.offset)) return '';
  let offsetStr = '';
  if (f.offset) offsetStr = (f.offset > 0 ? '+' : '') + formatData(f.offset);
  const sciNotStr = f.orderOfMagnitude ? `1e${f.orderOfMagnitude}` : '';
  return fixMinus(sciNotStr + offsetStr);
}

export interface ScalarTickLabels {
  /** The drawn ticks (inside the view), in the locator's order. */
  readonly ticks: number[];
  readonly labels: string[];
  readonly offsetText: string;
}

/**
 * Labels of the ticks an axis draws: ScalarFormatter.format_ticks over every locator tick,
 * then only the ticks inside the view (optionally judged in a scale's transformed coordinates).
 */
export function scalarTickLabels(
  locs: readonly number[],
  view: readonly [number, number],
  forward?: (v: number) => number,
  options?: ScalarFormatterOptions,
): ScalarTickLabels {
  const f = scalarFormat(locs, view, options);
  const ticks = locs.filter((l) => inView(l, view, forward));
  return { ticks, labels: ticks.map((t) => formatScalarTick(f, t)), offsetText: scalarOffsetText(f) };
}

/**
 * clabel's default texts (contour.py:282-293): ScalarFormatter(useOffset=False) on a dummy axis
 * whose view is (0, 1), label = format_ticks([*levels, lev])[-1]. So the exponent comes from the
 * levels in [0, 1] only, and it is never shown: levels ×1e-6 read '−1.5', ×1e6 read '−1500000'.
 */
export function contourLabelTexts(levels: readonly number[]): string[] {
  if (levels.length === 0) return [];
  // Appending a level that is already in the list changes neither the range nor the view test.
  const f = scalarFormat([...levels, levels[0]!], [0, 1], { useOffset: false });
  return levels.map((lev) => formatScalarTick(f, lev));
}
