import type { ResolvedNorm } from './norms';
import { symlogTransform } from './normValue';

/**
 * matplotlib's `norm.inverse(x)` for the invertible norms: the data value that normalises to x.
 * The readout uses it as matplotlib's cursor does, to find how wide a colour bin is in data units.
 * BoundaryNorm is not invertible (matplotlib raises); callers handle it from its boundaries.
 * NaN where matplotlib's result is masked (PowerNorm's power of a negative number).
 */
export function normInverse(norm: Exclude<ResolvedNorm, { type: 'boundary' }>, x: number): number {
  switch (norm.type) {
    case 'linear':
    case 'centered':
      return norm.vmin + x * (norm.vmax - norm.vmin);
    case 'power':
      return Math.pow(x, 1 / norm.gamma) * (norm.vmax - norm.vmin) + norm.vmin;
    case 'twoSlope':
      return twoSlopeInverse(norm.vmin, norm.vcenter, norm.vmax, x);
    case 'log':
      return scaledInverse(norm.vmin, norm.vmax, Math.log10, (t) => Math.pow(10, t), x);
    case 'symlog': {
      const { linthresh, linscale, base } = norm;
      return scaledInverse(norm.vmin, norm.vmax, symlogTransform(linthresh, linscale, base), symlogInverse(linthresh, linscale, base), x);
    }
  }
}

/** `make_norm_from_scale`'s inverse: T⁻¹(x · (T(vmax) − T(vmin)) + T(vmin)). */
function scaledInverse(vmin: number, vmax: number, forward: (v: number) => number, inverse: (t: number) => number, x: number): number {
  const tmin = forward(vmin);
  return inverse(x * (forward(vmax) - tmin) + tmin);
}

/** `InvertedSymmetricalLogTransform`: linear within ±T(linthresh), base^… outside. */
function symlogInverse(linthresh: number, linscale: number, base: number): (t: number) => number {
  const linscaleAdj = linscale / (1.0 - base ** -1);
  const invLinthresh = symlogTransform(linthresh, linscale, base)(linthresh);
  return (t) => {
    const abs = Math.abs(t);
    if (abs <= invLinthresh) return t / linscaleAdj;
    return Math.sign(t) * linthresh * Math.pow(base, abs / linthresh - linscaleAdj);
  };
}

/** `np.interp(x, [0, 0.5, 1], [vmin, vcenter, vmax], left=-inf, right=inf)`. */
function twoSlopeInverse(vmin: number, vcenter: number, vmax: number, x: number): number {
  if (x < 0) return -Infinity;
  if (x > 1) return Infinity;
  if (x === 1) return vmax;
  return x < 0.5 ? ((vcenter - vmin) / 0.5) * x + vmin : ((vmax - vcenter) / 0.5) * (x - 0.5) + vcenter;
}
