// The long axis of a matplotlib 3.6.3 colorbar, per norm: its view interval and its scale's
// forward transform (colorbar.py:1057-1191). The view is norm.inverse(0) … norm.inverse(1)
// (which can differ from vmax by an ulp); the transform decides which ticks are drawn and where.
import { nonsingular } from './maxNLocator';
import { pyPow, sortedPair } from './pyFloat';
import { logForward } from './logTicks';

/** A colorbar's norm, with matplotlib's parameters (vmin / vmax already autoscaled). */
export type ColorbarNorm =
  | { readonly kind: 'linear'; readonly vmin: number; readonly vmax: number }
  | { readonly kind: 'log'; readonly vmin: number; readonly vmax: number }
  | {
      readonly kind: 'symlog';
      readonly vmin: number;
      readonly vmax: number;
      readonly linthresh: number;
      readonly linscale?: number;
      readonly base?: number;
    }
  | { readonly kind: 'power'; readonly vmin: number; readonly vmax: number; readonly gamma: number; readonly clip?: boolean }
  | { readonly kind: 'twoSlope'; readonly vmin: number; readonly vmax: number; readonly vcenter: number }
  | { readonly kind: 'centered'; readonly vmin: number; readonly vmax: number; readonly clip?: boolean }
  /** BoundaryNorm: ticks on the boundaries, spaced uniformly. */
  | { readonly kind: 'boundary'; readonly boundaries: readonly number[] }
  /** A colorbar of a contour / contourf set: ticks on its levels (cs.levels), spaced uniformly. */
  | { readonly kind: 'levels'; readonly levels: readonly number[] };

export interface ColorbarScale {
  /** The long axis's view interval (lower, upper). */
  readonly view: readonly [number, number];
  /** The axis scale's transform: linear, log, symlog, or the norm itself ('function' scale). */
  readonly forward: (v: number) => number;
}

/** SymmetricalLogTransform and its inverse (scale.py:341-395). */
function symlogTransforms(base: number, linthresh: number, linscale: number) {
  const adj = linscale / (1.0 - pyPow(base, -1));
  const logBase = Math.log(base);
  const invLinthresh = linthresh * adj;
  return {
    forward: (a: number): number =>
      Math.abs(a) <= linthresh ? a * adj : Math.sign(a) * linthresh * (adj + Math.log(Math.abs(a) / linthresh) / logBase),
    inverse: (a: number): number =>
      Math.abs(a) <= invLinthresh ? a / adj : Math.sign(a) * linthresh * Math.pow(base, Math.abs(a) / linthresh - adj),
  };
}

/** np.interp(x, xp, fp) inside [xp0, xpN], with `outside(x)` beyond. */
function interp(x: number, xp: readonly number[], fp: readonly number[], outside: (x: number) => number): number {
  const n = xp.length;
  if (Number.isNaN(x)) return NaN;
  if (x < xp[0]! || x > xp[n - 1]!) return outside(x);
  if (x === xp[n - 1]) return fp[n - 1]!;
  let j = 0;
  while (j < n - 2 && x >= xp[j + 1]!) j++;
  const slope = (fp[j + 1]! - fp[j]!) / (xp[j + 1]! - xp[j]!);
  return slope * (x - xp[j]!) + fp[j]!;
}

/** Colorbar._forward_boundaries: boundaries spread evenly over [0, 1]; far outside → −1 / 2. */
function uniformBoundaries(b: readonly number[]): (v: number) => number {
  const n = b.length;
  // np.linspace(0, 1, n): i × step, the last one exactly 1.
  const step = 1 / (n - 1);
  const fp = b.map((_, i) => (i === n - 1 ? 1 : i * step));
  const eps = (b[n - 1]! - b[0]!) * 1e-6;
  return (v) => interp(v, b, fp, (x) => (x < b[0]! - eps ? -1 : x > b[n - 1]! + eps ? 2 : x < b[0]! ? 0 : 1));
}

/** Normalize.__call__ ((v − vmin) / (vmax − vmin)), clipping first when the norm clips. */
function linearNorm(vmin: number, vmax: number, clip: boolean): (v: number) => number {
  return (v) => ((clip ? Math.min(Math.max(v, vmin), vmax) : v) - vmin) / (vmax - vmin);
}

/** The colorbar's long axis for a norm. */
export function colorbarScale(norm: ColorbarNorm): ColorbarScale {
  switch (norm.kind) {
    case 'boundary':
    case 'levels': {
      const b = norm.kind === 'boundary' ? norm.boundaries : norm.levels;
      return { view: [b[0]!, b[b.length - 1]!], forward: uniformBoundaries(b) };
    }
    case 'log': {
      const [vmin, vmax] = nonsingular(norm.vmin, norm.vmax, 0.1);
      const t0 = Math.log10(vmin);
      const t1 = Math.log10(vmax);
      return { view: [pyPow(10, 0 * (t1 - t0) + t0), pyPow(10, 1 * (t1 - t0) + t0)], forward: logForward(10) };
    }
    case 'symlog': {
      const [vmin, vmax] = nonsingular(norm.vmin, norm.vmax, 0.1);
      const t = symlogTransforms(norm.base ?? 10, norm.linthresh, norm.linscale ?? 1);
      const t0 = t.forward(vmin);
      const t1 = t.forward(vmax);
      return { view: [t.inverse(0 * (t1 - t0) + t0), t.inverse(1 * (t1 - t0) + t0)], forward: t.forward };
    }
    case 'twoSlope': {
      const [vmin, vmax] = nonsingular(norm.vmin, norm.vmax, 0.1);
      // TwoSlopeNorm extrapolates to ±inf, so ticks beyond the limits are never drawn.
      const forward = (v: number): number => interp(v, [vmin, norm.vcenter, vmax], [0, 0.5, 1], (x) => (x < vmin ? -Infinity : Infinity));
      return { view: [vmin, vmax], forward };
    }
    case 'power': {
      const [vmin, vmax] = nonsingular(norm.vmin, norm.vmax, 0.1);
      const { gamma } = norm;
      // PowerNorm sets values below vmin to 0, so a tick below vmin is drawn at the bottom
      // (and with clip, one above vmax at the top): matplotlib 3.6.3 does show them.
      const forward = (v: number): number => {
        const c = norm.clip ? Math.min(Math.max(v, vmin), vmax) : v;
        return Math.pow(Math.max(c - vmin, 0), gamma) / Math.pow(vmax - vmin, gamma);
      };
      // PowerNorm.inverse(1) = 1 ** (1 / gamma) × (vmax − vmin) + vmin.
      return { view: [vmin, vmax - vmin + vmin], forward };
    }
    case 'linear':
    case 'centered': {
      const [vmin, vmax] = nonsingular(norm.vmin, norm.vmax, 0.1);
      // A plain Normalize gets a linear scale; CenteredNorm a 'function' scale that clips with it.
      const clip = norm.kind === 'centered' && norm.clip === true;
      return { view: [vmin, vmin + 1 * (vmax - vmin)], forward: norm.kind === 'linear' ? (v) => v : linearNorm(vmin, vmax, clip) };
    }
  }
}

/** Where a value sits along the colorbar interior: 0 at the view's lower end, 1 at its upper. */
export function colorbarPosition(scale: ColorbarScale, v: number): number {
  const [lo, hi] = sortedPair(scale.view[0], scale.view[1]);
  const a = scale.forward(lo);
  const b = scale.forward(hi);
  return (scale.forward(v) - a) / (b - a);
}
