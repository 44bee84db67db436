import { SUBPIXEL_SHIFT, aggWeightLut, kernelDiameter } from './aggWeightLut';
import type { Kernel } from './kernels';
import { coverage, covers } from './coverage';
import { cellsPerPixel, downsampleStretch, reflect, samplePosition, type ResampleTarget } from './reference';
import { axisTaps, picksCells } from './separable';

/** One output pixel of a picture, computed on its own. */
export interface PixelSampler {
  /**
   * The normalised value of device pixel (px, py) (py from the top) exactly as
   * {@link separableRows} computes it for the whole picture — same taps, same weights, same
   * operations in the same order, stored as float32 — so it is the value the renderers coloured
   * there; NaN where a tap touches an invalid cell, and where the pixel does not show the grid.
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
 * costs its taps only (diameter² reads, times the downsampling stretch²).
 */
export function createPixelSampler(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  kernel: Kernel | null,
  target: ResampleTarget,
): PixelSampler {
  const position = (px: number, py: number) => samplePosition(px, py, cols, rows, target);
  const cell = (px: number, py: number) => ({
    row: reflect(position(0, py)[1] >> SUBPIXEL_SHIFT, rows),
    col: reflect(position(px, 0)[0] >> SUBPIXEL_SHIFT, cols),
  });
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
  const lut = aggWeightLut(kernel);
  const diameter = kernelDiameter(kernel);
  const [perX, perY] = cellsPerPixel(rows, cols, target);
  const [rx, rxInv] = downsampleStretch(perX);
  const [ry, ryInv] = downsampleStretch(perY);
  return {
    cell,
    covers: onGrid,
    value(px, py) {
      if (!onGrid(px, py)) return NaN;
      const across = axisTaps(position(px, 0)[0], lut, diameter, rx, rxInv, cols);
      const down = axisTaps(position(0, py)[1], lut, diameter, ry, ryInv, rows);
      // separableRows' two passes for one pixel: each row's horizontal sum, then the rows weighted.
      let acc = 0;
      for (let j = 0; j < down.weights.length; j++) {
        const rowOffset = down.cells[j]! * cols;
        let sum = 0;
        for (let i = 0; i < across.weights.length; i++) sum += values[rowOffset + across.cells[i]!]! * across.weights[i]!;
        acc = acc + sum * down.weights[j]!;
      }
      return Math.fround(acc / (down.total * across.total));
    },
  };
}
