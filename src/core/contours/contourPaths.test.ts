import { describe, expect, it } from 'vitest';
import { pathData, visiblePathData } from './contourPaths';

describe('visiblePathData', () => {
  const area = { width: 100, height: 50 };
  it('writes a line wholly inside the area (the margin included) whole, closed if it is', () => {
    const points = Float64Array.of(0, 0, 50, 25, 110, 60);
    expect(visiblePathData(points, true, area)).toBe(pathData(points, true));
  });

  it('writes only the segments reaching into the area, each run a subpath, nothing for a line wholly outside', () => {
    // In, out far right, back in through the top, out again.
    const points = Float64Array.of(10, 10, 90, 20, 500, 20, 600, 30, 50, -100, 50, 40, 300, 300, 400, 400);
    expect(visiblePathData(points, false, area)).toBe('M10 10L90 20L500 20M600 30L50 -100L50 40L300 300');
    expect(visiblePathData(Float64Array.of(200, 200, 300, 300), false, area)).toBe('');
    // A closed ring around the area: its segments pass outside it, none is written.
    expect(visiblePathData(Float64Array.of(-500, -500, 600, -500, 600, 600, -500, 600), true, area)).toBe('');
  });

  it('closes the ring back to its first point when that segment reaches in', () => {
    expect(visiblePathData(Float64Array.of(10, 10, 500, 10, 500, 500), true, area)).toBe('M10 10L500 10M500 500L10 10');
  });
});
