import { MAX_NORM_PARAMS, NORM_KINDS, normParams, type NormShader } from '../core/color/normShader';

/** A norm's parameters as the shader's uniforms (see the `colorize` GLSL in colorGlsl.ts). */
export interface NormUniforms {
  /** The kind's code from NORM_KINDS. */
  readonly normKind: number;
  /** The kind's parameters in NORM_KINDS order, four to a vec4 (named in the GLSL from the same table). */
  readonly normParams0: readonly number[];
  readonly normParams1: readonly number[];
  readonly normParams2: readonly number[];
  /** The float kinds' limits: the texture values of vmin and vmax, and whether to clip. */
  readonly normTVmin: number;
  readonly normTVmax: number;
  readonly normClip: boolean;
  /** Boundary norm: count + 1 texels of (t-boundary, region LUT index); otherwise null. */
  readonly boundaries: Float32Array | null;
  readonly normCount: number;
}

export function normUniforms(norm: NormShader): NormUniforms {
  const params = normParams(norm);
  const slots = Array.from({ length: MAX_NORM_PARAMS }, (_, i) => params[i] ?? 0);
  const limits =
    'tVmin' in norm
      ? { normTVmin: norm.tVmin, normTVmax: norm.tVmax, normClip: norm.clip }
      : { normTVmin: 0, normTVmax: 0, normClip: false };
  let boundaries: Float32Array | null = null;
  let normCount = 0;
  if (norm.kind === 'boundary') {
    normCount = norm.tBoundaries.length;
    boundaries = new Float32Array((normCount + 1) * 2);
    for (let i = 0; i <= normCount; i++) {
      boundaries[2 * i] = i < normCount ? norm.tBoundaries[i]! : 0;
      boundaries[2 * i + 1] = norm.regionIndex[i]!;
    }
  }
  return {
    normKind: NORM_KINDS[norm.kind].code,
    normParams0: slots.slice(0, 4),
    normParams1: slots.slice(4, 8),
    normParams2: slots.slice(8, 12),
    ...limits,
    boundaries,
    normCount,
  };
}
