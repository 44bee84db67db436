import { SUBPIXEL_SCALE, SUBPIXEL_SHIFT, aggWeightLut, kernelDiameter } from './aggWeightLut';
import type { Kernel } from './kernels';
import { downsampleStretch, MAX_STRETCH, reflect, resample, samplePosition, type ResampleTarget } from './reference';

/** The taps of one axis for one output position: the (mirrored) input cells, Agg LUT weights, their sum. */
export interface AxisTaps {
  readonly cells: Int32Array;
  readonly weights: Float64Array;
  readonly total: number;
}

/** Agg's tap geometry on one axis (span_image_resample_*_affine), for sample position s in 1/256 cells of n. */
export function axisTaps(s: number, lut: Int16Array, diameter: number, r: number, rInv: number, n: number): AxisTaps {
  const span = diameter << SUBPIXEL_SHIFT;
  const p = s + (SUBPIXEL_SCALE >> 1) - ((diameter * r) >> 1);
  const first = p >> SUBPIXEL_SHIFT;
  const cells: number[] = [];
  const weights: number[] = [];
  let total = 0;
  for (let hr = ((SUBPIXEL_SCALE - 1 - (p & (SUBPIXEL_SCALE - 1))) * rInv) >> SUBPIXEL_SHIFT; hr < span; hr += rInv) {
    cells.push(reflect(first + cells.length, n));
    weights.push(lut[hr]!);
    total += lut[hr]!;
  }
  return { cells: Int32Array.from(cells), weights: Float64Array.from(weights), total };
}

/**
 * The heatmap's values as the GPU computes them (gl/shaders.ts, gl/resampleGlsl.ts): Agg's tap geometry and weight
 * tables, applied separably — a horizontal pass per (output column, input row), then a vertical
 * pass — so Σ wy·wx·v / (Σ wy · Σ wx) with unrounded 2-D weights. Differs from the exact reference
 * {@link resample} only where Agg's per-tap rounding of wy·wx moves a value across a colour bin.
 * This is the CPU renderer's resampler: 2·D taps per pixel make it fast enough for small and
 * medium pictures, with no WebGL context at all. Returns width × height values, row 0 at the top,
 * NaN where any tap touches an invalid cell.
 */
export function resampleSeparable(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  kernel: Kernel | null,
  target: ResampleTarget,
): Float32Array {
  const { width, height } = target;
  if (kernel === null || (width === cols && height === rows)) return resample(values, rows, cols, null, target);
  const lut = aggWeightLut(kernel);
  const diameter = kernelDiameter(kernel);
  const [rx, rxInv] = downsampleStretch(cols / width);
  const [ry, ryInv] = downsampleStretch(rows / height);

  // Horizontal pass: h[row · width + px] = Σ wx · value over the column's taps (NaN if any tap is).
  const columns = Array.from({ length: width }, (_, px) =>
    axisTaps(samplePosition(px, 0, cols, rows, target)[0], lut, diameter, rx, rxInv, cols),
  );
  const h = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const rowOffset = r * cols;
    for (let px = 0; px < width; px++) {
      const { cells, weights } = columns[px]!;
      let sum = 0;
      for (let i = 0; i < weights.length; i++) sum += values[rowOffset + cells[i]!]! * weights[i]!;
      h[r * width + px] = sum;
    }
  }

  // Vertical pass: combine the rows under each output row with its vertical weights.
  const out = new Float32Array(width * height);
  const acc = new Float64Array(width);
  for (let py = 0; py < height; py++) {
    const { cells, weights, total } = axisTaps(samplePosition(0, py, cols, rows, target)[1], lut, diameter, ry, ryInv, rows);
    acc.fill(0);
    // Row by row, so the inner loop walks h and the accumulator contiguously.
    for (let j = 0; j < weights.length; j++) {
      const w = weights[j]!;
      const rowOffset = cells[j]! * width;
      for (let px = 0; px < width; px++) acc[px] = acc[px]! + h[rowOffset + px]! * w;
    }
    for (let px = 0; px < width; px++) out[py * width + px] = acc[px]! / (total * columns[px]!.total);
  }
  return out;
}

/** Tap reads of a separable draw on either renderer (both passes): the measure of its cost. */
export function separableTapReads(rows: number, cols: number, kernel: Kernel | null, width: number, height: number): number {
  if (!kernel || (width === cols && height === rows)) return width * height;
  const d = kernelDiameter(kernel);
  const stretch = (s: number) => Math.min(MAX_STRETCH, Math.max(1, s));
  return width * rows * d * stretch(cols / width) + width * height * d * stretch(rows / height);
}
