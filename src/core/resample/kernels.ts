import { invalidProp } from '../errors';
import { besj } from './besj';

/**
 * Interpolation kernels as Agg defines them (agg_image_filters.h), the code matplotlib's imshow runs.
 * `weight(x)` is Agg's `calc_weight`, given for x ≥ 0 in input-pixel units. Agg samples it on
 * [0, diameter / 2) when it builds its lookup table, which can reach past `radius` (bessel, sinc and
 * gaussian are not cut off there), so `weight` is defined on that whole interval.
 */
export interface Kernel {
  readonly name: KernelName;
  readonly radius: number;
  readonly weight: (x: number) => number;
}

/** The interpolations that Agg runs as a filter (everything but nearest). */
export type KernelName =
  | 'bilinear'
  | 'bicubic'
  | 'spline16'
  | 'spline36'
  | 'hanning'
  | 'hamming'
  | 'hermite'
  | 'kaiser'
  | 'quadric'
  | 'catrom'
  | 'gaussian'
  | 'bessel'
  | 'mitchell'
  | 'sinc'
  | 'lanczos'
  | 'blackman';

/** An interpolation Agg actually runs: a filter, or nearest (which picks the cell under the sample point). */
export type ResolvedInterpolation = 'nearest' | KernelName;

/**
 * Values accepted by the `interpolation` prop: matplotlib 3.6.3's `_interpd_` names plus 'auto'
 * (matplotlib ≥ 3.10's name for 'antialiased'). 'none' draws like 'nearest' (Agg cannot draw an
 * image unsampled); 'antialiased' and 'auto' depend on the drawn size, see {@link resolveInterpolation}.
 */
export type InterpolationName = ResolvedInterpolation | 'none' | 'antialiased' | 'auto';

/** matplotlib's imshow default `filterrad`. */
export const DEFAULT_FILTERRAD = 4;

/**
 * The largest `filterrad` drawn (matplotlib sets none). A kernel reads 2·ceil(filterrad) cells per
 * axis per pixel (times the downsampling stretch), so its work grows with the square of the
 * radius: 8 reads 16 cells per axis, 4× the default's work, and its weight table (16 × 256
 * values) still fits the 4096-texel textures that every WebGL GPU offers.
 */
export const MAX_FILTERRAD = 8;

/** The fixed-radius filters, in the order of matplotlib's `_interpd_`. */
const FIXED_KERNELS = Object.freeze({
  bilinear: kernel('bilinear', 1, (x) => 1.0 - x),
  // The cubic B-spline: it smooths rather than interpolates (w(0) = 2/3, w(1) = 1/6).
  bicubic: kernel('bicubic', 2, (x) => (1.0 / 6.0) * (pow3(x + 2) - 4 * pow3(x + 1) + 6 * pow3(x) - 4 * pow3(x - 1))),
  spline16: kernel('spline16', 2, (x) => {
    if (x < 1.0) return ((x - 9.0 / 5.0) * x - 1.0 / 5.0) * x + 1.0;
    return (((-1.0 / 3.0) * (x - 1) + 4.0 / 5.0) * (x - 1) - 7.0 / 15.0) * (x - 1);
  }),
  spline36: kernel('spline36', 3, (x) => {
    if (x < 1.0) return (((13.0 / 11.0) * x - 453.0 / 209.0) * x - 3.0 / 209.0) * x + 1.0;
    if (x < 2.0) return (((-6.0 / 11.0) * (x - 1) + 270.0 / 209.0) * (x - 1) - 156.0 / 209.0) * (x - 1);
    return (((1.0 / 11.0) * (x - 2) - 45.0 / 209.0) * (x - 2) + 26.0 / 209.0) * (x - 2);
  }),
  hanning: kernel('hanning', 1, (x) => 0.5 + 0.5 * Math.cos(Math.PI * x)),
  hamming: kernel('hamming', 1, (x) => 0.54 + 0.46 * Math.cos(Math.PI * x)),
  hermite: kernel('hermite', 1, (x) => (2.0 * x - 3.0) * x * x + 1.0),
  kaiser: kaiser(6.33),
  quadric: kernel('quadric', 1.5, (x) => {
    if (x < 0.5) return 0.75 - x * x;
    if (x < 1.5) return 0.5 * (x - 1.5) * (x - 1.5);
    return 0.0;
  }),
  catrom: kernel('catrom', 2, (x) => {
    if (x < 1.0) return 0.5 * (2.0 + x * x * (-5.0 + x * 3.0));
    if (x < 2.0) return 0.5 * (4.0 + x * (-8.0 + x * (5.0 - x)));
    return 0.0;
  }),
  gaussian: kernel('gaussian', 2, (x) => Math.exp(-2.0 * x * x) * Math.sqrt(2.0 / Math.PI)),
  bessel: kernel('bessel', 3.2383, (x) => (x === 0.0 ? Math.PI / 4.0 : besj(Math.PI * x, 1) / (2.0 * x))),
  mitchell: mitchell(1.0 / 3.0, 1.0 / 3.0),
});

/** The filters whose radius is imshow's `filterrad` (Agg raises it to at least 2). */
const RADIUS_KERNELS = Object.freeze({
  sinc: (r: number) =>
    kernel('sinc', r, (x) => {
      if (x === 0.0) return 1.0;
      const px = x * Math.PI;
      return Math.sin(px) / px;
    }),
  lanczos: (r: number) =>
    kernel('lanczos', r, (x) => {
      if (x === 0.0) return 1.0;
      if (x > r) return 0.0;
      const px = x * Math.PI;
      const xr = px / r;
      return (Math.sin(px) / px) * (Math.sin(xr) / xr);
    }),
  blackman: (r: number) =>
    kernel('blackman', r, (x) => {
      if (x === 0.0) return 1.0;
      if (x > r) return 0.0;
      const px = x * Math.PI;
      const xr = px / r;
      return (Math.sin(px) / px) * (0.42 + 0.5 * Math.cos(xr) + 0.08 * Math.cos(2 * xr));
    }),
});

function kernel(name: KernelName, radius: number, weight: (x: number) => number): Kernel {
  return Object.freeze({ name, radius, weight });
}

function pow3(x: number): number {
  return x <= 0.0 ? 0.0 : x * x * x;
}

/** image_filter_kaiser(b): I0 is a power series summed while the term exceeds 1e-12. */
function kaiser(b: number): Kernel {
  const besselI0 = (x: number): number => {
    let sum = 1.0;
    const y = (x * x) / 4.0;
    let t = y;
    for (let i = 2; t > 1e-12; i++) {
      sum += t;
      t *= y / (i * i);
    }
    return sum;
  };
  const i0a = 1.0 / besselI0(b);
  return kernel('kaiser', 1, (x) => besselI0(b * Math.sqrt(1.0 - x * x)) * i0a);
}

/** image_filter_mitchell(b, c): the constants are computed once, as Agg's constructor does. */
function mitchell(b: number, c: number): Kernel {
  const p0 = (6.0 - 2.0 * b) / 6.0;
  const p2 = (-18.0 + 12.0 * b + 6.0 * c) / 6.0;
  const p3 = (12.0 - 9.0 * b - 6.0 * c) / 6.0;
  const q0 = (8.0 * b + 24.0 * c) / 6.0;
  const q1 = (-12.0 * b - 48.0 * c) / 6.0;
  const q2 = (6.0 * b + 30.0 * c) / 6.0;
  const q3 = (-b - 6.0 * c) / 6.0;
  return kernel('mitchell', 2, (x) => {
    if (x < 1.0) return p0 + x * x * (p2 + x * p3);
    if (x < 2.0) return q0 + x * (q1 + x * (q2 + x * q3));
    return 0.0;
  });
}

export const INTERPOLATION_NAMES: readonly InterpolationName[] = Object.freeze([
  'antialiased',
  'auto',
  'none',
  'nearest',
  ...(Object.keys(FIXED_KERNELS) as KernelName[]),
  ...(Object.keys(RADIUS_KERNELS) as KernelName[]),
]);

function isInterpolationName(name: unknown): name is InterpolationName {
  return typeof name === 'string' && (INTERPOLATION_NAMES as readonly string[]).includes(name);
}

function checkName(name: unknown, prop: string): InterpolationName {
  if (!isInterpolationName(name)) {
    throw invalidProp(prop, `unknown interpolation ${JSON.stringify(name)}; known: ${INTERPOLATION_NAMES.join(', ')}`);
  }
  return name;
}

/**
 * The kernel for an interpolation name, or null for 'nearest' and 'none' (no filter). `filterrad`
 * is imshow's: only sinc, lanczos and blackman use it (radius max(filterrad, 2)), but like
 * matplotlib it is validated for every kernel. 'antialiased' and 'auto' must be resolved with
 * {@link resolveInterpolation} first, because the kernel they pick depends on the drawn size.
 *
 * Cost: a kernel reads kernelDiameter (aggWeightLut.ts) = 2·ceil(radius) cells per axis (times the
 * downsampling stretch), so the per-pixel work grows with the square of the radius. Every kernel
 * has diameter ≤ 8 while filterrad ≤ 4; filterrad 6 gives 12 taps per axis, 2.25× the work of 8;
 * filterrad is bounded by {@link MAX_FILTERRAD}.
 */
export function getKernel(name: string, filterrad: number = DEFAULT_FILTERRAD, prop = 'interpolation'): Kernel | null {
  const checked = checkName(name, prop);
  if (typeof filterrad !== 'number' || !Number.isFinite(filterrad) || !(filterrad > 0)) {
    throw invalidProp('filterrad', `must be a finite number > 0, got ${String(filterrad)}`);
  }
  if (filterrad > MAX_FILTERRAD) {
    throw invalidProp(
      'filterrad',
      `must be at most ${MAX_FILTERRAD}, got ${filterrad}: the kernel reads 2·ceil(filterrad) cells per axis for every pixel; use ${MAX_FILTERRAD} or less (the default is ${DEFAULT_FILTERRAD})`,
    );
  }
  switch (checked) {
    case 'nearest':
    case 'none':
      return null;
    case 'antialiased':
    case 'auto':
      throw new Error(
        `contour-heatmap: interpolation ${JSON.stringify(checked)} depends on the drawn size; ` +
          'resolve it with resolveInterpolation(name, rows, cols, width, height) before getKernel',
      );
    case 'sinc':
    case 'lanczos':
    case 'blackman':
      return RADIUS_KERNELS[checked](filterrad < 2.0 ? 2.0 : filterrad);
    default:
      return FIXED_KERNELS[checked];
  }
}

/**
 * The interpolation matplotlib actually runs for an image of rows × cols cells drawn at
 * width × height device pixels. 'antialiased' (and 'auto', its name in matplotlib ≥ 3.10) follow
 * `_resample` in matplotlib's image.py: nearest when each axis is upsampled by more than 3× or by
 * exactly 1× or 2×, otherwise hanning (which, when downsampling, Agg stretches into an
 * antialiasing filter). 'none' is nearest, as `_interpd_` maps it. Other names are returned as given.
 */
export function resolveInterpolation(
  name: string,
  rows: number,
  cols: number,
  width: number,
  height: number,
  prop = 'interpolation',
): ResolvedInterpolation {
  const checked = checkName(name, prop);
  if (checked === 'none') return 'nearest';
  if (checked !== 'antialiased' && checked !== 'auto') return checked;
  const plainUpsampling = (disp: number, n: number) => disp > 3 * n || disp === n || disp === 2 * n;
  return plainUpsampling(width, cols) && plainUpsampling(height, rows) ? 'nearest' : 'hanning';
}
