import { gridSpan, type Grid } from './grid';
import { lutIndex } from './colormaps';
import { boundaryIndex, symlogTransform } from './normalize';
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
 * Per kind (pick the formula by `kind`):
 * - 'zero':     x = 0 for every valid pixel (vmin == vmax).
 * - 'linear':   t' = clip ? clamp(t, tVmin, tVmax) : t;  x = t' · scale + offset.
 *               (Normalize and CenteredNorm; x = (v - vmin) / (vmax - vmin) rewritten on t.)
 * - 'power':    t' as for 'linear';  x = max(t' · scale + offset, 0) ^ gamma.
 *               (Values below vmin give 0, not under: PowerNorm clamps before the power.)
 * - 'twoSlope': x = t < tCenter ? t · lowScale + lowOffset : t · highScale + highOffset.
 *               Outside [vmin, vmax] this extrapolates below 0 / above 1, i.e. under / over,
 *               as matplotlib's ±inf does.
 * - 'log':      v = dataOffset + dataScale · t;  if clip: v = clamp(v, vmin, vmax)
 *               else t ≤ tZero (v ≤ 0) → bad;  x = (ln v - logVmin) / logRange.
 *               (tZero, not v ≤ 0: v rebuilt from a float32 t is not exactly 0 where the data is.)
 * - 'symlog':   v as for 'log' (with clip);  T(v) = |v| ≤ linthresh ? v · linscaleAdj
 *               : sign(v) · linthresh · (linscaleAdj + ln(|v| / linthresh) / logBase);
 *               x = (T(v) - tVmin) / tRange.
 * - 'boundary': r = number of tBoundaries[i] ≤ t (0 … B);  index = regionIndex[r];
 *               index < 0 → under, index ≥ N → over, else LUT entry `index` (no · N).
 *               tBoundaries (like tZero) are float32, computed as the grid texture's values are,
 *               so a value exactly on a boundary compares equal on the GPU.
 */
export type NormShader = { readonly dataOffset: number; readonly dataScale: number } & (
  | { readonly kind: 'zero' }
  | {
      readonly kind: 'linear' | 'power';
      readonly scale: number;
      readonly offset: number;
      /** Clamp t to [tVmin, tVmax] first (clip: true). */
      readonly clip: boolean;
      readonly tVmin: number;
      readonly tVmax: number;
      /** 'power' only (1 for 'linear'). */
      readonly gamma: number;
    }
  | {
      readonly kind: 'twoSlope';
      readonly tCenter: number;
      readonly lowScale: number;
      readonly lowOffset: number;
      readonly highScale: number;
      readonly highOffset: number;
    }
  | {
      readonly kind: 'log';
      readonly vmin: number;
      readonly vmax: number;
      readonly clip: boolean;
      /** The texture value of data value 0, rounded to float32 as the texture's values are. */
      readonly tZero: number;
      readonly logVmin: number;
      readonly logRange: number;
    }
  | {
      readonly kind: 'symlog';
      readonly vmin: number;
      readonly vmax: number;
      readonly clip: boolean;
      readonly linthresh: number;
      readonly linscaleAdj: number;
      readonly logBase: number;
      readonly tVmin: number;
      readonly tRange: number;
    }
  | { readonly kind: 'boundary'; readonly tBoundaries: Float32Array; readonly regionIndex: Int32Array }
);

/** The shader parameters of a resolved norm for the grid it was resolved on (see {@link NormShader}). */
export function normShader(norm: ResolvedNorm, grid: Grid): NormShader {
  // The same offset and span toGrid normalises with, so thresholds land on the texture's values.
  const dataOffset = Number.isNaN(grid.min) ? 0 : grid.min;
  const dataScale = gridSpan(grid);
  const toT = (v: number) => (v - dataOffset) / dataScale;
  const data = { dataOffset, dataScale };
  if (norm.type !== 'boundary' && norm.type !== 'twoSlope' && norm.vmin === norm.vmax) return { ...data, kind: 'zero' };
  switch (norm.type) {
    case 'linear':
    case 'centered':
    case 'power': {
      const range = norm.vmax - norm.vmin;
      return {
        ...data,
        kind: norm.type === 'power' ? 'power' : 'linear',
        scale: dataScale / range,
        offset: (dataOffset - norm.vmin) / range,
        clip: norm.clip,
        tVmin: toT(norm.vmin),
        tVmax: toT(norm.vmax),
        gamma: norm.type === 'power' ? norm.gamma : 1,
      };
    }
    case 'twoSlope': {
      const { vmin, vcenter, vmax } = norm;
      // A side of zero width (vcenter at vmin or vmax) has no inside: everything there is under / over.
      const low = vcenter > vmin ? { lowScale: (0.5 * dataScale) / (vcenter - vmin), lowOffset: (0.5 * (dataOffset - vmin)) / (vcenter - vmin) } : { lowScale: 0, lowOffset: -1 };
      const high = vmax > vcenter
        ? { highScale: (0.5 * dataScale) / (vmax - vcenter), highOffset: 0.5 + (0.5 * (dataOffset - vcenter)) / (vmax - vcenter) }
        : { highScale: 0, highOffset: 2 };
      return { ...data, kind: 'twoSlope', tCenter: toT(vcenter), ...low, ...high };
    }
    case 'log': {
      const logVmin = Math.log(norm.vmin);
      return { ...data, kind: 'log', vmin: norm.vmin, vmax: norm.vmax, clip: norm.clip, tZero: Math.fround(toT(0)), logVmin, logRange: Math.log(norm.vmax) - logVmin };
    }
    case 'symlog': {
      const transform = symlogTransform(norm.linthresh, norm.linscale, norm.base);
      const tVmin = transform(norm.vmin);
      return {
        ...data,
        kind: 'symlog',
        vmin: norm.vmin,
        vmax: norm.vmax,
        clip: norm.clip,
        linthresh: norm.linthresh,
        linscaleAdj: norm.linscale / (1.0 - norm.base ** -1),
        logBase: Math.log(norm.base),
        tVmin,
        tRange: transform(norm.vmax) - tVmin,
      };
    }
    case 'boundary': {
      const { boundaries } = norm;
      // Region r holds the values with exactly r boundaries ≤ v: below the first, each bin, at or above the last.
      const regionIndex = Int32Array.from({ length: boundaries.length + 1 }, (_, r) =>
        boundaryIndex(norm, r === 0 ? -Infinity : boundaries[r - 1]!),
      );
      return { ...data, kind: 'boundary', tBoundaries: Float32Array.from(boundaries, toT), regionIndex };
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
  const x = shaderValue(s, t);
  if (s.kind !== 'boundary' || Number.isNaN(x)) return lutIndex(x, n);
  return x < 0 ? -1 : Math.min(x, n);
}

/** x for the float kinds (NaN = bad), the LUT index for 'boundary'. */
function shaderValue(s: NormShader, t: number): number {
  const clamp = (a: number, lo: number, hi: number) => Math.min(Math.max(a, lo), hi);
  const v = s.dataOffset + s.dataScale * t;
  switch (s.kind) {
    case 'zero':
      return 0;
    case 'linear':
    case 'power': {
      // Clipped values land exactly on 0 or 1 (rounding must not make them under / over).
      const x = s.clip ? clamp(clamp(t, s.tVmin, s.tVmax) * s.scale + s.offset, 0, 1) : t * s.scale + s.offset;
      return s.kind === 'power' ? Math.max(x, 0) ** s.gamma : x;
    }
    case 'twoSlope':
      return t < s.tCenter ? t * s.lowScale + s.lowOffset : t * s.highScale + s.highOffset;
    case 'log':
      if (!s.clip && t <= s.tZero) return NaN;
      return (Math.log(s.clip ? clamp(v, s.vmin, s.vmax) : v) - s.logVmin) / s.logRange;
    case 'symlog': {
      const value = s.clip ? clamp(v, s.vmin, s.vmax) : v;
      const abs = Math.abs(value);
      const tv = abs <= s.linthresh ? value * s.linscaleAdj : Math.sign(value) * s.linthresh * (s.linscaleAdj + Math.log(abs / s.linthresh) / s.logBase);
      return (tv - s.tVmin) / s.tRange;
    }
    case 'boundary': {
      let r = 0;
      for (const b of s.tBoundaries) if (b <= t) r++;
      return s.regionIndex[r]!;
    }
  }
}
