import type { ContourHeatmapProps } from '../src';
import { peaksField, randomField, rippleField, wavesField } from './fields';

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Random but valid chart props of a fixed CSS size: varied data, colormap, interpolation, origin and levels. */
export function randomProps(random: () => number, width = 120, height = 80): ContourHeatmapProps {
  const rows = 6 + Math.floor(random() * 30);
  const cols = 6 + Math.floor(random() * 30);
  const field = pick(random, ['waves', 'peaks', 'ripple', 'random'] as const);
  const z =
    field === 'waves'
      ? wavesField(rows, cols)
      : field === 'peaks'
        ? peaksField(rows, cols)
        : field === 'ripple'
          ? rippleField(rows, cols)
          : randomField(rows, cols, Math.floor(random() * 1e9));
  return {
    z,
    cmap: pick(random, ['jet', 'viridis'] as const),
    interpolation: pick(random, ['nearest', 'bilinear', 'bicubic', 'spline36'] as const),
    origin: pick(random, ['upper', 'lower'] as const),
    contours: { levels: 2 + Math.floor(random() * 10), colors: pick(random, ['k', 'w', 'r']) },
    width,
    height,
    pixelRatio: 1,
    // Small pictures would go to the CPU renderer under 'auto'; these exist to exercise WebGL
    // contexts under the page's budget.
    renderer: 'gpu',
  };
}
