import { SUBPIXEL_SCALE, SUBPIXEL_SHIFT, aggWeightLut, kernelDiameter } from './aggWeightLut';
import type { Kernel } from './kernels';
import { coverage, covers } from './coverage';
import { atUnitScale, cellsPerPixel, downsampleStretch, MAX_STRETCH, reflect, samplePosition, type ResampleTarget } from './reference';
import type { CellWindow } from '../view/view';

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

/** Output rows [top, bottom) of a picture, counted from the top. */
export interface RowBand {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Some consecutive rows of a grid: `values` holds rows [first, first + values.length / cols) of a
 * rows × cols grid, row-major. A band of the picture needs only the rows its taps read
 * ({@link bandInputRows}), so a worker drawing one band is sent only those.
 */
export interface GridRows {
  readonly values: ArrayLike<number>;
  readonly first: number;
  readonly rows: number;
  readonly cols: number;
}

/** Agg draws an image at exactly one output pixel per cell with nearest, whatever the filter. */
export function picksCells(kernel: Kernel | null, rows: number, cols: number, target: ResampleTarget): kernel is null {
  return kernel === null || atUnitScale(rows, cols, target);
}

/** The vertical taps of every output row of a band (for nearest: the one row under each sample point). */
function rowTaps(kernel: Kernel | null, rows: number, cols: number, target: ResampleTarget, band: RowBand): AxisTaps[] {
  const taps: AxisTaps[] = [];
  if (picksCells(kernel, rows, cols, target)) {
    for (let py = band.top; py < band.bottom; py++) {
      const row = reflect(samplePosition(0, py, cols, rows, target)[1] >> SUBPIXEL_SHIFT, rows);
      taps.push({ cells: Int32Array.of(row), weights: Float64Array.of(1), total: 1 });
    }
    return taps;
  }
  const lut = aggWeightLut(kernel);
  const [ry, ryInv] = downsampleStretch(cellsPerPixel(rows, cols, target)[1]);
  for (let py = band.top; py < band.bottom; py++) {
    taps.push(axisTaps(samplePosition(0, py, cols, rows, target)[1], lut, kernelDiameter(kernel), ry, ryInv, rows));
  }
  return taps;
}

/** The grid rows [first, end) that a band's pixels read, edge mirroring included. */
export function bandInputRows(kernel: Kernel | null, rows: number, cols: number, target: ResampleTarget, band: RowBand): [number, number] {
  let [first, last] = [rows, -1];
  for (const { cells } of rowTaps(kernel, rows, cols, target, band)) {
    for (const row of cells) [first, last] = [Math.min(first, row), Math.max(last, row)];
  }
  return last < first ? [0, 0] : [first, last + 1];
}

/**
 * The heatmap's values as the GPU computes them (gl/shaders.ts, gl/resampleGlsl.ts): Agg's tap
 * geometry and weight tables, applied separably — a horizontal pass per (output column, input
 * row), then a vertical pass — so Σ wy·wx·v / (Σ wy · Σ wx) with unrounded 2-D weights. Differs
 * from the exact reference (reference.ts) only where Agg's per-tap rounding of wy·wx moves a value
 * across a colour bin. This is the CPU renderer's resampler: 2·D taps per pixel make it fast, with
 * no WebGL context at all. Nearest (or one pixel per cell) picks the cell under each sample point.
 *
 * It computes the rows `band` of the picture from `grid` (which must hold the rows
 * {@link bandInputRows} names) and pauses (yields) after every row of either pass, so a caller can
 * spread a big picture over several tasks. Every value is computed by the same operations in the
 * same order whatever the band, so bands drawn apart (in workers) join into exactly the picture
 * drawn whole. Returns width × (bottom − top) values, the band's top row first, NaN where any tap
 * touches an invalid cell.
 */
export function* separableRows(
  grid: GridRows,
  kernel: Kernel | null,
  target: ResampleTarget,
  band: RowBand,
): Generator<void, Float32Array> {
  const { values, first, rows, cols } = grid;
  const { width } = target;
  const out = new Float32Array(width * (band.bottom - band.top));
  const vertical = rowTaps(kernel, rows, cols, target, band);
  if (picksCells(kernel, rows, cols, target)) {
    const columns = Int32Array.from({ length: width }, (_, px) =>
      reflect(samplePosition(px, 0, cols, rows, target)[0] >> SUBPIXEL_SHIFT, cols),
    );
    for (let y = 0; y < vertical.length; y++) {
      const rowOffset = (vertical[y]!.cells[0]! - first) * cols;
      for (let px = 0; px < width; px++) out[y * width + px] = values[rowOffset + columns[px]!]!;
      yield;
    }
    return markUncovered(out, rows, cols, target, band);
  }
  const columns = columnTaps(kernel, rows, cols, target);

  // Horizontal pass over the rows the band reads: h[row · width + px] = Σ wx · value over the column's taps (NaN if any tap is).
  const [start, end] = bandInputRows(kernel, rows, cols, target, band);
  const h = new Float64Array((end - start) * width);
  for (let r = start; r < end; r++) {
    horizontalRow(values, (r - first) * cols, columns, h, (r - start) * width);
    yield;
  }

  // Vertical pass: combine the rows under each output row with its vertical weights.
  const acc = new Float64Array(width);
  for (let y = 0; y < vertical.length; y++) {
    const { cells, weights, total } = vertical[y]!;
    acc.fill(0);
    // Two rows at a time, so the inner loop walks h and the accumulator contiguously and touches
    // the accumulator half as often; `a + x + y` adds as `(a + x) + y`, as one row at a time would.
    let j = 0;
    for (; j + 1 < weights.length; j += 2) {
      const w0 = weights[j]!;
      const w1 = weights[j + 1]!;
      const o0 = (cells[j]! - start) * width;
      const o1 = (cells[j + 1]! - start) * width;
      for (let px = 0; px < width; px++) acc[px] = acc[px]! + h[o0 + px]! * w0 + h[o1 + px]! * w1;
    }
    if (j < weights.length) {
      const w = weights[j]!;
      const o = (cells[j]! - start) * width;
      for (let px = 0; px < width; px++) acc[px] = acc[px]! + h[o + px]! * w;
    }
    const { totals } = columns;
    for (let px = 0; px < width; px++) out[y * width + px] = acc[px]! / (total * totals[px]!);
    yield;
  }
  return markUncovered(out, rows, cols, target, band);
}

/** NaN where a window's pixel samples off the grid, as the reference leaves it (the colouring then clears it). */
function markUncovered(out: Float32Array, rows: number, cols: number, target: ResampleTarget, band: RowBand): Float32Array {
  if (!target.window) return out;
  const c = coverage(rows, cols, target);
  const { width } = target;
  for (let py = band.top; py < band.bottom; py++) {
    for (let px = 0; px < width; px++) if (!covers(c, px, py)) out[(py - band.top) * width + px] = NaN;
  }
  return out;
}

/**
 * Every output column's horizontal taps (axisTaps) in flat arrays, so the horizontal pass reads
 * no objects: column px's taps are [from[px], from[px + 1]) of cells and weights, and their
 * weights sum to totals[px].
 */
export interface ColumnTaps {
  readonly from: Int32Array;
  readonly cells: Int32Array;
  readonly weights: Float64Array;
  readonly totals: Float64Array;
}

export function columnTaps(kernel: Kernel, rows: number, cols: number, target: ResampleTarget): ColumnTaps {
  const lut = aggWeightLut(kernel);
  const [rx, rxInv] = downsampleStretch(cellsPerPixel(rows, cols, target)[0]);
  const taps = Array.from({ length: target.width }, (_, px) =>
    axisTaps(samplePosition(px, 0, cols, rows, target)[0], lut, kernelDiameter(kernel), rx, rxInv, cols),
  );
  const from = new Int32Array(target.width + 1);
  taps.forEach((t, px) => (from[px + 1] = from[px]! + t.cells.length));
  const cells = new Int32Array(from[target.width]!);
  const weights = new Float64Array(cells.length);
  taps.forEach((t, px) => {
    cells.set(t.cells, from[px]);
    weights.set(t.weights, from[px]);
  });
  return { from, cells, weights, totals: Float64Array.from(taps, (t) => t.total) };
}

/** One input row of the horizontal pass, into h from hOffset. */
function horizontalRow(values: ArrayLike<number>, rowOffset: number, columns: ColumnTaps, h: Float64Array, hOffset: number): void {
  const { from, cells, weights } = columns;
  for (let px = 0, i = 0; px + 1 < from.length; px++) {
    let sum = 0;
    for (const end = from[px + 1]!; i < end; i++) sum += values[rowOffset + cells[i]!]! * weights[i]!;
    h[hOffset + px] = sum;
  }
}

/** Runs a generator of work to its end in one go. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Tap reads of a separable draw on either renderer (both passes): the measure of its cost. With a
 * window, the horizontal pass runs only over the input rows the window's output reads.
 */
export function separableTapReads(
  rows: number,
  cols: number,
  kernel: Kernel | null,
  width: number,
  height: number,
  window?: CellWindow | null,
): number {
  const target = { width, height, origin: 'upper' as const, window: window ?? undefined };
  if (!kernel || atUnitScale(rows, cols, target)) return width * height;
  const d = kernelDiameter(kernel);
  const stretch = (s: number) => Math.min(MAX_STRETCH, Math.max(1, s));
  const [perX, perY] = cellsPerPixel(rows, cols, target);
  const rowsRead = window ? Math.min(rows, Math.ceil(Math.abs(window.bottom - window.top) + d * stretch(perY))) : rows;
  return width * rowsRead * d * stretch(perX) + width * height * d * stretch(perY);
}
