import { LUT_SIZE } from './colormaps';
import { invalidProp } from '../errors';
import { extendsAbove, extendsBelow, resolveExtend, type Extend } from '../contours/extend';
import { describe, exactValues, type Grid } from '../grid/grid';

/**
 * A colour normalisation, serialisable, named and parameterised as matplotlib's
 * `matplotlib.colors` classes (3.6.3); every field is that class's keyword argument.
 * Unset vmin / vmax (and CenteredNorm's halfrange) are autoscaled from the data as imshow does.
 * Or one of matplotlib's norm strings ({@link NormString}), as `imshow(Z, norm='log')`.
 */
export type NormSpec = NormObject | NormString;

/**
 * The norm strings matplotlib ≥ 3.6 accepts that this library draws: the scale of that name with
 * `matplotlib.scale`'s defaults (`make_norm_from_scale`), autoscaled like the class forms.
 * - 'linear': Normalize() (matplotlib's LinearScaleNorm: the same formula and autoscaling).
 * - 'log': LogNorm() (matplotlib builds the very same class, LogScale with nonpositive='mask').
 * - 'symlog': SymLogNorm(linthresh=2, linscale=1, base=10): SymmetricalLogScale's defaults.
 * matplotlib 3.6.3 also accepts 'asinh' and 'logit' (and lists 'function' / 'functionlog', which
 * raise there without functions); they are rejected here: the GPU shader has no such transform.
 */
export type NormString = 'linear' | 'log' | 'symlog';

/** The norm strings {@link resolveNorm} accepts, in matplotlib's order. */
export const NORM_STRINGS: readonly NormString[] = Object.freeze(['linear', 'log', 'symlog']);

/** matplotlib 3.6.3's other norm-string names (`scale._scale_mapping`), rejected with a reason. */
const UNSUPPORTED_NORM_STRINGS: Readonly<Record<string, string>> = Object.freeze({
  asinh: "matplotlib's AsinhScale norm needs an asinh transform the GPU shader does not have",
  logit: "matplotlib's LogitScale norm needs a logit transform the GPU shader does not have",
  function: 'matplotlib itself raises for it (FuncScale needs its functions)',
  functionlog: 'matplotlib itself raises for it (FuncScaleLog needs its functions)',
});

/**
 * The object form of a norm string: what `matplotlib.cm.ScalarMappable.norm = '<name>'` builds
 * (`_auto_norm_from_scale(scale._scale_mapping[name])()`), with vmin / vmax left to autoscaling.
 * Errors name `prop` and list the supported strings.
 */
export function normFromString(name: unknown, prop = 'norm'): NormObject {
  switch (name) {
    case 'linear':
      return { type: 'linear' };
    case 'log':
      return { type: 'log' };
    case 'symlog':
      // SymmetricalLogScale(axis, *, base=10, linthresh=2, subs=None, linscale=1)
      return { type: 'symlog', linthresh: 2, linscale: 1, base: 10 };
  }
  const supported = `supported norm strings: ${NORM_STRINGS.map((n) => `'${n}'`).join(', ')}, or a norm object like { type: 'power', gamma: 0.5 }`;
  const why = typeof name === 'string' && Object.hasOwn(UNSUPPORTED_NORM_STRINGS, name) ? UNSUPPORTED_NORM_STRINGS[name] : undefined;
  if (why !== undefined) throw invalidProp(prop, `the norm string '${name}' is not supported: ${why}; ${supported}`);
  const given = typeof name === 'string' ? JSON.stringify(name.length > 20 ? `${name.slice(0, 20)}…` : name) : describe(name);
  throw invalidProp(prop, `unknown norm string ${given}; ${supported}`);
}

/** The object forms of {@link NormSpec}. */
export type NormObject =
  /** `Normalize(vmin, vmax, clip)`: x = (v - vmin) / (vmax - vmin). */
  | { readonly type: 'linear'; readonly vmin?: number; readonly vmax?: number; readonly clip?: boolean }
  /** `LogNorm(vmin, vmax, clip)`: log10 scale; values ≤ 0 are masked ("bad"). */
  | { readonly type: 'log'; readonly vmin?: number; readonly vmax?: number; readonly clip?: boolean }
  /** `SymLogNorm(linthresh, linscale=1, vmin, vmax, clip, base=10)`: linear within ±linthresh, logarithmic outside. */
  | {
      readonly type: 'symlog';
      readonly linthresh: number;
      readonly linscale?: number;
      readonly base?: number;
      readonly vmin?: number;
      readonly vmax?: number;
      readonly clip?: boolean;
    }
  /** `PowerNorm(gamma, vmin, vmax, clip)`: ((v - vmin) / (vmax - vmin)) ** gamma, with v below vmin mapped to 0. */
  | { readonly type: 'power'; readonly gamma: number; readonly vmin?: number; readonly vmax?: number; readonly clip?: boolean }
  /** `TwoSlopeNorm(vcenter, vmin, vmax)`: vmin → 0, vcenter → 0.5, vmax → 1, linear in between. */
  | { readonly type: 'twoSlope'; readonly vcenter: number; readonly vmin?: number; readonly vmax?: number }
  /** `CenteredNorm(vcenter=0, halfrange, clip)`: linear over vcenter ± halfrange. */
  | { readonly type: 'centered'; readonly vcenter?: number; readonly halfrange?: number; readonly clip?: boolean }
  /** `BoundaryNorm(boundaries, ncolors, clip, extend)`: a colour index per bin between boundaries. */
  | {
      readonly type: 'boundary';
      readonly boundaries: readonly number[];
      /** Default: the colormap's number of entries (matplotlib code usually passes `cmap.N`). */
      readonly ncolors?: number;
      readonly clip?: boolean;
      readonly extend?: Extend;
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

/** vmin / vmax as given, else the data's finite min / max; vmin > vmax is an error. */
function linearRange(vmin: number | undefined, vmax: number | undefined, dataMin: number, dataMax: number, prop: string) {
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
function logRange(vmin: number | undefined, vmax: number | undefined, grid: Grid, prop: string) {
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
function twoSlope(vcenter: number, vmin: number | undefined, vmax: number | undefined, grid: Grid, prop: string): ResolvedNorm {
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
function centered(vcenter: number, halfrange: number | undefined, clip: boolean, grid: Grid, prop: string): ResolvedNorm {
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

function boundary(boundaries: unknown, ncolors: unknown, clip: boolean, extend: Extend, prop: string): ResolvedNorm {
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
