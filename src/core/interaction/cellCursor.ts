// The keyboard cursor's geometry: grid cells and their centres in data coordinates, and which
// neighbouring cell lies in an arrow key's direction on screen, whatever way the extent and the
// view run.
import { fractionOf, lerp, type Extent } from '../grid/coords';
import type { Origin } from '../resample/reference';
import { panView, type View } from '../view/view';

/** The image's cells as the cursor moves over them: the grid's size, the extent and the origin. */
export interface CellLayout {
  readonly rows: number;
  readonly cols: number;
  readonly extent: Extent;
  readonly origin: Origin;
}

export interface Cell {
  readonly row: number;
  readonly col: number;
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** The centre of a cell in data coordinates (row 0 is the first row of `z`: at the bottom for origin 'lower', at the top for 'upper'). */
export function cellCentre(layout: CellLayout, cell: Cell): { x: number; y: number } {
  const { rows, cols, extent, origin } = layout;
  const fy = (cell.row + 0.5) / rows;
  return {
    x: lerp(extent[0], extent[1], (cell.col + 0.5) / cols),
    y: origin === 'lower' ? lerp(extent[2], extent[3], fy) : lerp(extent[3], extent[2], fy),
  };
}

/** The cell holding the data point (x, y), or the nearest one when it lies outside the extent. */
export function cellAt(layout: CellLayout, x: number, y: number): Cell {
  const { rows, cols, extent, origin } = layout;
  const fy = origin === 'lower' ? fractionOf(y, extent[2], extent[3]) : fractionOf(y, extent[3], extent[2]);
  return { row: clampIndex(Math.floor(fy * rows), rows), col: clampIndex(Math.floor(fractionOf(x, extent[0], extent[1]) * cols), cols) };
}

/** The cell kept on the grid (a new grid may be smaller than the one the cursor was on). */
export function clampCell(layout: CellLayout, cell: Cell): Cell {
  return { row: clampIndex(cell.row, layout.rows), col: clampIndex(cell.col, layout.cols) };
}

/**
 * The neighbouring cell in the arrow's direction on screen, or the same cell at the grid's edge.
 * Right is the way the view's x grows on screen (left to right unless the pair is reversed), up
 * the way its y grows (bottom to top); the extent and the origin say which way columns and rows run.
 */
export function stepCell(layout: CellLayout, view: View, cell: Cell, key: ArrowKey): Cell {
  const { extent, origin } = layout;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const colsRight = Math.sign(extent[1] - extent[0]) * Math.sign(view.x[1] - view.x[0]);
    const step = key === 'ArrowRight' ? colsRight : -colsRight;
    return clampCell(layout, { row: cell.row, col: cell.col + step });
  }
  const rowsUp = (origin === 'lower' ? 1 : -1) * Math.sign(extent[3] - extent[2]) * Math.sign(view.y[1] - view.y[0]);
  const step = key === 'ArrowUp' ? rowsUp : -rowsUp;
  return clampCell(layout, { row: cell.row + step, col: cell.col });
}

/**
 * The view moved just enough to bring the data point (x, y) to at least `margin` (a fraction of
 * the axes) inside its edges; the view itself when the point is already there.
 */
export function keepInView(view: View, x: number, y: number, margin: number): View {
  const fx = fractionOf(x, view.x[0], view.x[1]);
  const fy = fractionOf(y, view.y[1], view.y[0]);
  const tx = Math.min(1 - margin, Math.max(margin, fx));
  const ty = Math.min(1 - margin, Math.max(margin, fy));
  return tx === fx && ty === fy ? view : panView(view, fx, fy, tx, ty);
}

function clampIndex(i: number, n: number): number {
  return Math.min(n - 1, Math.max(0, i));
}
