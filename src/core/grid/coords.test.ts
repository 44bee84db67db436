import { describe, expect, it } from 'vitest';
import { checkDeviceSize } from '../figure/deviceSize';
import { fractionOf, lineToPixels, resolveNodes, type Extent } from './coords';

describe('coordinates for extents whose span overflows', () => {
  const huge: Extent = [-1e308, 1e308, -1e308, 1e308];

  it('cell centres stay finite, ordered and symmetric', () => {
    const nodes = resolveNodes(undefined, 24, 'x', huge, 'lower');
    expect(nodes.every(Number.isFinite)).toBe(true);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]!).toBeGreaterThan(nodes[i - 1]!);
    expect(Math.abs(nodes[0]! + nodes[23]!) / 1e308).toBeLessThan(1e-12);
    expect(nodes[0]! / 1e308).toBeCloseTo(-23 / 24, 12);
  });

  it('lines map into the plot, end to end', () => {
    const x = resolveNodes(undefined, 24, 'x', huge, 'lower');
    const y = resolveNodes(undefined, 20, 'y', huge, 'upper');
    const px = lineToPixels({ points: [0, 0, 23, 19], closed: false } as never, x, y, huge, 300, 200);
    expect(Array.from(px).map((v) => Number(v.toFixed(9)))).toEqual([6.25, 5, 293.75, 195]);
  });

  it('fractions agree with the plain formula where it does not overflow', () => {
    expect(fractionOf(3, 1, 5)).toBe(0.5);
    expect(fractionOf(0, -1e308, 1e308)).toBe(0.5);
    expect(fractionOf(1e308, -1e308, 1e308)).toBe(1);
  });

  it('ordinary extents keep their bit-exact cell centres', () => {
    const nodes = resolveNodes(undefined, 3, 'x', [0, 0.3, 0, 1], 'lower');
    expect(Array.from(nodes)).toEqual([0 + (0.5 * 0.3) / 3, 0 + (1.5 * 0.3) / 3, 0 + (2.5 * 0.3) / 3]);
  });
});

describe('checkDeviceSize', () => {
  it('refuses a figure with no device pixel, naming the dimension', () => {
    expect(() => checkDeviceSize(0.4, 160, 1)).toThrow(/^contour-heatmap: invalid prop "width": the figure would be 0 × 160 device px/);
    expect(() => checkDeviceSize(300, 10, 0.01)).toThrow(/invalid prop "height"/);
    expect(() => checkDeviceSize(300, 160, 0.01)).not.toThrow();
  });
});
