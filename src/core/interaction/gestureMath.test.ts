import { describe, expect, it } from 'vitest';
import { isUsableView, pinchView, wheelZoomFactor } from './gestureMath';
import { viewPoint } from '../view/view';

describe('wheelZoomFactor', () => {
  it('doubles per 300 px scrolled up, halves per 300 px down, lines and pages in px', () => {
    expect(wheelZoomFactor(-300, 0, false, 400)).toBe(2);
    expect(wheelZoomFactor(300, 0, false, 400)).toBe(0.5);
    expect(wheelZoomFactor(15, 1, false, 400)).toBe(0.5);
    expect(wheelZoomFactor(-1, 2, false, 300)).toBe(2);
    expect(wheelZoomFactor(0, 0, false, 300)).toBe(1);
  });

  it('undoes the scale a Chromium pinch encodes in its deltaY', () => {
    expect(wheelZoomFactor(-100 * Math.log(1.25), 0, true, 300)).toBeCloseTo(1.25, 12);
  });
});

describe('pinchView', () => {
  const start = { x: [0, 8], y: [-2, 2] } as const;
  it('keeps the data point under the starting midpoint under the moved midpoint, zoomed by the factor', () => {
    const from = { fx: 0.25, fy: 0.75 };
    const to = { fx: 0.5, fy: 0.4 };
    const view = pinchView(start, from, to, 2);
    const before = viewPoint(start, from.fx, from.fy);
    const after = viewPoint(view, to.fx, to.fy);
    expect(after.x).toBeCloseTo(before.x, 12);
    expect(after.y).toBeCloseTo(before.y, 12);
    expect(view.x[1] - view.x[0]).toBeCloseTo(4, 12);
    expect(view.y[1] - view.y[0]).toBeCloseTo(2, 12);
  });
});

describe('isUsableView', () => {
  it('accepts what a view prop accepts', () => {
    expect(isUsableView({ x: [0, 1], y: [1, 0] })).toBe(true);
    expect(isUsableView({ x: [1, 1 + 1e-15], y: [0, 1] })).toBe(false);
    expect(isUsableView({ x: [-Infinity, 1], y: [0, 1] })).toBe(false);
    expect(isUsableView({ x: [-1.7e308, 1.7e308], y: [0, 1] })).toBe(false);
  });
});
