import type { ResolvedPicture } from '../core/options';
import type { Kernel } from '../core/resample/kernels';
import type { CellWindow } from '../core/view/view';
import { bandInputRows, finish, type RowBand } from '../core/resample/separable';
import { bandPixels, type BandJob } from './heatmapBands';

/**
 * The job for rows `band` of the picture's heatmap at width × height, showing `window` of the grid
 * (null: all of it): its grid holds just the rows the band reads, as a view of the picture's grid
 * (a worker is sent a copy of it).
 */
export function pictureBand(
  p: ResolvedPicture,
  kernel: Kernel | null,
  width: number,
  height: number,
  band: RowBand,
  window: CellWindow | null = null,
): BandJob {
  const { rows, cols, normalized } = p.grid;
  const target = window ? { width, height, origin: p.origin, window } : { width, height, origin: p.origin };
  const [first, end] = bandInputRows(kernel, rows, cols, target, band);
  return {
    grid: { values: normalized.subarray(first * cols, end * cols), first, rows, cols },
    kernel,
    stage: p.interpolationStage,
    colormap: p.colormap,
    norm: p.normShader,
    target,
    band,
  };
}

/**
 * The heatmap's pixels at width × height (straight RGBA bytes, top row first), showing `window` of
 * the grid (null: all of it; pixels off the grid are transparent), with no DOM, in one
 * go: see {@link bandPixels}. Node draws with it; the browser draws the same bands, in workers or
 * in slices (chart/cpuHeatmap.ts).
 */
export function heatmapPixelsOnCpu(
  p: ResolvedPicture,
  kernel: Kernel | null,
  width: number,
  height: number,
  window: CellWindow | null = null,
): Uint8ClampedArray<ArrayBuffer> {
  return finish(bandPixels(pictureBand(p, kernel, width, height, { top: 0, bottom: height }, window))).pixels;
}
