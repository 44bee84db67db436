import { invalidProp } from './errors';

/**
 * Interpolation kernels as Agg defines them (agg_image_filters.h), the code matplotlib's imshow runs.
 * `weight(x)` is given for x ≥ 0 in input-pixel units; a kernel reaches `radius` pixels each way.
 */
export interface Kernel {
  readonly name: InterpolationName;
  readonly radius: number;
  readonly weight: (x: number) => number;
}

/** Values accepted by the `interpolation` prop. */
export type InterpolationName = 'nearest' | 'bilinear' | 'bicubic' | 'spline36';

/** 'nearest' is not a filter in Agg (it picks the cell under the sample point), so it has no Kernel. */
const KERNELS: Readonly<Record<Exclude<InterpolationName, 'nearest'>, Kernel>> = Object.freeze({
  bilinear: { name: 'bilinear', radius: 1, weight: (x: number) => 1 - x },
  // The cubic B-spline: it smooths rather than interpolates (w(0) = 2/3, w(1) = 1/6).
  bicubic: {
    name: 'bicubic',
    radius: 2,
    weight: (x: number) => (1 / 6) * (pow3(x + 2) - 4 * pow3(x + 1) + 6 * pow3(x) - 4 * pow3(x - 1)),
  },
  spline36: {
    name: 'spline36',
    radius: 3,
    weight: (x: number) => {
      if (x < 1) return (((13.0 / 11.0) * x - 453.0 / 209.0) * x - 3.0 / 209.0) * x + 1.0;
      if (x < 2) return (((-6.0 / 11.0) * (x - 1) + 270.0 / 209.0) * (x - 1) - 156.0 / 209.0) * (x - 1);
      return (((1.0 / 11.0) * (x - 2) - 45.0 / 209.0) * (x - 2) + 26.0 / 209.0) * (x - 2);
    },
  },
});

function pow3(x: number): number {
  return x <= 0 ? 0 : x * x * x;
}

export const INTERPOLATION_NAMES: readonly InterpolationName[] = Object.freeze([
  'nearest',
  ...(Object.keys(KERNELS) as InterpolationName[]),
]);

/** The kernel for an interpolation name, or null for 'nearest'; unknown names throw naming the prop. */
export function getKernel(name: string, prop = 'interpolation'): Kernel | null {
  if (name === 'nearest') return null;
  if (!Object.hasOwn(KERNELS, name)) {
    throw invalidProp(prop, `unknown interpolation ${JSON.stringify(name)}; known: ${INTERPOLATION_NAMES.join(', ')}`);
  }
  return KERNELS[name as Exclude<InterpolationName, 'nearest'>];
}

/** Agg's fixed point: sub-pixel positions in 1/256 pixel, weights scaled by 16384. */
export const SUBPIXEL_SHIFT = 8;
export const SUBPIXEL_SCALE = 1 << SUBPIXEL_SHIFT;
export const FILTER_SHIFT = 14;
export const FILTER_SCALE = 1 << FILTER_SHIFT;

/** Number of input pixels a kernel reads per axis (Agg: 2 * ceil(radius)). */
export function kernelDiameter(kernel: Kernel): number {
  return 2 * Math.ceil(kernel.radius);
}

/** Agg's iround: round half away from zero, then truncate. */
export function iround(v: number): number {
  return Math.trunc(v < 0 ? v - 0.5 : v + 0.5);
}

/**
 * Agg's image_filter_lut for a kernel (calculate + normalize, stock Agg without matplotlib's
 * unset MPL_FIX_* macros): diameter × 256 int16 weights; entry j is the weight for a tap
 * (j - diameter·128) / 256 pixels from the sample point. Each of the 256 phases is renormalised to
 * sum to exactly 16384, spreading the rounding leftovers with Agg's alternating flip.
 */
export function aggWeightLut(kernel: Kernel): Int16Array {
  const diameter = kernelDiameter(kernel);
  const w = new Int16Array(diameter * SUBPIXEL_SCALE);
  const pivot = diameter << (SUBPIXEL_SHIFT - 1);
  for (let i = 0; i < pivot; i++) {
    const y = iround(kernel.weight(i / SUBPIXEL_SCALE) * FILTER_SCALE);
    w[pivot + i] = y;
    w[pivot - i] = y;
  }
  const end = (diameter << SUBPIXEL_SHIFT) - 1;
  w[0] = w[end]!;

  let flip = 1;
  for (let i = 0; i < SUBPIXEL_SCALE; i++) {
    for (;;) {
      let sum = 0;
      for (let j = 0; j < diameter; j++) sum += w[j * SUBPIXEL_SCALE + i]!;
      if (sum === FILTER_SCALE) break;
      const k = FILTER_SCALE / sum;
      sum = 0;
      for (let j = 0; j < diameter; j++) {
        const idx = j * SUBPIXEL_SCALE + i;
        w[idx] = iround(w[idx]! * k);
        sum += w[idx]!;
      }
      sum -= FILTER_SCALE;
      const inc = sum > 0 ? -1 : 1;
      for (let j = 0; j < diameter && sum !== 0; j++) {
        flip ^= 1;
        const idx = (flip ? diameter / 2 + (j >> 1) : diameter / 2 - (j >> 1)) * SUBPIXEL_SCALE + i;
        if (w[idx]! < FILTER_SCALE) {
          w[idx] = w[idx]! + inc;
          sum += inc;
        }
      }
    }
  }
  for (let i = 0; i < pivot; i++) w[pivot + i] = w[pivot - i]!;
  w[0] = w[end]!;
  return w;
}
