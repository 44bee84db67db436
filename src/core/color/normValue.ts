import { lutIndex } from './colormaps';
import type { ResolvedNorm } from './norms';
import { spanRatio } from '../grid/grid';

/**
 * matplotlib's `norm(value)` for a resolved norm, with the value masked when it is not finite (as
 * imshow's data is): NaN for masked ("bad") results. Float norms return the normalised x that the
 * colormap then maps (x < 0 under, x ≥ 1 over except x = 1 itself); TwoSlopeNorm returns ±Infinity
 * outside [vmin, vmax] as matplotlib does. BoundaryNorm returns the integer colour index
 * (-1 under, ≥ ncolors over). Each formula follows the Python source operation for operation.
 */
export function normValue(norm: ResolvedNorm, value: number): number {
  if (!Number.isFinite(value)) return NaN;
  switch (norm.type) {
    case 'linear':
    case 'centered':
      return linear(norm.vmin, norm.vmax, norm.clip, value);
    case 'power':
      return power(norm.vmin, norm.vmax, norm.clip, norm.gamma, value);
    case 'twoSlope':
      return twoSlope(norm.vmin, norm.vcenter, norm.vmax, value);
    case 'log':
      return scaled(norm.vmin, norm.vmax, norm.clip, Math.log10, value);
    case 'symlog':
      return scaled(norm.vmin, norm.vmax, norm.clip, symlogTransform(norm.linthresh, norm.linscale, norm.base), value);
    case 'boundary':
      return boundaryIndex(norm, value);
  }
}

/**
 * The colormap entry matplotlib's imshow paints a value with, for an n-entry LUT: a LUT index,
 * -1 for under, n for over, NaN for bad. Float results go through `Colormap.__call__`'s
 * `int(x * n)` rule; BoundaryNorm's integers index the LUT directly.
 */
export function normLutIndex(norm: ResolvedNorm, value: number, n: number): number {
  const x = normValue(norm, value);
  if (norm.type !== 'boundary' || Number.isNaN(x)) return lutIndex(x, n);
  return x < 0 ? -1 : Math.min(x, n);
}

/** `Normalize.__call__`: optional clip, then (v - vmin) / (vmax - vmin); vmin == vmax gives 0. */
function linear(vmin: number, vmax: number, clip: boolean, v: number): number {
  if (vmin === vmax) return 0;
  const c = clip ? Math.min(Math.max(v, vmin), vmax) : v;
  return spanRatio(c, vmin, vmax, vmin);
}

/** `PowerNorm.__call__`: values below vmin become 0 before the power (never "under"). */
function power(vmin: number, vmax: number, clip: boolean, gamma: number, v: number): number {
  if (vmin === vmax) return 0;
  const c = clip ? Math.min(Math.max(v, vmin), vmax) : v;
  let r = c - vmin;
  if (r < 0) r = 0;
  const range = vmax - vmin;
  return range - range === 0 ? r ** gamma / range ** gamma : Math.max(0, spanRatio(c, vmin, vmax, vmin)) ** gamma;
}

/**
 * `np.interp(v, [vmin, vcenter, vmax], [0, 0.5, 1], left=-inf, right=inf)`, including numpy's
 * handling of a repeated abscissa (vcenter == vmin or vmax after autoscaling): the segment is the
 * last one whose start is ≤ v, an exact hit on a breakpoint returns its ordinate, v == vmax gives 1.
 */
function twoSlope(vmin: number, vcenter: number, vmax: number, v: number): number {
  if (v < vmin) return -Infinity;
  if (v > vmax) return Infinity;
  if (v === vmax) return 1;
  if (v >= vcenter) return v === vcenter ? 0.5 : side(vcenter, vmax, v, 0.5);
  return v === vmin ? 0 : side(vmin, vcenter, v, 0);
}

/** np.interp on one side, ((0.5) / (hi − lo)) · (v − lo) + base, overflow-safe (the same bits otherwise). */
function side(lo: number, hi: number, v: number, base: number): number {
  const span = hi - lo;
  const d = v - lo;
  if (span - span === 0 && d - d === 0) return (0.5 / span) * d + base;
  return 0.5 * spanRatio(v, lo, hi, lo) + base;
}

/**
 * The scale-based norms (`make_norm_from_scale`): vmin == vmax gives 0 (even where the transform
 * is undefined), optional clip, then (T(v) - T(vmin)) / (T(vmax) - T(vmin)); a non-finite result
 * (log of a value ≤ 0) is masked.
 */
function scaled(vmin: number, vmax: number, clip: boolean, transform: (v: number) => number, v: number): number {
  if (vmin === vmax) return 0;
  const c = clip ? Math.min(Math.max(v, vmin), vmax) : v;
  const tmin = transform(vmin);
  const x = (transform(c) - tmin) / (transform(vmax) - tmin);
  return Number.isFinite(x) ? x : NaN;
}

/** `SymmetricalLogTransform.transform_non_affine`: linear within ±linthresh, log_base outside, continuous at ±linthresh. */
export function symlogTransform(linthresh: number, linscale: number, base: number): (v: number) => number {
  const linscaleAdj = linscale / (1.0 - base ** -1);
  const logBase = Math.log(base);
  return (v) => {
    const abs = Math.abs(v);
    if (abs <= linthresh) return v * linscaleAdj;
    return Math.sign(v) * linthresh * (linscaleAdj + Math.log(abs / linthresh) / logBase);
  };
}

/**
 * `BoundaryNorm.__call__` for one finite value: the bin (`np.digitize` - 1 + offset), stretched
 * over [0, ncolors - 1] when there are fewer bins than colours (truncated to an integer, as the
 * int16 cast does), then -1 below the first boundary and ncolors (ncolors - 1 with clip) at or
 * above the last.
 */
export function boundaryIndex(norm: Extract<ResolvedNorm, { type: 'boundary' }>, value: number): number {
  const { boundaries, ncolors, regions, offset, vmin, vmax, clip } = norm;
  const v = clip ? Math.min(Math.max(value, vmin), vmax) : value;
  let bin = offset - 1;
  for (const b of boundaries) if (b <= v) bin++;
  if (ncolors > regions) {
    if (regions === 1) {
      if (bin === 0) bin = Math.floor((ncolors - 1) / 2);
    } else {
      bin = Math.trunc(((ncolors - 1) / (regions - 1)) * bin);
    }
  }
  if (v < vmin) return -1;
  if (v >= vmax) return clip ? ncolors - 1 : ncolors;
  return bin;
}
