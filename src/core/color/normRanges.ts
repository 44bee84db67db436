import { invalidProp } from '../errors';
import { extendsAbove, extendsBelow, type Extend } from '../contours/extend';
import { describe, exactValues, type Grid } from '../grid/grid';
import type { ResolvedNorm } from './norms';

// How each norm settles its limits against the data (autoscaling, matplotlib's own checks), kept
// apart from resolveNorm, which only reads and validates the spec's options.

/** vmin / vmax as given, else the data's finite min / max; vmin > vmax is an error. */
export function linearRange(vmin: number | undefined, vmax: number | undefined, dataMin: number, dataMax: number, prop: string) {
  const lo = vmin ?? dataMin;
  const hi = vmax ?? dataMax;
  if (lo > hi) {
    throw invalidProp(`${prop}.${vmin !== undefined ? 'vmin' : 'vmax'}`, `vmin (${lo}) is greater than vmax (${hi})`);
  }
  return { vmin: lo, vmax: hi };
}

/**
 * LogNorm: given limits must be positive (matplotlib raises "Invalid vmin or vmax"); autoscaling
 * uses only the values whose log is finite, i.e. positive ones. With none, imshow raises
 * ("vmin must be less or equal to vmax"), so this is an error here too.
 */
export function logRange(vmin: number | undefined, vmax: number | undefined, grid: Grid, prop: string) {
  for (const [key, v] of [
    ['vmin', vmin],
    ['vmax', vmax],
  ] as const) {
    if (v !== undefined && !(v > 0)) throw invalidProp(`${prop}.${key}`, `must be positive for a log norm, got ${v}`);
  }
  if (vmin !== undefined && vmax !== undefined) return linearRange(vmin, vmax, vmin, vmax, prop);
  const { min, max } = positiveRange(exactValues(grid));
  if (Number.isNaN(min) && !Number.isNaN(grid.min)) {
    throw invalidProp(
      prop,
      `a log norm needs data with at least one positive value to set ${vmin === undefined ? 'vmin' : 'vmax'}, or explicit vmin and vmax`,
    );
  }
  return linearRange(vmin, vmax, min, max, prop);
}

function positiveRange(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > 0 && v < Infinity) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min > max ? { min: NaN, max: NaN } : { min, max };
}

/**
 * TwoSlopeNorm: given limits must bracket vcenter strictly (its constructor's check); autoscaled
 * ones are then moved to vcenter when the data lie entirely on one side (`autoscale_None`).
 */
export function twoSlope(vcenter: number, vmin: number | undefined, vmax: number | undefined, grid: Grid, prop: string): ResolvedNorm {
  if (vmin !== undefined && !(vmin < vcenter)) throw invalidProp(`${prop}.vmin`, `vmin (${vmin}) must be less than vcenter (${vcenter})`);
  if (vmax !== undefined && !(vmax > vcenter))
    throw invalidProp(`${prop}.vmax`, `vmax (${vmax}) must be greater than vcenter (${vcenter})`);
  let lo = vmin ?? grid.min;
  let hi = vmax ?? grid.max;
  if (lo > vcenter) lo = vcenter;
  if (hi < vcenter) hi = vcenter;
  return { type: 'twoSlope', vmin: lo, vcenter, vmax: hi };
}

/**
 * CenteredNorm: halfrange is |halfrange| if given, else the largest distance of the data from
 * vcenter. vcenter ± halfrange must be finite doubles: where they overflow (matplotlib would get
 * ±inf and draw nothing) the error says which option to change.
 */
export function centered(vcenter: number, halfrange: number | undefined, clip: boolean, grid: Grid, prop: string): ResolvedNorm {
  const half = halfrange === undefined ? Math.max(vcenter - grid.min, grid.max - vcenter) : Math.abs(halfrange);
  // _set_vmin_vmax computes vmax first; the order does not change the values.
  const vmin = vcenter - half;
  const vmax = vcenter + half;
  if (vmin - vmin !== 0 || vmax - vmax !== 0) {
    throw invalidProp(
      `${prop}.${halfrange === undefined ? 'vcenter' : 'halfrange'}`,
      `vcenter ± halfrange (${vcenter} ± ${half}) exceeds the largest double (±1.8e308); ` +
        (halfrange === undefined
          ? 'choose a vcenter nearer the data or give a smaller halfrange'
          : 'give a smaller halfrange or a vcenter nearer 0'),
    );
  }
  return { type: 'centered', vmin, vmax, clip, vcenter, halfrange: half };
}

export function boundary(boundaries: unknown, ncolors: unknown, clip: boolean, extend: Extend, prop: string): ResolvedNorm {
  if (!Array.isArray(boundaries) || boundaries.length < 2) {
    throw invalidProp(`${prop}.boundaries`, `expected at least 2 boundaries (1 bin), got ${describe(boundaries)}`);
  }
  boundaries.forEach((b, i) => {
    if (typeof b !== 'number' || !Number.isFinite(b))
      throw invalidProp(`${prop}.boundaries`, `boundary ${i} is ${describe(b)}, not a finite number`);
    if (i > 0 && !(b > boundaries[i - 1])) {
      throw invalidProp(
        `${prop}.boundaries`,
        `must increase strictly, but boundary ${i} (${b}) ≤ boundary ${i - 1} (${boundaries[i - 1]})`,
      );
    }
  });
  if (typeof ncolors !== 'number' || !Number.isInteger(ncolors) || ncolors < 1) {
    throw invalidProp(`${prop}.ncolors`, `must be a positive integer, got ${describe(ncolors)}`);
  }
  if (clip && extend !== 'neither') throw invalidProp(`${prop}.clip`, `clip: true cannot be combined with extend '${extend}'`);
  const offset = extendsBelow(extend) ? 1 : 0;
  const regions = boundaries.length - 1 + offset + (extendsAbove(extend) ? 1 : 0);
  if (regions > ncolors) {
    throw invalidProp(
      `${prop}.ncolors`,
      `there are ${regions} colour bins including extensions but ncolors is ${ncolors}; ncolors must be at least the number of bins`,
    );
  }
  const b = Object.freeze([...(boundaries as number[])]);
  return { type: 'boundary', vmin: b[0]!, vmax: b[b.length - 1]!, boundaries: b, ncolors, clip, extend, regions, offset };
}
