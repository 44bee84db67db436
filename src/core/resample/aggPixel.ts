import { SUBPIXEL_SCALE, SUBPIXEL_SHIFT, aggWeightLut, iround, kernelDiameter } from './aggWeightLut';
import type { Kernel } from './kernels';
import { cellsPerPixel, downsampleStretch, reflect, samplePosition, tapWeight, type ResampleTarget } from './reference';

/**
 * Agg's `dda2_line_interpolator` (agg_dda_line.h): the value after `steps` increments of a line
 * from y1 to y2 in `count` steps, the remainder spread over the steps in integers. Agg's span
 * interpolator walks a scanline's sample positions this way, so a position may sit 1/256 cell
 * off the exact one (the "DDA jitter").
 */
export function dda2(y1: number, y2: number, count: number, steps: number): number {
  const n = count <= 0 ? 1 : count;
  // C's integer division and remainder: truncated towards zero, the remainder with the dividend's sign (as JS's %).
  let lft = Math.trunc((y2 - y1) / n);
  let rem = (y2 - y1) % n;
  let mod = rem;
  let y = y1;
  if (mod <= 0) {
    mod += count;
    rem += count;
    lft--;
  }
  mod -= count;
  for (let i = 0; i < steps; i++) {
    mod += rem;
    y += lft;
    if (mod > 0) {
      mod -= n;
      y++;
    }
  }
  return y;
}

/** The continuous column coordinate (cells) at output x position `p` (px from the left edge), as samplePosition computes it. */
function columnAt(p: number, cols: number, target: ResampleTarget): number {
  const { window, width } = target;
  return window ? window.left + p * ((window.right - window.left) / width) : p / (width / cols);
}

/**
 * The sample position of output pixel (px, py) as matplotlib's Agg resampler takes it, in 1/256
 * cells: y as {@link samplePosition} (constant along a scanline), x walked by the DDA across the
 * scanline's span — the output pixels the image's transformed rectangle covers, from the
 * transformed centre of its first pixel to that of one past its last.
 */
export function aggSamplePosition(px: number, py: number, rows: number, cols: number, target: ResampleTarget): [number, number] {
  const { width } = target;
  const y = samplePosition(px, py, cols, rows, target)[1];
  // Where the image's left and right edges (columns 0 and cols) fall on the output.
  const edge = (u: number) => (u - columnAt(0, cols, target)) / (columnAt(1, cols, target) - columnAt(0, cols, target));
  const [e0, e1] = [edge(0), edge(cols)];
  const start = Math.max(0, Math.floor(Math.min(e0, e1)));
  const end = Math.min(width, Math.ceil(Math.max(e0, e1)));
  if (!(px >= start && px < end)) return samplePosition(px, py, cols, rows, target);
  const len = end - start;
  const x1 = iround(columnAt(start + 0.5, cols, target) * SUBPIXEL_SCALE);
  const x2 = iround(columnAt(start + 0.5 + len, cols, target) * SUBPIXEL_SCALE);
  return [dda2(x1, x2, len, px - start), y];
}

/** A kernel's weight table and stretch for one target, prepared once for many {@link aggValue} calls. */
export interface AggTaps {
  readonly lut: Int16Array;
  readonly filterSpan: number;
  readonly rxInv: number;
  readonly ryInv: number;
  readonly radiusX: number;
  readonly radiusY: number;
}

export function aggTaps(kernel: Kernel, rows: number, cols: number, target: ResampleTarget): AggTaps {
  const diameter = kernelDiameter(kernel);
  const [perX, perY] = cellsPerPixel(rows, cols, target);
  const [rx, rxInv] = downsampleStretch(perX);
  const [ry, ryInv] = downsampleStretch(perY);
  return {
    lut: aggWeightLut(kernel),
    filterSpan: diameter << SUBPIXEL_SHIFT,
    rxInv,
    ryInv,
    radiusX: (diameter * rx) >> 1,
    radiusY: (diameter * ry) >> 1,
  };
}

/**
 * Agg's value for a sample point (x, y) in 1/256 cells (span_image_resample_gray_affine): every
 * tap of the kernel window weighted by Agg's rounded 2-D weight, (wy · wx + 8192) >> 14, the sum
 * divided by the summed weights; NaN if any tap reads an invalid (NaN) cell.
 */
export function aggValue(values: ArrayLike<number>, rows: number, cols: number, taps: AggTaps, x: number, y: number): number {
  const { lut, filterSpan, rxInv, ryInv } = taps;
  const half = SUBPIXEL_SCALE >> 1;
  x += half - taps.radiusX;
  y += half - taps.radiusY;
  let row = y >> SUBPIXEL_SHIFT;
  let yHr = ((SUBPIXEL_SCALE - 1 - (y & (SUBPIXEL_SCALE - 1))) * ryInv) >> SUBPIXEL_SHIFT;
  const xHrStart = ((SUBPIXEL_SCALE - 1 - (x & (SUBPIXEL_SCALE - 1))) * rxInv) >> SUBPIXEL_SHIFT;
  const colStart = x >> SUBPIXEL_SHIFT;
  let sum = 0;
  let total = 0;
  for (;;) {
    const wy = lut[yHr]!;
    const rowOffset = reflect(row, rows) * cols;
    let col = colStart;
    for (let xHr = xHrStart; xHr < filterSpan; xHr += rxInv, col++) {
      const w = tapWeight(wy, lut[xHr]!);
      sum += values[rowOffset + reflect(col, cols)]! * w;
      total += w;
    }
    yHr += ryInv;
    if (yHr >= filterSpan) break;
    row++;
  }
  return sum / total;
}
