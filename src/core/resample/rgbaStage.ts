import type { Colormap } from '../color/colormaps';
import { aggWeightLut, kernelDiameter } from './aggWeightLut';
import type { Kernel } from './kernels';
import { shaderLutIndex, type NormShader } from '../color/normShader';
import { coverage, covers } from './coverage';
import { atUnitScale, cellsPerPixel, downsampleStretch, samplePosition, type ResampleTarget } from './reference';
import type { CellWindow } from '../view/view';
import { axisTaps, bandInputRows, columnTaps, type ColumnTaps, type GridRows, type RowBand } from './separable';

/**
 * matplotlib's `interpolation_stage`: 'data' resamples the data and colours the result (the
 * default up to matplotlib 3.9, and 3.6.3's only default); 'rgba' colours every cell first and
 * resamples the colours, which blends neighbouring colours instead of passing through the
 * colormap between them.
 */
export type InterpolationStage = 'data' | 'rgba';

export const INTERPOLATION_STAGES: readonly InterpolationStage[] = Object.freeze(['data', 'rgba']);

/**
 * Whether the rgba stage draws differently from the data stage at this size. Nearest (and Agg's
 * nearest at exactly one pixel per cell, whatever the kernel) picks one cell's colour, so
 * colouring before or after picking is the same picture: both stages then draw the data way
 * (matplotlib 3.6.3's rgba-stage nearest images equal its data-stage ones byte for byte).
 */
export function resamplesColors(
  kernel: Kernel | null,
  rows: number,
  cols: number,
  width: number,
  height: number,
  window?: CellWindow | null,
): kernel is Kernel {
  return kernel !== null && !atUnitScale(rows, cols, { width, height, origin: 'upper', window: window ?? undefined });
}

/**
 * The first step of the rgba stage, matplotlib's `to_rgba(A)` with `bytes=False`: each cell's
 * float colour from the colormap's float LUT (or its under / over / bad colour), premultiplied
 * by its alpha for resampling as current matplotlib does. Invalid cells get the bad colour here,
 * so no NaN reaches the resampler and a hole fades out over the kernel's reach instead of
 * cutting a transparent window. `normalized` is the grid's (NaN = invalid); the LUT index follows
 * the shaders' rule (core/normShader.ts), as the data stage's does.
 */
export function cellColors(normalized: ArrayLike<number>, colormap: Colormap, norm: NormShader): Float64Array {
  const { lut, under, over, bad } = colormap.floats;
  const out = new Float64Array(normalized.length * 4);
  for (let i = 0; i < normalized.length; i++) {
    const index = shaderLutIndex(norm, normalized[i]!, colormap.n);
    const o = i * 4;
    if (index >= 0 && index < colormap.n) {
      const l = index * 4;
      const a = lut[l + 3]!;
      out[o] = lut[l]! * a;
      out[o + 1] = lut[l + 1]! * a;
      out[o + 2] = lut[l + 2]! * a;
      out[o + 3] = a;
    } else {
      const c = Number.isNaN(index) ? bad : index < 0 ? under : over;
      out[o] = c[0] * c[3];
      out[o + 1] = c[1] * c[3];
      out[o + 2] = c[2] * c[3];
      out[o + 3] = c[3];
    }
  }
  return out;
}

/**
 * The second step: premultiplied RGBA cells resampled to the target with Agg's kernel, tap
 * geometry, antialias stretch and edge mirroring, applied separably exactly as
 * {@link separableRows} does for data (and as the shaders do), then clamped as Agg's RGBA span
 * generator clamps: alpha to [0, 1], colour to [0, alpha]. Like separableRows it computes the
 * rows `band` from the grid rows it reads (`colors.values` holds 4 floats per cell of rows
 * [first, …)), pausing after every row, and a band's pixels equal the whole picture's there.
 * Returns width × (bottom − top) × 4 premultiplied floats, the band's top row first; 0 (transparent)
 * where a window's pixel samples off the grid.
 */
export function* resampleColorRows(colors: GridRows, kernel: Kernel, target: ResampleTarget, band: RowBand): Generator<void, Float64Array> {
  const { values, first, rows, cols } = colors;
  const { width } = target;
  const lut = aggWeightLut(kernel);
  const diameter = kernelDiameter(kernel);
  const [ry, ryInv] = downsampleStretch(cellsPerPixel(rows, cols, target)[1]);
  const columns = columnTaps(kernel, rows, cols, target);
  const covered = target.window ? coverage(rows, cols, target) : null;

  // Horizontal pass: h[(row · width + px) · 4 + k] = Σ wx · colour / Σ wx. The division happens
  // here because every row of an output column has the same horizontal weight sum.
  const [start, end] = bandInputRows(kernel, rows, cols, target, band);
  const h = new Float64Array((end - start) * width * 4);
  for (let r = start; r < end; r++) {
    horizontalColorRow(values, (r - first) * cols, columns, h, (r - start) * width);
    yield;
  }

  // Vertical pass, row by row so the inner loop walks h and the accumulator contiguously.
  const out = new Float64Array(width * (band.bottom - band.top) * 4);
  const acc = new Float64Array(width * 4);
  for (let py = band.top; py < band.bottom; py++) {
    const { cells, weights, total } = axisTaps(samplePosition(0, py, cols, rows, target)[1], lut, diameter, ry, ryInv, rows);
    acc.fill(0);
    for (let j = 0; j < weights.length; j++) {
      const w = weights[j]!;
      const rowOffset = (cells[j]! - start) * width * 4;
      for (let q = 0; q < acc.length; q++) acc[q] = acc[q]! + h[rowOffset + q]! * w;
    }
    const rowOut = (py - band.top) * width * 4;
    for (let q = 0; q < acc.length; q += 4) {
      const a = Math.min(1, Math.max(0, acc[q + 3]! / total));
      for (let k = 0; k < 3; k++) out[rowOut + q + k] = Math.min(a, Math.max(0, acc[q + k]! / total));
      out[rowOut + q + 3] = a;
    }
    if (covered) for (let px = 0; px < width; px++) if (!covers(covered, px, py)) out.fill(0, rowOut + px * 4, rowOut + px * 4 + 4);
    yield;
  }
  return out;
}

/** One input row of the horizontal pass (cells from `cellOffset`), into h from output pixel `hPixel`. */
function horizontalColorRow(colors: ArrayLike<number>, cellOffset: number, columns: ColumnTaps, h: Float64Array, hPixel: number): void {
  const { from, cells, weights, totals } = columns;
  for (let px = 0, i = 0; px + 1 < from.length; px++) {
    let c0 = 0,
      c1 = 0,
      c2 = 0,
      c3 = 0;
    for (const end = from[px + 1]!; i < end; i++) {
      const w = weights[i]!;
      const o = (cellOffset + cells[i]!) * 4;
      c0 += colors[o]! * w;
      c1 += colors[o + 1]! * w;
      c2 += colors[o + 2]! * w;
      c3 += colors[o + 3]! * w;
    }
    const total = totals[px]!;
    const o = (hPixel + px) * 4;
    h[o] = c0 / total;
    h[o + 1] = c1 / total;
    h[o + 2] = c2 / total;
    h[o + 3] = c3 / total;
  }
}

/**
 * The last step: un-premultiply (current matplotlib divides colour by alpha where alpha is not
 * 0; matplotlib 3.6.3 leaves it premultiplied) and convert to bytes the way `to_rgba(...,
 * bytes=True)` does, by truncation: `(x * 255).astype(uint8)`.
 */
export function colorBytes(premultiplied: Float64Array): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(premultiplied.length);
  for (let o = 0; o < premultiplied.length; o += 4) {
    const a = premultiplied[o + 3]!;
    for (let k = 0; k < 3; k++) out[o + k] = a === 0 ? 0 : Math.trunc(Math.min(1, premultiplied[o + k]! / a) * 255);
    out[o + 3] = Math.trunc(a * 255);
  }
  return out;
}
