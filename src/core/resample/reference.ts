import { FILTER_SCALE, SUBPIXEL_SCALE, SUBPIXEL_SHIFT, iround } from './aggWeightLut';
import type { Kernel } from './kernels';
import { aggTaps, aggValue } from './aggPixel';
import type { CellWindow } from '../view/view';

/** How the rows of a grid are laid out on screen, as imshow's `origin`. */
export type Origin = 'upper' | 'lower';

export interface ResampleTarget {
  readonly width: number;
  readonly height: number;
  readonly origin: Origin;
  /**
   * The part of the grid the output shows (a view other than the image's extent): output pixel
   * centres are sampled linearly between its edges, and pixels whose sample point falls off the
   * grid are transparent. Absent, the output shows the whole grid, its rows laid out by `origin`.
   */
  readonly window?: CellWindow | undefined;
}

/**
 * The unquantised sample point of output pixel (px, py) in a window, in input cells (row 0 = the
 * first row of the grid). The step per pixel is computed first, as the shader computes it.
 */
export function windowPoint(px: number, py: number, window: CellWindow, target: ResampleTarget): [number, number] {
  return [
    window.left + (px + 0.5) * ((window.right - window.left) / target.width),
    window.top + (py + 0.5) * ((window.bottom - window.top) / target.height),
  ];
}

/**
 * The sample position of output pixel (px, py) (py counted from the top of the canvas) in input
 * cell units, where cell (col, row) covers [col, col + 1) × [row, row + 1), quantised to Agg's
 * 1/256 sub-pixel grid. Shared by the CPU reference and, in the same arithmetic, the shader.
 */
export function samplePosition(px: number, py: number, cols: number, rows: number, target: ResampleTarget): [number, number] {
  if (target.window) {
    const [u, v] = windowPoint(px, py, target.window, target);
    return [iround(u * SUBPIXEL_SCALE), iround(v * SUBPIXEL_SCALE)];
  }
  const sx = target.width / cols;
  const sy = target.height / rows;
  const u = (px + 0.5) / sx;
  const v = target.origin === 'lower' ? (target.height - py - 0.5) / sy : (py + 0.5) / sy;
  return [iround(u * SUBPIXEL_SCALE), iround(v * SUBPIXEL_SCALE)];
}

/** Input cells per output pixel on each axis (x, y): the |scale| of the inverse transform Agg samples through. */
export function cellsPerPixel(rows: number, cols: number, target: ResampleTarget): [number, number] {
  const { window, width, height } = target;
  if (!window) return [cols / width, rows / height];
  return [Math.abs(window.right - window.left) / width, Math.abs(window.bottom - window.top) / height];
}

/** Agg replaces any filter by nearest when the image is drawn at exactly one output pixel per cell (|scale| 1 on both axes). */
export function atUnitScale(rows: number, cols: number, target: ResampleTarget): boolean {
  const { window, width, height } = target;
  if (!window) return width === cols && height === rows;
  return Math.abs(window.right - window.left) === width && Math.abs(window.bottom - window.top) === height;
}

/**
 * CPU reference of what matplotlib's imshow does to data (matplotlib 3.6.3's Agg resampler,
 * `resample=True`): for each output pixel, the normalised value interpolated from `values`
 * (row-major, `rows` × `cols`), NaN where any tap of the kernel window touches an invalid cell
 * (matplotlib resamples the mask with the same window, and any NaN tap makes the pixel "bad").
 * When the output is smaller than the input the kernel is stretched by the downsampling factor,
 * which is Agg's antialiasing. Edges mirror with the edge cell repeated. Returns width × height
 * values, row 0 at the top; with a window, NaN too where the pixel's sample point is off the grid
 * (coverage.ts: the renderers draw those pixels transparent).
 *
 * Where Agg's sample positions are exact (a whole number of 1/256 cells per pixel) this equals
 * Agg's output for every kernel, up to float32 storage (fixtures/matplotlib/kernels/probe.json).
 * Not reproduced: Agg's DDA sample-position jitter (≤ 1/256 px) elsewhere, and the [0, 1] clamp
 * that matplotlib 3.6.3 (but no longer current matplotlib) applies to overshooting kernels.
 */
export function resample(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  kernel: Kernel | null,
  target: ResampleTarget,
): Float32Array {
  const { width, height } = target;
  const out = new Float32Array(width * height);
  // Agg replaces any filter by nearest when the image is drawn at exactly one output pixel per cell.
  if (kernel === null || atUnitScale(rows, cols, target)) {
    for (let py = 0; py < height; py++) {
      for (let px = 0; px < width; px++) {
        const [x, y] = samplePosition(px, py, cols, rows, target);
        const col = reflect(x >> SUBPIXEL_SHIFT, cols);
        const row = reflect(y >> SUBPIXEL_SHIFT, rows);
        out[py * width + px] = values[row * cols + col]!;
      }
    }
    return clearUncovered(out, rows, cols, target);
  }

  const taps = aggTaps(kernel, rows, cols, target);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const [x, y] = samplePosition(px, py, cols, rows, target);
      out[py * width + px] = aggValue(values, rows, cols, taps, x, y);
    }
  }
  return clearUncovered(out, rows, cols, target);
}

/** NaN where a window's output pixel samples off the grid (the renderers draw it transparent). */
function clearUncovered(out: Float32Array, rows: number, cols: number, target: ResampleTarget): Float32Array {
  const { window, width, height } = target;
  if (!window) return out;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const [u, v] = windowPoint(px, py, window, target);
      if (!(u >= 0 && u < cols && v >= 0 && v < rows)) out[py * width + px] = NaN;
    }
  }
  return out;
}

/** Agg's combined 2-D tap weight: (wy · wx + 8192) >> 14, in integers. */
export function tapWeight(wy: number, wx: number): number {
  return Math.floor((wy * wx + (FILTER_SCALE >> 1)) / FILTER_SCALE);
}

/**
 * The largest kernel stretch (downsampling factor) drawn faithfully. Agg allows 200; the shader
 * unrolls a fixed tap loop, so both renderers stop at 10 (a 10× smaller image) and beyond that
 * antialias with a kernel 10× wide.
 */
export const MAX_STRETCH = 10;

/** Agg span_image_resample_affine::prepare for one axis: kernel stretch (and its inverse) in 1/256 units. */
export function downsampleStretch(inputPerOutput: number): [number, number] {
  const scale = Math.min(MAX_STRETCH, Math.max(1, inputPerOutput));
  return [Math.round(scale * SUBPIXEL_SCALE), Math.round((1 / scale) * SUBPIXEL_SCALE)];
}

/** Agg wrap_mode_reflect: … 1 0 | 0 1 … n-1 | n-1 n-2 … */
export function reflect(i: number, n: number): number {
  const m = ((i % (2 * n)) + 2 * n) % (2 * n);
  return m >= n ? 2 * n - m - 1 : m;
}
