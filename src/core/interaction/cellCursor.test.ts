import { describe, expect, it } from 'vitest';
import { cellAt, cellCentre, keepInView, stepCell, type CellLayout } from './cellCursor';
import { viewPoint } from '../view/view';

const lower: CellLayout = { rows: 4, cols: 5, extent: [0, 10, 0, 4], origin: 'lower' };
const upper: CellLayout = { ...lower, origin: 'upper' };

describe('cell centres', () => {
  it('puts row 0 at the bottom for origin lower and at the top for upper', () => {
    expect(cellCentre(lower, { row: 0, col: 0 })).toEqual({ x: 1, y: 0.5 });
    expect(cellCentre(upper, { row: 0, col: 4 })).toEqual({ x: 9, y: 3.5 });
  });

  it('finds the cell of a point, the nearest one outside the extent, and round-trips centres', () => {
    for (const layout of [lower, upper, { ...lower, extent: [10, 0, 4, 0] as const }]) {
      for (let row = 0; row < 4; row++)
        for (let col = 0; col < 5; col++) {
          const { x, y } = cellCentre(layout, { row, col });
          expect(cellAt(layout, x, y)).toEqual({ row, col });
        }
    }
    expect(cellAt(lower, -5, 100)).toEqual({ row: 3, col: 0 });
  });
});

describe('stepCell', () => {
  const extentView = { x: [0, 10], y: [0, 4] } as const;
  /** Where a cell's centre is on screen, in fractions of the axes (y from the top). */
  const screen = (
    layout: CellLayout,
    view: { x: readonly [number, number]; y: readonly [number, number] },
    cell: { row: number; col: number },
  ) => {
    const { x, y } = cellCentre(layout, cell);
    return { fx: (x - view.x[0]) / (view.x[1] - view.x[0]), fy: (view.y[1] - y) / (view.y[1] - view.y[0]) };
  };

  it('moves one cell in the arrow’s direction on screen for every way the extent and the view run', () => {
    const start = { row: 1, col: 2 };
    for (const origin of ['lower', 'upper'] as const)
      for (const extent of [
        [0, 10, 0, 4],
        [10, 0, 4, 0],
      ] as const)
        for (const view of [extentView, { x: [10, 0], y: [4, 0] } as const]) {
          const layout = { rows: 4, cols: 5, extent, origin };
          const at = screen(layout, view, start);
          const moved = (key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown') =>
            screen(layout, view, stepCell(layout, view, start, key));
          expect(moved('ArrowRight').fx).toBeCloseTo(at.fx + 0.2, 12);
          expect(moved('ArrowLeft').fx).toBeCloseTo(at.fx - 0.2, 12);
          expect(moved('ArrowUp').fy).toBeCloseTo(at.fy - 0.25, 12);
          expect(moved('ArrowDown').fy).toBeCloseTo(at.fy + 0.25, 12);
        }
  });

  it('stays on the grid at its edges', () => {
    expect(stepCell(lower, extentView, { row: 3, col: 4 }, 'ArrowRight')).toEqual({ row: 3, col: 4 });
    expect(stepCell(lower, extentView, { row: 3, col: 4 }, 'ArrowUp')).toEqual({ row: 3, col: 4 });
    expect(stepCell(lower, extentView, { row: 0, col: 0 }, 'ArrowDown')).toEqual({ row: 0, col: 0 });
  });
});

describe('keepInView', () => {
  const view = { x: [0, 10], y: [0, 10] } as const;
  it('leaves a view that shows the point alone', () => {
    expect(keepInView(view, 5, 5, 0.1)).toBe(view);
  });
  it('moves the view just enough to bring the point inside the margin', () => {
    const moved = keepInView(view, 12, -3, 0.1);
    expect(moved.x[1] - moved.x[0]).toBeCloseTo(10, 12);
    const p = viewPoint(moved, 0.9, 0.9);
    expect(p.x).toBeCloseTo(12, 12);
    expect(p.y).toBeCloseTo(-3, 12);
  });
});
