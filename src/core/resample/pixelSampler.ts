import { SUBPIXEL_SHIFT } from './aggWeightLut';
import { aggSamplePosition, aggTaps, aggValue } from './aggPixel';
import type { Kernel } from './kernels';
import { coverage, covers } from './coverage';
import { reflect, type ResampleTarget } from './reference';
import { picksCells } from './separable';

/** One output pixel of a picture, computed on its own. */
export interface PixelSampler {
  /**
   * The normalised value of device pixel (px, py) (py from the top) as matplotlib's Agg
   * resampler computes it: its sample position (the DDA's, aggPixel.ts), its rounded 2-D tap
   * weights, stored as float32 — the value matplotlib colours there. The renderers colour a value
   * within 1e-3 of the data range of it (they weight taps separably, at exact positions), the same
   * colour but where it sits on a colormap bin's edge. NaN where a tap touches an invalid cell, and
   * where the pixel does not show the grid.
   */
  value(px: number, py: number): number;
  /** The grid cell under the pixel's sample point: the cell nearest draws there. */
  cell(px: number, py: number): { readonly row: number; readonly col: number };
  /** Whether the pixel shows the grid: false where a window's pixel samples off it (drawn transparent). */
  covers(px: number, py: number): boolean;
}

/**
 * Samples single pixels of a grid resampled to `target`, for reading values under a pointer
 * without resampling the picture: the kernel's weight table is built once here, and a pixel
 * costs its taps only (diameter² reads, times the downsampling stretch²) and its scanline's DDA.
 */
export function createPixelSampler(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  kernel: Kernel | null,
  target: ResampleTarget,
): PixelSampler {
  const position = (px: number, py: number) => aggSamplePosition(px, py, rows, cols, target);
  const cell = (px: number, py: number) => {
    const [x, y] = position(px, py);
    return { row: reflect(y >> SUBPIXEL_SHIFT, rows), col: reflect(x >> SUBPIXEL_SHIFT, cols) };
  };
  const covered = coverage(rows, cols, target);
  const onGrid = (px: number, py: number) => covers(covered, px, py);
  if (picksCells(kernel, rows, cols, target)) {
    return {
      cell,
      covers: onGrid,
      value(px, py) {
        if (!onGrid(px, py)) return NaN;
        const { row, col } = cell(px, py);
        return values[row * cols + col]!;
      },
    };
  }
  const taps = aggTaps(kernel, rows, cols, target);
  return {
    cell,
    covers: onGrid,
    value(px, py) {
      if (!onGrid(px, py)) return NaN;
      const [x, y] = position(px, py);
      return Math.fround(aggValue(values, rows, cols, taps, x, y));
    },
  };
}
