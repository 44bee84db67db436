import { describe, expect, it } from 'vitest';
import type { LineNode } from './scene';
import { snapLine } from './snap';

const line = (x1: number, y1: number, x2: number, y2: number, width: number, snap = true): LineNode => ({
  kind: 'line',
  x1,
  y1,
  x2,
  y2,
  stroke: { color: '#000', width, cap: 'butt', join: 'miter', snap },
});

describe('snapLine', () => {
  it('puts an odd-width line on pixel centres, as Agg snaps matplotlib’s spines and ticks', () => {
    // 0.8 pt at dpi 100 = 1.11 px: one device pixel wide.
    expect(snapLine(line(125, 60, 125.3, 444.6, 1.11), 1)).toMatchObject({ x1: 125.5, y1: 60.5, x2: 125.5, y2: 445.5 });
  });

  it('puts an even-width line on pixel edges, and works in device pixels', () => {
    expect(snapLine(line(10.2, 5, 10.2, 9, 1.11), 2)).toMatchObject({ x1: 10, x2: 10 });
    expect(snapLine(line(10.3, 5, 10.3, 9, 2), 1)).toMatchObject({ x1: 10, y1: 5 });
  });

  it('snaps in figure coordinates inside an offset group, and leaves unsnapped lines alone', () => {
    expect(snapLine(line(0, 0, 10, 0, 1), 1, 0.25, 0.25)).toMatchObject({ x1: 0.25, y1: 0.25 });
    const free = line(1.3, 1.3, 2.7, 2.7, 1, false);
    expect(snapLine(free, 1)).toBe(free);
  });
});
