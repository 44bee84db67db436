import { describe, expect, it } from 'vitest';
import { kernelDiameter } from '../core/resample/aggWeightLut';
import { coverage } from '../core/resample/coverage';
import { getKernel } from '../core/resample/kernels';
import { bandInputRows } from '../core/resample/separable';
import type { CellWindow } from '../core/view/view';
import { targetOf } from './drawUniforms';
import type { HeatmapView } from './heatmapRenderer';
import { inputRows } from './heatmapStrips';

const view = (
  width: number,
  height: number,
  origin: 'upper' | 'lower',
  window: CellWindow | null,
  kernel = getKernel('spline36'),
): HeatmapView => ({
  kernel,
  norm: { kind: 'linear' } as never,
  origin,
  stage: 'data',
  width,
  height,
  window,
});

describe('inputRows', () => {
  // 40 rows: zoomed in, zoomed out past both edges, reversed, downsampled, and the whole grid.
  const VIEWS = [
    view(120, 90, 'lower', { left: 1, right: 9, top: 30.5, bottom: 12.25 }),
    view(120, 90, 'upper', { left: -5, right: 15, top: -12, bottom: 55 }),
    view(120, 90, 'lower', { left: 9, right: 1, top: 3, bottom: 37 }),
    view(30, 12, 'upper', { left: 0, right: 10, top: 40, bottom: 0 }, getKernel('lanczos')),
    view(120, 90, 'lower', null),
    view(120, 90, 'upper', null),
  ];
  it.each(VIEWS.map((v) => [JSON.stringify(v.window), v]))('holds every row a strip’s pixels on the grid read (%s)', (_, v) => {
    const [rows, cols] = [40, 10];
    const target = targetOf(v);
    const c = coverage(rows, cols, target);
    for (const strip of [
      { top: 0, bottom: v.height },
      { top: 0, bottom: 7 },
      { top: 20, bottom: 33 },
      { top: v.height - 5, bottom: v.height },
    ]) {
      // Off-grid pixels are drawn transparent: what they read does not matter.
      const band = { top: Math.max(strip.top, c.top), bottom: Math.min(strip.bottom, c.bottom) };
      const [first, last] = inputRows(v, strip, rows, kernelDiameter(v.kernel!));
      expect(last).toBeGreaterThanOrEqual(first);
      if (band.bottom <= band.top) continue;
      const [needFirst, needEnd] = bandInputRows(v.kernel, rows, cols, target, band);
      expect(first, `${strip.top}…${strip.bottom}`).toBeLessThanOrEqual(needFirst);
      expect(last, `${strip.top}…${strip.bottom}`).toBeGreaterThanOrEqual(needEnd);
    }
  });
});
