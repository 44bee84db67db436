import { LUT_SIZE } from './colormaps';
import { invalidProp } from '../errors';
import { resolveExtend, type Extend } from '../contours/extend';
import { describe, type Grid } from '../grid/grid';
import { boundary, centered, linearRange, logRange, twoSlope } from './normRanges';
import { normFromString, type NormString } from './normStrings';

/**
 * A colour normalisation, serialisable, named and parameterised as matplotlib's
 * `matplotlib.colors` classes (3.6.3); every field is that class's keyword argument.
 * Unset vmin / vmax (and CenteredNorm's halfrange) are autoscaled from the data as imshow does.
 * Or one of matplotlib's norm strings ({@link NormString}), as `imshow(Z, norm='log')`.
 */
export type NormSpec = NormObject | NormString;

/** The object forms of {@link NormSpec}. */
export type NormObject =
  /** `Normalize(vmin, vmax, clip)`: x = (v - vmin) / (vmax - vmin). */
  | { readonly type: 'linear'; readonly vmin?: number | undefined; readonly vmax?: number | undefined; readonly clip?: boolean | undefined }
  /** `LogNorm(vmin, vmax, clip)`: log10 scale; values ≤ 0 are masked ("bad"). */
  | { readonly type: 'log'; readonly vmin?: number | undefined; readonly vmax?: number | undefined; readonly clip?: boolean | undefined }
  /** `SymLogNorm(linthresh, linscale=1, vmin, vmax, clip, base=10)`: linear within ±linthresh, logarithmic outside. */
  | {
      readonly type: 'symlog';
      readonly linthresh: number;
      readonly linscale?: number | undefined;
      readonly base?: number | undefined;
      readonly vmin?: number | undefined;
      readonly vmax?: number | undefined;
      readonly clip?: boolean | undefined;
    }
  /** `PowerNorm(gamma, vmin, vmax, clip)`: ((v - vmin) / (vmax - vmin)) ** gamma, with v below vmin mapped to 0. */
  | {
      readonly type: 'power';
      readonly gamma: number;
      readonly vmin?: number | undefined;
      readonly vmax?: number | undefined;
      readonly clip?: boolean | undefined;
    }
  /** `TwoSlopeNorm(vcenter, vmin, vmax)`: vmin → 0, vcenter → 0.5, vmax → 1, linear in between. */
  | { readonly type: 'twoSlope'; readonly vcenter: number; readonly vmin?: number | undefined; readonly vmax?: number | undefined }
  /** `CenteredNorm(vcenter=0, halfrange, clip)`: linear over vcenter ± halfrange. */
  | {
      readonly type: 'centered';
      readonly vcenter?: number | undefined;
      readonly halfrange?: number | undefined;
      readonly clip?: boolean | undefined;
    }
  /** `BoundaryNorm(boundaries, ncolors, clip, extend)`: a colour index per bin between boundaries. */
  | {
      readonly type: 'boundary';
      readonly boundaries: readonly number[];
      /** Default: the colormap's number of entries (matplotlib code usually passes `cmap.N`). */
      readonly ncolors?: number | undefined;
      readonly clip?: boolean | undefined;
      readonly extend?: Extend | undefined;
    };

export type NormType = NormObject['type'];

/** A norm with every parameter settled: vmin and vmax autoscaled, defaults applied, validated. */
export type ResolvedNorm =
  | { readonly type: 'linear' | 'log'; readonly vmin: number; readonly vmax: number; readonly clip: boolean }
  | {
      readonly type: 'symlog';
      readonly vmin: number;
      readonly vmax: number;
      readonly clip: boolean;
      readonly linthresh: number;
      readonly linscale: number;
      readonly base: number;
    }
  | { readonly type: 'power'; readonly vmin: number; readonly vmax: number; readonly clip: boolean; readonly gamma: number }
  | { readonly type: 'twoSlope'; readonly vmin: number; readonly vcenter: number; readonly vmax: number }
  | {
      readonly type: 'centered';
      readonly vmin: number;
      readonly vmax: number;
      readonly clip: boolean;
      readonly vcenter: number;
      readonly halfrange: number;
    }
  | {
      readonly type: 'boundary';
      readonly vmin: number;
      readonly vmax: number;
      readonly boundaries: readonly number[];
      readonly ncolors: number;
      readonly clip: boolean;
      readonly extend: Extend;
      /** Colour bins including the extensions (matplotlib's `_n_regions`). */
      readonly regions: number;
      /** 1 when the bin below the first boundary has its own colour (extend 'min' / 'both'), else 0. */
      readonly offset: number;
    };

/** The options each norm accepts besides `type`, so a misspelt one is reported instead of ignored. */
const OPTIONS: Readonly<Record<NormType, readonly string[]>> = Object.freeze({
  linear: Object.freeze(['vmin', 'vmax', 'clip']),
  log: Object.freeze(['vmin', 'vmax', 'clip']),
  symlog: Object.freeze(['linthresh', 'linscale', 'base', 'vmin', 'vmax', 'clip']),
  power: Object.freeze(['gamma', 'vmin', 'vmax', 'clip']),
  twoSlope: Object.freeze(['vcenter', 'vmin', 'vmax']),
  centered: Object.freeze(['vcenter', 'halfrange', 'clip']),
  boundary: Object.freeze(['boundaries', 'ncolors', 'clip', 'extend']),
});

/**
 * Validates a norm spec (errors name `prop` or the offending option, e.g. 'norm.vcenter') and
 * settles it for `grid`: unset vmin / vmax come from the finite data, as imshow's
 * `norm.autoscale_None(A)` sets them (NaN and ±Infinity are masked and ignored; LogNorm ignores
 * values ≤ 0 too). `undefined` is matplotlib's default, a linear norm over the data range.
 * A norm string ('linear', 'log', 'symlog') stands for its object form, {@link normFromString}.
 * `colormapSize` is BoundaryNorm's default `ncolors`.
 */
export function resolveNorm(spec: NormSpec | undefined, grid: Grid, colormapSize = LUT_SIZE, prop = 'norm'): ResolvedNorm {
  if (spec === undefined) return { type: 'linear', ...linearRange(undefined, undefined, grid.min, grid.max, prop), clip: false };
  if (typeof spec === 'string') return resolveNorm(normFromString(spec, prop), grid, colormapSize, prop);
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    throw invalidProp(
      prop,
      `expected a norm string ('linear', 'log', 'symlog') or a norm object like { type: 'log' }, got ${describe(spec)}`,
    );
  }
  const type = (spec as { type: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(OPTIONS, type)) {
    throw invalidProp(
      `${prop}.type`,
      `expected one of ${Object.keys(OPTIONS)
        .map((t) => `'${t}'`)
        .join(', ')}, got ${describe(type)}`,
    );
  }
  const known = OPTIONS[type as NormType];
  for (const key of Object.keys(spec)) {
    if (key !== 'type' && !known.includes(key)) {
      throw invalidProp(`${prop}.${key}`, `is not an option of the '${type}' norm (options: ${known.join(', ')})`);
    }
  }
  const s = spec as Record<string, unknown>;
  const num = (key: string) => optionalNumber(s[key], `${prop}.${key}`);
  const clip = optionalBoolean(s.clip, `${prop}.clip`);
  switch (spec.type) {
    case 'linear':
      return { type: 'linear', ...linearRange(num('vmin'), num('vmax'), grid.min, grid.max, prop), clip };
    case 'log':
      return { type: 'log', ...logRange(num('vmin'), num('vmax'), grid, prop), clip };
    case 'symlog': {
      const linthresh = positive(requiredNumber(s.linthresh, `${prop}.linthresh`), `${prop}.linthresh`);
      const linscale = positive(num('linscale') ?? 1, `${prop}.linscale`);
      const base = num('base') ?? 10;
      if (!(base > 1)) throw invalidProp(`${prop}.base`, `must be greater than 1, got ${base}`);
      return { type: 'symlog', ...linearRange(num('vmin'), num('vmax'), grid.min, grid.max, prop), clip, linthresh, linscale, base };
    }
    case 'power': {
      const gamma = positive(requiredNumber(s.gamma, `${prop}.gamma`), `${prop}.gamma`);
      return { type: 'power', ...linearRange(num('vmin'), num('vmax'), grid.min, grid.max, prop), clip, gamma };
    }
    case 'twoSlope':
      return twoSlope(requiredNumber(s.vcenter, `${prop}.vcenter`), num('vmin'), num('vmax'), grid, prop);
    case 'centered':
      return centered(num('vcenter') ?? 0, num('halfrange'), clip, grid, prop);
    case 'boundary':
      return boundary(s.boundaries, s.ncolors ?? colormapSize, clip, resolveExtend(s.extend, `${prop}.extend`), prop);
  }
}

function optionalNumber(v: unknown, prop: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidProp(prop, `must be a finite number, got ${describe(v)}`);
  return v;
}

function requiredNumber(v: unknown, prop: string): number {
  const n = optionalNumber(v, prop);
  if (n === undefined) throw invalidProp(prop, 'is required');
  return n;
}

function positive(v: number, prop: string): number {
  if (!(v > 0)) throw invalidProp(prop, `must be positive, got ${v}`);
  return v;
}

function optionalBoolean(v: unknown, prop: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean') throw invalidProp(prop, `must be true or false, got ${describe(v)}`);
  return v;
}
