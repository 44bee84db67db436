import { describe, expect, it } from 'vitest';
import { cellWindow, extentView, panView, resolveView, sameView, viewPoint, zoomView } from './view';

describe('resolveView', () => {
  it('accepts pairs of distinct finite numbers, reversed ones too, and copies them', () => {
    const given = { x: [2, -1] as [number, number], y: [0, 1e-3] as [number, number] };
    const view = resolveView('view', given);
    expect(view).toEqual(given);
    expect(view).not.toBe(given);
    expect(Object.isFrozen(view.x)).toBe(true);
  });

  it.each([
    [null, /expected \{ x: \[x0, x1\], y: \[y0, y1\] \}/],
    [{ x: [0, 1] }, /y must be a pair/],
    [{ x: [0, 1, 2], y: [0, 1] }, /x must be a pair/],
    [{ x: [0, Number.NaN], y: [0, 1] }, /x holds NaN/],
    [{ x: [0, 1], y: ['0', 1] }, /y holds 0, not a finite number/],
    [{ x: [1, 1], y: [0, 1] }, /no width/],
    [{ x: [-1.5e308, 1.5e308], y: [0, 1] }, /more than the largest number/],
    [{ x: [1e6, 1e6 + 1e-7], y: [0, 1] }, /narrower than float64/],
  ])('refuses %j, naming the prop', (value, message) => {
    expect(() => resolveView('defaultView', value)).toThrow(/invalid prop "defaultView"/);
    expect(() => resolveView('defaultView', value)).toThrow(message);
  });
});

describe('cellWindow', () => {
  it('maps the extent itself to the whole grid, row 0 at the bottom for lower and at the top for upper', () => {
    const extent = [-3, 3, -2, 2] as const;
    expect(cellWindow(extentView(extent), extent, 4, 6, 'lower')).toEqual({ left: 0, right: 6, top: 4, bottom: 0 });
    // (−0 where a fraction starts at the far edge: the same sample positions.)
    expect(cellWindow(extentView(extent), extent, 4, 6, 'upper')).toEqual({ left: 0, right: 6, top: -0, bottom: 4 });
  });

  it('maps a zoom to the cells it shows, a reversed x to a reversed window', () => {
    const extent = [0, 10, 0, 5] as const;
    expect(cellWindow({ x: [2, 4], y: [1, 3] }, extent, 5, 10, 'lower')).toEqual({ left: 2, right: 4, top: 3, bottom: 1 });
    expect(cellWindow({ x: [4, 2], y: [1, 3] }, extent, 5, 10, 'upper')).toEqual({ left: 4, right: 2, top: 2, bottom: 4 });
  });

  it('follows a reversed extent and views beyond it', () => {
    const extent = [10, 0, 0, 5] as const;
    expect(cellWindow({ x: [12, -2], y: [-1, 6] }, extent, 5, 10, 'lower')).toEqual({ left: -2, right: 12, top: 6, bottom: -1 });
  });

  it('stays finite for extents near the largest numbers', () => {
    const extent = [-1e308, 1e308, -1e308, 1e308] as const;
    const w = cellWindow({ x: [0, 1e308], y: [-1e308, 0] }, extent, 2, 2, 'lower');
    expect(w).toEqual({ left: 1, right: 2, top: 1, bottom: 0 });
  });
});

describe('zoom and pan', () => {
  const view = { x: [0, 10], y: [-5, 5] } as const;

  it('zooms about a point that stays where it is', () => {
    const zoomed = zoomView(view, 2, 4, 1);
    expect(zoomed).toEqual({ x: [2, 7], y: [-2, 3] });
    // The point keeps its fraction of the axes.
    expect((4 - zoomed.x[0]) / (zoomed.x[1] - zoomed.x[0])).toBeCloseTo((4 - 0) / 10, 12);
    expect(zoomView(zoomed, 0.5, 4, 1)).toEqual(view);
  });

  it('pans by the fraction of the axes dragged, y down on screen', () => {
    const panned = panView(view, 0.5, 0.5, 0.6, 0.4);
    [-1, 9, -6, 4].forEach((v, i) => expect([...panned.x, ...panned.y][i]).toBeCloseTo(v, 12));
    const reversed = { x: [10, 0], y: [5, -5] } as const;
    // Reversed axes: what was under the pointer is under it again.
    const moved = panView(reversed, 0.2, 0.3, 0.5, 0.1);
    expect(viewPoint(moved, 0.5, 0.1).x).toBeCloseTo(viewPoint(reversed, 0.2, 0.3).x, 12);
    expect(viewPoint(moved, 0.5, 0.1).y).toBeCloseTo(viewPoint(reversed, 0.2, 0.3).y, 12);
  });

  it('reads data points at fractions of the axes from the top-left corner', () => {
    expect(viewPoint(view, 0, 0)).toEqual({ x: 0, y: 5 });
    expect(viewPoint(view, 1, 1)).toEqual({ x: 10, y: -5 });
  });

  it('compares views by value', () => {
    expect(sameView({ x: [0, 10], y: [-5, 5] }, view)).toBe(true);
    expect(sameView({ x: [0, 10], y: [-5, 4] }, view)).toBe(false);
    expect(sameView(null, null)).toBe(true);
    expect(sameView(null, view)).toBe(false);
  });
});
