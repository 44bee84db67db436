import { gridSpan, normalizeValue, spanRatio, type Grid } from '../grid/grid';
import { lutIndex } from './colormaps';
import { boundaryIndex, symlogTransform } from './normValue';
import type { ResolvedNorm } from './norms';

/**
 * What a fragment shader needs to apply a resolved norm per pixel, after interpolation: matplotlib
 * 3.6.3's imshow resamples the *data* and applies the norm to the resampled values, so the shader
 * evaluates these formulas on the interpolated value, never on interpolated colours.
 *
 * The grid texture holds t = (v - dataOffset) / dataScale (the library's normalised grid, float32);
 * formulas on the data value v rebuild it as v = dataOffset + dataScale · t. A result x then picks
 * the colour as matplotlib's `Colormap.__call__` does for an N-entry LUT: NaN → bad, x < 0 →
 * under, x == 1 → entry N - 1, x ≥ 1 → over, else entry floor(x · N). The 'boundary' kind yields
 * a LUT index directly instead of x.
 *
 * Every float kind (all but 'zero' and 'boundary') first settles under / in range / over on t,
 * against tVmin and tVmax — vmin and vmax as the texture stores them (float32, computed as the
 * grid texture's values are, like tZero and tBoundaries) — and only then evaluates its formula:
 * - 'log' without clip: t ≤ tZero (v ≤ 0) → bad;
 * - without clip: t < tVmin → under (except 'power': PowerNorm maps values below vmin to 0),
 *   t > tVmax → over;
 * - t' = clamp(t, tVmin, tVmax);  x = clamp(formula(t'), 0, 1)  ('power': then x ^ gamma).
 * So a value equal to vmin or vmax gets LUT entry 0 or N - 1 whatever the rounding: the formulas
 * are only accurate to a few float32 ulps in the shader (v rebuilt from t, log), and an ulp
 * outside [0, 1] would make it under or over. (In the autoscaled symlog fixture the data maximum
 * rebuilt in float32 is fround(vmax) > vmax, giving x ≈ 1 + 2^-23: "over" instead of entry 255.)
 * The formulas, per kind:
 * - 'zero':     x = 0 for every valid pixel (vmin == vmax).
 * - 'linear':   x = t' · scale + offset.
 *               (Normalize and CenteredNorm; x = (v - vmin) / (vmax - vmin) rewritten on t.)
 * - 'power':    x = (t' · scale + offset) ^ gamma.
 * - 'twoSlope': x = t' < tCenter ? t' · lowScale + lowOffset : t' · highScale + highOffset.
 *               (A side of zero width has no inside: lowOffset -1 / highOffset 2, clamped to 0 / 1
 *               at the limit itself, as np.interp gives 0 at vmin and 1 at vmax.)
 * - 'log':      v = clamp(dataOffset + dataScale · t', vmin, vmax);  x = (ln v - logVmin) / logRange.
 *               (tZero, not v ≤ 0: v rebuilt from a float32 t is not exactly 0 where the data is.)
 * - 'symlog':   v as for 'log';  T(v) = |v| ≤ linthresh ? v · linscaleAdj
 *               : sign(v) · linthresh · (linscaleAdj + ln(|v| / linthresh) / logBase);
 *               x = (T(v) - transformedVmin) / transformedRange.
 * - 'boundary': r = number of tBoundaries[i] ≤ t (0 … B);  index = regionIndex[r];
 *               index < 0 → under, index ≥ N → over, else LUT entry `index` (no · N).
 *               tBoundaries (like tZero) are float32, computed as the grid texture's values are,
 *               so a value exactly on a boundary compares equal on the GPU.
 */
export type NormShader = { readonly dataOffset: number; readonly dataScale: number } & (
  | { readonly kind: 'zero' }
  | (Limits & {
      readonly kind: 'linear' | 'power';
      readonly scale: number;
      readonly offset: number;
      /** 'power' only (1 for 'linear'). */
      readonly gamma: number;
    })
  | (Limits & {
      readonly kind: 'twoSlope';
      readonly tCenter: number;
      readonly lowScale: number;
      readonly lowOffset: number;
      readonly highScale: number;
      readonly highOffset: number;
    })
  | (Limits & {
      readonly kind: 'log';
      readonly vmin: number;
      readonly vmax: number;
      /** The texture value of data value 0, rounded to float32 as the texture's values are. */
      readonly tZero: number;
      readonly logVmin: number;
      readonly logRange: number;
    })
  | (Limits & {
      readonly kind: 'symlog';
      readonly vmin: number;
      readonly vmax: number;
      readonly linthresh: number;
      readonly linscaleAdj: number;
      readonly logBase: number;
      /** T(vmin) and T(vmax) - T(vmin). */
      readonly transformedVmin: number;
      readonly transformedRange: number;
    })
  | { readonly kind: 'boundary'; readonly tBoundaries: Float32Array; readonly regionIndex: Int32Array }
);

/**
 * Every kind the shaders evaluate, in one table: its code in the GLSL and its named parameters (the
 * {@link NormShader} fields the formula reads, besides the float kinds' limits). The CPU formulas read
 * the fields by name; the GPU gets them packed in this order, and the GLSL names each slot from this
 * table (gl/colorGlsl.ts), so no parameter has a meaning by position alone. A new norm is a row here,
 * its fields in NormShader, and its formula in {@link shaderLutIndex} and the shader.
 */
export const NORM_KINDS = Object.freeze({
  zero: { code: 0, params: [] },
  linear: { code: 1, params: ['scale', 'offset'] },
  power: { code: 2, params: ['scale', 'offset', 'gamma'] },
  twoSlope: { code: 3, params: ['tCenter', 'lowScale', 'lowOffset', 'highScale', 'highOffset'] },
  log: { code: 4, params: ['vmin', 'vmax', 'tZero', 'logVmin', 'logRange', 'dataOffset', 'dataScale'] },
  symlog: {
    code: 5,
    params: ['vmin', 'vmax', 'linthresh', 'linscaleAdj', 'logBase', 'transformedVmin', 'transformedRange', 'dataOffset', 'dataScale'],
  },
  // Its boundaries and region indices are tables, not scalars: the GPU reads them from a texture.
  boundary: { code: 6, params: [] },
} as const satisfies { readonly [K in NormShader['kind']]: { readonly code: number; readonly params: readonly ParamOf<K>[] } });

/** The scalar fields of a kind's NormShader. */
type ParamOf<K extends NormShader['kind']> = {
  [F in keyof Extract<NormShader, { kind: K }>]: Extract<NormShader, { kind: K }>[F] extends number ? F : never;
}[keyof Extract<NormShader, { kind: K }>];

/** The most parameters any kind has (the GPU's parameter slots). */
export const MAX_NORM_PARAMS = 12;

/** A kind's parameters in its table order, for the GPU. */
export function normParams(norm: NormShader): number[] {
  const fields = norm as unknown as Record<string, number>;
  return NORM_KINDS[norm.kind].params.map((name: string) => fields[name]!);
}

/** Where a float kind's range starts and ends on the texture, and whether it clips (see {@link NormShader}). */
interface Limits {
  /** The texture values of vmin and vmax, rounded to float32 as the texture's values are. */
  readonly tVmin: number;
  readonly tVmax: number;
  /** Clamp t to [tVmin, tVmax] first (clip: true; always false for 'twoSlope'). */
  readonly clip: boolean;
}

/** The shader parameters of a resolved norm for the grid it was resolved on (see {@link NormShader}). */
export function normShader(norm: ResolvedNorm, grid: Grid): NormShader {
  // The same offset and span toGrid normalises with, so thresholds land on the texture's values.
  const dataOffset = Number.isNaN(grid.min) ? 0 : grid.min;
  const dataScale = gridSpan(grid);
  // Overflow-safe (data spanning ±1e308, where dataScale is Infinity); the same bits otherwise.
  const toT = (v: number) => normalizeValue(grid, v);
  const flat = !(grid.max > grid.min);
  /** dataScale / (hi − lo), overflow-safe. */
  const perSpan = (hi: number, lo: number) => (flat ? 1 / (hi - lo) : spanRatio(grid.max, grid.min, hi, lo));
  const data = { dataOffset, dataScale };
  if (norm.type !== 'boundary' && norm.type !== 'twoSlope' && norm.vmin === norm.vmax) return { ...data, kind: 'zero' };
  if (norm.type === 'boundary') {
    const { boundaries } = norm;
    // Region r holds the values with exactly r boundaries ≤ v: below the first, each bin, at or above the last.
    const regionIndex = Int32Array.from({ length: boundaries.length + 1 }, (_, r) =>
      boundaryIndex(norm, r === 0 ? -Infinity : boundaries[r - 1]!),
    );
    return { ...data, kind: 'boundary', tBoundaries: Float32Array.from(boundaries, toT), regionIndex };
  }
  const limits = {
    ...data,
    tVmin: Math.fround(toT(norm.vmin)),
    tVmax: Math.fround(toT(norm.vmax)),
    clip: norm.type !== 'twoSlope' && norm.clip,
  };
  switch (norm.type) {
    case 'linear':
    case 'centered':
    case 'power': {
      return {
        ...limits,
        kind: norm.type === 'power' ? 'power' : 'linear',
        scale: perSpan(norm.vmax, norm.vmin),
        offset: spanRatio(dataOffset, norm.vmin, norm.vmax, norm.vmin),
        gamma: norm.type === 'power' ? norm.gamma : 1,
      };
    }
    case 'twoSlope': {
      const { vmin, vcenter, vmax } = norm;
      // A side of zero width (vcenter at vmin or vmax) has no inside: everything there is under / over.
      const low =
        vcenter > vmin
          ? { lowScale: 0.5 * perSpan(vcenter, vmin), lowOffset: 0.5 * spanRatio(dataOffset, vmin, vcenter, vmin) }
          : { lowScale: 0, lowOffset: -1 };
      const high =
        vmax > vcenter
          ? { highScale: 0.5 * perSpan(vmax, vcenter), highOffset: 0.5 + 0.5 * spanRatio(dataOffset, vcenter, vmax, vcenter) }
          : { highScale: 0, highOffset: 2 };
      // float32 as the texture's values, so a value exactly at vcenter takes the high side on both renderers.
      return { ...limits, kind: 'twoSlope', tCenter: Math.fround(toT(vcenter)), ...low, ...high };
    }
    case 'log': {
      const logVmin = Math.log(norm.vmin);
      return {
        ...limits,
        kind: 'log',
        vmin: norm.vmin,
        vmax: norm.vmax,
        tZero: Math.fround(toT(0)),
        logVmin,
        logRange: Math.log(norm.vmax) - logVmin,
      };
    }
    case 'symlog': {
      const transform = symlogTransform(norm.linthresh, norm.linscale, norm.base);
      const transformedVmin = transform(norm.vmin);
      return {
        ...limits,
        kind: 'symlog',
        vmin: norm.vmin,
        vmax: norm.vmax,
        linthresh: norm.linthresh,
        linscaleAdj: norm.linscale / (1.0 - norm.base ** -1),
        logBase: Math.log(norm.base),
        transformedVmin,
        transformedRange: transform(norm.vmax) - transformedVmin,
      };
    }
  }
}

/**
 * The LUT entry the shaders pick for an interpolated texture value t (-1 under, n over, NaN bad):
 * the formulas above evaluated in JavaScript, so the CPU renderer draws what the GPU draws —
 * thresholds compared on t exactly as the shader compares them.
 */
export function shaderLutIndex(s: NormShader, t: number, n: number): number {
  if (Number.isNaN(t)) return NaN;
  if (s.kind === 'boundary') {
    let r = 0;
    for (const b of s.tBoundaries) if (b <= t) r++;
    const index = s.regionIndex[r]!;
    return index < 0 ? -1 : Math.min(index, n);
  }
  return lutIndex(shaderValue(s, t), n);
}

/**
 * {@link shaderLutIndex} for one norm and LUT size, as a function of t alone. Colouring every
 * pixel costs the CPU renderer mostly this call, so the linear kind (the default norm) gets its
 * own function here: shaderValue's operations for that kind, in the same order, so the index is
 * the same to the bit (the tests compare every kind on the values where it could differ).
 */
export function shaderLutIndexer(s: NormShader, n: number): (t: number) => number {
  if (s.kind !== 'linear') return (t) => shaderLutIndex(s, t, n);
  const { tVmin, tVmax, scale, offset, clip } = s;
  return (t) => {
    if (Number.isNaN(t)) return NaN;
    if (!clip && t < tVmin) return -1;
    if (!clip && t > tVmax) return n;
    const x = Math.min(Math.max(Math.min(Math.max(t, tVmin), tVmax) * scale + offset, 0), 1);
    // lutIndex (colormaps/lut.ts) of x in [0, 1] or NaN.
    const xa = x * n;
    return xa === n ? n - 1 : xa >= n ? n : Math.trunc(xa);
  };
}

/** x for the float kinds (NaN = bad; -1 under and 2 over where the limits decide). */
function shaderValue(s: Exclude<NormShader, { kind: 'boundary' }>, t: number): number {
  const clamp = (a: number, lo: number, hi: number) => Math.min(Math.max(a, lo), hi);
  if (s.kind === 'zero') return 0;
  if (s.kind === 'log' && !s.clip && t <= s.tZero) return NaN;
  if (!s.clip) {
    // PowerNorm maps values below vmin to 0, not under.
    if (t < s.tVmin && s.kind !== 'power') return -1;
    if (t > s.tVmax) return 2;
  }
  const tc = clamp(t, s.tVmin, s.tVmax);
  const v = s.dataOffset + s.dataScale * tc;
  let x: number;
  switch (s.kind) {
    case 'linear':
    case 'power':
      x = tc * s.scale + s.offset;
      break;
    case 'twoSlope':
      x = tc < s.tCenter ? tc * s.lowScale + s.lowOffset : tc * s.highScale + s.highOffset;
      break;
    case 'log':
      x = (Math.log(clamp(v, s.vmin, s.vmax)) - s.logVmin) / s.logRange;
      break;
    case 'symlog': {
      const value = clamp(v, s.vmin, s.vmax);
      const abs = Math.abs(value);
      const tv =
        abs <= s.linthresh
          ? value * s.linscaleAdj
          : Math.sign(value) * s.linthresh * (s.linscaleAdj + Math.log(abs / s.linthresh) / s.logBase);
      x = (tv - s.transformedVmin) / s.transformedRange;
      break;
    }
  }
  x = clamp(x, 0, 1);
  return s.kind === 'power' ? x ** s.gamma : x;
}
