import { invalidProp } from '../errors';
import { fractionOf, lerp, type Extent } from '../grid/coords';
import type { Origin } from '../resample/reference';

/**
 * What the axes show, in data coordinates: x at the axes' left and right edges, y at their bottom
 * and top edges — matplotlib's `ax.set_xlim(x0, x1); ax.set_ylim(y0, y1)`. A reversed pair
 * (x0 > x1) inverts the axis.
 */
export interface View {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/**
 * The part of the grid the output shows, in input cell units: the column coordinate at the
 * output's left and right edges, and the row coordinate (row 0 = the first row of `z`, cell r
 * covering [r, r + 1)) at its top and bottom edges. The renderers sample output pixel centres
 * linearly between these edges; a reversed pair mirrors the picture.
 */
export interface CellWindow {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The view matplotlib starts from: the image's extent. */
export function extentView(extent: Extent): View {
  return { x: [extent[0], extent[1]], y: [extent[2], extent[3]] };
}

/**
 * Checks a `view` (or `defaultView`) prop: two pairs of finite, distinct numbers whose span is
 * finite, so every pixel of the axes maps to a finite data coordinate. Returns a frozen copy.
 */
export function resolveView(prop: string, value: unknown): View {
  if (typeof value !== 'object' || value === null) throw invalidProp(prop, `expected { x: [x0, x1], y: [y0, y1] }, got ${String(value)}`);
  const pair = (axis: 'x' | 'y'): [number, number] => {
    const v = (value as Record<string, unknown>)[axis];
    if (!Array.isArray(v) || v.length !== 2) throw invalidProp(prop, `${axis} must be a pair [${axis}0, ${axis}1]`);
    const [a, b] = v as unknown[];
    for (const end of [a, b]) {
      if (typeof end !== 'number' || !Number.isFinite(end)) throw invalidProp(prop, `${axis} holds ${String(end)}, not a finite number`);
    }
    const [lo, hi] = [a as number, b as number];
    if (lo === hi) throw invalidProp(prop, `${axis} is [${lo}, ${hi}]; the axes would show no width`);
    if (!Number.isFinite(hi - lo)) throw invalidProp(prop, `${axis} spans more than the largest number; narrow it`);
    // Below this the pixels of the axes no longer have distinct float64 coordinates.
    if (Math.abs(hi - lo) < Math.max(Math.abs(lo), Math.abs(hi)) * 1e-12) {
      throw invalidProp(prop, `${axis} is [${lo}, ${hi}], narrower than float64 can tell apart across the axes; zoom out`);
    }
    return [lo, hi];
  };
  return Object.freeze({ x: Object.freeze(pair('x')), y: Object.freeze(pair('y')) }) as View;
}

export function sameView(a: View | null | undefined, b: View | null | undefined): boolean {
  if (!a || !b) return a === b;
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/** Where a view's edges fall in the grid's cells (see {@link CellWindow}), for an image with this extent and origin. */
export function cellWindow(view: View, extent: Extent, rows: number, cols: number, origin: Origin): CellWindow {
  const [left, right, bottom, top] = extent;
  const col = (x: number) => fractionOf(x, left, right) * cols;
  // Row 0 sits at the extent's bottom edge for 'lower' and at its top edge for 'upper'.
  const row = (y: number) => (origin === 'lower' ? fractionOf(y, bottom, top) : fractionOf(y, top, bottom)) * rows;
  return { left: col(view.x[0]), right: col(view.x[1]), top: row(view.y[1]), bottom: row(view.y[0]) };
}

/**
 * The view zoomed by `factor` (> 1 zooms in) about the data point (x, y), which stays where it
 * is on screen — as a wheel or pinch zooms about the pointer.
 */
export function zoomView(view: View, factor: number, x: number, y: number): View {
  const about = (pair: readonly [number, number], at: number): [number, number] => [
    at + (pair[0] - at) / factor,
    at + (pair[1] - at) / factor,
  ];
  return { x: about(view.x, x), y: about(view.y, y) };
}

/**
 * The view moved so that what was at fractions (fx0, fy0) of the axes (0 at the left/top edge,
 * 1 at the right/bottom) is now at (fx1, fy1) — as dragging moves the picture with the pointer.
 */
export function panView(view: View, fx0: number, fy0: number, fx1: number, fy1: number): View {
  const shift = (pair: readonly [number, number], d: number): [number, number] => {
    const by = d * (pair[1] - pair[0]);
    return [pair[0] - by, pair[1] - by];
  };
  return { x: shift(view.x, fx1 - fx0), y: shift(view.y, fy0 - fy1) };
}

/** The data coordinates at fractions (fx, fy) of the axes (0 at the left/top edge). */
export function viewPoint(view: View, fx: number, fy: number): { x: number; y: number } {
  return { x: lerp(view.x[0], view.x[1], fx), y: lerp(view.y[1], view.y[0], fy) };
}

/**
 * The window the image layer is resampled for under a view; null when the view is the extent,
 * which the renderers draw as they always have (their exact arithmetic, bit for bit).
 */
export function viewWindow(
  picture: { readonly grid: { readonly rows: number; readonly cols: number }; readonly extent: Extent; readonly origin: Origin },
  view: View,
): CellWindow | null {
  const { grid, extent, origin } = picture;
  return sameView(view, extentView(extent)) ? null : cellWindow(view, extent, grid.rows, grid.cols, origin);
}
