import { invalidProp } from './errors';
import { gridSpan, type Grid } from './grid';

/**
 * matplotlib's linear Normalize expressed on the library's normalised grid values t:
 * x = (value - vmin) / (vmax - vmin) = t * scale + offset. Working in float64 here keeps the
 * GPU's float32 arithmetic on small, well-conditioned numbers. vmin and vmax default to the
 * finite data range; vmin == vmax maps everything to 0, as matplotlib does.
 */
export interface LinearNorm {
  readonly vmin: number;
  readonly vmax: number;
  readonly scale: number;
  readonly offset: number;
}

export function linearNorm(grid: Grid, vmin?: number, vmax?: number): LinearNorm {
  for (const [prop, v] of [['vmin', vmin], ['vmax', vmax]] as const) {
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) {
      throw invalidProp(prop, `must be a finite number, got ${String(v)}`);
    }
  }
  const lo = vmin ?? grid.min;
  const hi = vmax ?? grid.max;
  if (lo > hi) throw invalidProp(vmin !== undefined ? 'vmin' : 'vmax', `vmin (${lo}) is greater than vmax (${hi})`);
  if (!(hi > lo)) return { vmin: lo, vmax: hi, scale: 0, offset: 0 };
  const range = hi - lo;
  return { vmin: lo, vmax: hi, scale: gridSpan(grid) / range, offset: (grid.min - lo) / range };
}
