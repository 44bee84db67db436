import type { Kernel } from './kernels';

// How the resamplers read a kernel: Agg's fixed-point weight table, not the kernel's float formula,
// so that the CPU, the GPU and the exact reference all weight taps as matplotlib does.

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
