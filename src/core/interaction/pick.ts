import type { FigurePlan } from '../figure/planFigure';
import { lowerBound } from '../contours/levels';
import { lerp } from '../grid/coords';
import { denormalize, type Grid } from '../grid/grid';
import { kernelFor, type ResolvedPicture } from '../options';
import { createPixelSampler } from '../resample/pixelSampler';
import { viewWindow } from '../view/view';

/** What lies under a point of the figure. */
export interface PickInfo {
  /** The point in data coordinates. */
  readonly x: number;
  readonly y: number;
  /**
   * The value drawn at the device pixel under the point, before the norm: the grid resampled with
   * the kernel, extent, origin and view the picture was drawn with, at that pixel as matplotlib's
   * Agg resampler samples it (the value its colormap is applied to; the renderers', weighting taps
   * separably, is within 1e-3 of the data range of it); NaN where the kernel reaches an invalid
   * cell (a hole). With `interpolationStage: 'rgba'`
   * the colormap is applied to the cells and their colours are resampled, so no single value was
   * coloured: this is then the data resampled with the same kernel and taps (the value whose
   * weights blend the colours), and NaN within the kernel's reach of a hole, where that stage
   * draws a fading colour.
   */
  readonly value: number;
  /** The grid cell under the pixel's sample point (the cell 'nearest' draws there), row 0 first in `z`. */
  readonly row: number;
  readonly col: number;
  /** That cell's value as given in `z` (NaN, ±Infinity included). */
  readonly cellValue: number;
  /** The contour levels around `value` (lower < value ≤ upper, as a filled band), when the picture has contours and value is not NaN. */
  readonly level?: { readonly lower: number; readonly upper: number };
}

/** The part of a figure plan a pick needs: where the image is and which data it spans. */
export type PickPlan = Pick<FigurePlan, 'image' | 'xView' | 'yView'>;

/**
 * What lies under a point (x, y) in CSS px from the figure's top-left corner, for a picture drawn
 * at `pixelRatio` with `plan`'s layout; null outside the image box. The image raster covers
 * round(image.width × pixelRatio) device pixels placed at round(image.left × pixelRatio), as
 * the scene's painters place it (core/scene/scene.ts), and its kernel is chosen for that size (and
 * the plan's view) as the renderers choose it; `value` is that pixel computed as matplotlib's Agg
 * resampler computes it (pixelSampler.ts): the value matplotlib colours there, which the
 * renderers' colour is within 1e-3 of the data range of. A point of the axes outside the image's extent (a view wider than
 * it) shows nothing: null too. The kernel's weights are prepared once per picker; each pick costs
 * one pixel's taps.
 */
export function createPicker(picture: ResolvedPicture, plan: PickPlan, pixelRatio: number): (x: number, y: number) => PickInfo | null {
  const { image, xView, yView } = plan;
  const { grid } = picture;
  const width = Math.max(1, Math.round(image.width * pixelRatio));
  const height = Math.max(1, Math.round(image.height * pixelRatio));
  const left = Math.round(image.left * pixelRatio);
  const top = Math.round(image.top * pixelRatio);
  // The window the renderers drew with (sceneRenderer.ts): none for the extent's own view.
  const { origin } = picture;
  const window = viewWindow(picture, { x: xView, y: yView });
  const kernel = kernelFor(picture, width, height, window);
  const target = window ? { width, height, origin, window } : { width, height, origin };
  const sampler = createPixelSampler(grid.normalized, grid.rows, grid.cols, kernel, target);
  const levels = picture.contours?.levels ?? [];
  return (x, y) => {
    const fx = (x - image.left) / image.width;
    const fy = (y - image.top) / image.height;
    if (!(fx >= 0 && fx < 1 && fy >= 0 && fy < 1)) return null;
    // The device pixel under the point, kept on the raster where rounding moved its edge.
    const px = clamp(Math.floor(x * pixelRatio) - left, width);
    const py = clamp(Math.floor(y * pixelRatio) - top, height);
    if (!sampler.covers(px, py)) return null;
    const value = denormalize(grid, sampler.value(px, py));
    const { row, col } = sampler.cell(px, py);
    const level = Number.isNaN(value) || levels.length === 0 ? undefined : band(levels, value);
    return {
      x: lerp(xView[0], xView[1], fx),
      y: lerp(yView[1], yView[0], fy),
      value,
      row,
      col,
      cellValue: cellValue(grid, row, col),
      ...(level ? { level } : {}),
    };
  };
}

function clamp(i: number, n: number): number {
  return Math.min(n - 1, Math.max(0, i));
}

/** The cell's value exactly as the user gave it (the grid keeps only float32 normalised copies). */
function cellValue(grid: Grid, row: number, col: number): number {
  const { source } = grid;
  if (Array.isArray(source)) return (source as readonly (readonly number[])[])[row]![col]!;
  return (source as { values: ArrayLike<number> }).values[row * grid.cols + col]!;
}

/** The levels bracketing v as contourf's bands do (lower < v ≤ upper), ±Infinity beyond the first and last. */
function band(levels: readonly number[], v: number): { lower: number; upper: number } {
  const lo = lowerBound(levels, v);
  return { lower: lo === 0 ? -Infinity : levels[lo - 1]!, upper: lo === levels.length ? Infinity : levels[lo]! };
}
