// Labels of a log / symlog axis as matplotlib 3.6.3's LogFormatterSciNotation writes them
// (ticker.py:827-1141), and the major + minor ticks a LogNorm colorbar draws. matplotlib's
// labels are mathtext ('$\mathdefault{2\times10^{-1}}$'); here they are structured, so the
// painter can set the exponent as a superscript, with a plain-text fallback.
import { inView } from './maxNLocator';
import { isCloseToInt, rint, sortedPair } from './pyFloat';
import { formatG } from './pyFormat';
import { logLocatorTicks, logNumticks } from './logLocator';

/** A power of the base: `${sign}${mantissa}×${base}^${exponent}` (mantissa only off the decades). */
export interface PowerLabel {
  readonly sign: '' | '\u2212';
  readonly mantissa?: string;
  readonly base: string;
  /** With U+2212 for a negative exponent. */
  readonly exponent: string;
}

export interface TickLabel {
  /** Plain text: the label, or for a power '10^−2' / '2×10^−1'. '' = an unlabelled tick. */
  readonly text: string;
  /** Present for powers of the base: draw `base` with `exponent` as a superscript. */
  readonly power?: PowerLabel;
}

/** What a log formatter reads from its axis. */
export interface LogFormatContext {
  readonly base: number;
  /** The axis view interval (the colorbar's vmin, vmax). */
  readonly view: readonly [number, number];
  /** A symlog axis's linear threshold. */
  readonly linthresh?: number;
}

/**
 * LogFormatter.set_locs with minor_thresholds (1, 0.4): which multiples of a decade get a label.
 * Over more than one decade only the powers; down to 0.4 decades 1, 2, 3, 4, 6 (for base 10);
 * below that every multiple.
 */
export function logSublabels(ctx: LogFormatContext): ReadonlySet<number> {
  const b = ctx.base;
  const [vmin, vmax] = sortedPair(ctx.view[0], ctx.view[1]);
  const { linthresh } = ctx;
  // A log axis with a non-positive limit: label the powers only.
  if (linthresh === undefined && vmin <= 0) return new Set([1]);
  let numdec: number;
  if (linthresh !== undefined) {
    // Symlog: count the decades of the logarithmic parts only.
    numdec = 0;
    if (vmin < -linthresh) numdec += Math.log(vmin / Math.min(vmax, -linthresh)) / Math.log(b);
    if (vmax > linthresh) numdec += Math.log(vmax / Math.max(vmin, linthresh)) / Math.log(b);
  } else {
    numdec = Math.abs(Math.log(vmax) / Math.log(b) - Math.log(vmin) / Math.log(b));
  }
  if (numdec > 1) return new Set([1]);
  const labels = new Set<number>();
  if (numdec > 0.4) {
    // np.round(np.geomspace(1, b, int(b) // 2 + 1)).
    const num = Math.floor(Math.floor(b) / 2) + 1;
    const logB = Math.log10(b);
    for (let i = 0; i < num; i++) labels.add(i === 0 ? 1 : i === num - 1 ? rint(b) : rint(Math.pow(10, i * (logB / (num - 1)))));
  } else {
    for (let k = 1; k < b + 1; k++) labels.add(k);
  }
  return labels;
}

function powerLabel(power: PowerLabel): TickLabel {
  const lead = power.mantissa !== undefined ? `${power.mantissa}\u00d7` : '';
  return { text: `${power.sign}${lead}${power.base}^${power.exponent}`, power };
}

const minus = (n: number): string => String(n).replace('-', '\u2212');

/**
 * LogFormatterSciNotation(base, labelOnlyBase=False)(x): '0' for 0, b^n on the decades,
 * m×b^n elsewhere ('%g' of the mantissa), '' for a multiple `sublabels` leaves out.
 * axes.formatter.min_exponent is 0 in the defaults, so every power is written as one.
 */
export function logTickLabel(x: number, ctx: LogFormatContext, sublabels: ReadonlySet<number>): TickLabel {
  if (x === 0) return { text: '0' }; // symlog's zero
  const sign = x < 0 ? '\u2212' : '';
  const ax = Math.abs(x);
  const b = ctx.base;
  let fx = Math.log(ax) / Math.log(b);
  const isDecade = isCloseToInt(fx);
  const exponent = isDecade ? rint(fx) : Math.floor(fx);
  const coeff = rint(Math.pow(b, fx - exponent));
  if (isDecade) fx = rint(fx);
  if (!sublabels.has(coeff)) return { text: '' };
  const base = String(b); // Python's '%d' % 10.0 or '%s' % math.e read the same
  if (isDecade) return powerLabel({ sign, base, exponent: minus(fx) });
  const e = Math.floor(fx);
  let m = Math.pow(b, fx - e);
  if (isCloseToInt(m)) m = rint(m);
  return powerLabel({ sign, mantissa: formatG(m), base, exponent: minus(e) });
}

/** Labels for many ticks on one axis (the sublabel set depends only on the view). */
export function logTickLabels(values: readonly number[], ctx: LogFormatContext): TickLabel[] {
  const sublabels = logSublabels(ctx);
  return values.map((v) => logTickLabel(v, ctx, sublabels));
}

/** matplotlib's LogTransform: np.log10 / np.log2 / np.log for those bases. */
export function logForward(base: number): (v: number) => number {
  if (base === 10) return Math.log10;
  if (base === 2) return Math.log2;
  if (base === Math.E) return Math.log;
  return (v) => Math.log(v) / Math.log(base);
}

/**
 * Axis.get_minorticklocs: drop minor ticks within 1e-5 of the transformed view length of a
 * major tick (axis.py:1418-1434).
 */
export function withoutMajorOverlaps(
  minor: readonly number[],
  major: readonly number[],
  view: readonly [number, number],
  forward: (v: number) => number,
): number[] {
  const [lo, hi] = sortedPair(forward(view[0]), forward(view[1]));
  const tol = (hi - lo) * 1e-5;
  const majorT = major.map(forward);
  return minor.filter((m) => {
    const t = forward(m);
    return !majorT.some((j) => Math.abs(t - j) <= tol);
  });
}

export interface LabelledTicks {
  readonly values: number[];
  readonly labels: TickLabel[];
}

/**
 * The ticks a log axis with view [vmin, vmax] draws (a LogNorm colorbar's long axis): major
 * LogLocator ticks and minor subs='auto' ticks, minus overlaps, inside the view, all labelled by
 * LogFormatterSciNotation (matplotlib's log scale labels minor ticks too: on 1…10 it writes
 * 2×10^0, 3×10^0, 4×10^0 and 6×10^0 besides 10^0 and 10^1).
 */
export function logAxisTicks(
  vmin: number,
  vmax: number,
  opts: { readonly tickSpace: number; readonly base?: number },
): { major: LabelledTicks; minor: LabelledTicks } {
  const base = opts.base ?? 10;
  const view: [number, number] = [vmin, vmax];
  const numticks = logNumticks(opts.tickSpace);
  const forward = logForward(base);
  const majorAll = logLocatorTicks(vmin, vmax, { base, numticks });
  const minorAll = withoutMajorOverlaps(logLocatorTicks(vmin, vmax, { base, numticks, subs: 'auto' }), majorAll, view, forward);
  const ctx: LogFormatContext = { base, view };
  const drawn = (values: readonly number[]): LabelledTicks => {
    const shown = values.filter((v) => inView(v, view, forward));
    return { values: shown, labels: logTickLabels(shown, ctx) };
  };
  return { major: drawn(majorAll), minor: drawn(minorAll) };
}
