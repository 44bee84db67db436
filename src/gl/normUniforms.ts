import type { NormShader } from '../core/color/normShader';

/** A norm's parameters packed into the shader's uniforms (see the `colorize` GLSL in shaders.ts). */
export interface NormUniforms {
  readonly normKind: number;
  readonly normA: readonly number[];
  readonly normB: readonly number[];
  readonly normC: readonly number[];
  /** The float kinds' limits: [tVmin, tVmax, clip, 0] (the texture values of vmin and vmax). */
  readonly normLimits: readonly number[];
  /** Boundary norm: count + 1 texels of (t-boundary, region LUT index); otherwise null. */
  readonly boundaries: Float32Array | null;
  readonly normCount: number;
}

export function normUniforms(norm: NormShader): NormUniforms {
  const zero = [0, 0, 0, 0];
  const none = { normA: zero, normB: zero, normC: zero, normLimits: zero, boundaries: null, normCount: 0 };
  if (norm.kind === 'zero') return { ...none, normKind: 0 };
  if (norm.kind === 'boundary') {
    const count = norm.tBoundaries.length;
    const boundaries = new Float32Array((count + 1) * 2);
    for (let i = 0; i <= count; i++) {
      boundaries[2 * i] = i < count ? norm.tBoundaries[i]! : 0;
      boundaries[2 * i + 1] = norm.regionIndex[i]!;
    }
    return { ...none, normKind: 6, boundaries, normCount: count };
  }
  const limits = { ...none, normLimits: [norm.tVmin, norm.tVmax, norm.clip ? 1 : 0, 0] };
  switch (norm.kind) {
    case 'linear':
    case 'power':
      return { ...limits, normKind: norm.kind === 'linear' ? 1 : 2, normA: [norm.scale, norm.offset, norm.gamma, 0] };
    case 'twoSlope':
      return { ...limits, normKind: 3, normA: [norm.tCenter, norm.lowScale, norm.lowOffset, norm.highScale], normB: [norm.highOffset, 0, 0, 0] };
    case 'log':
      return {
        ...limits,
        normKind: 4,
        normA: [norm.vmin, norm.vmax, norm.tZero, norm.logVmin],
        normB: [norm.logRange, 0, 0, 0],
        normC: [norm.dataOffset, norm.dataScale, 0, 0],
      };
    case 'symlog':
      return {
        ...limits,
        normKind: 5,
        normA: [norm.vmin, norm.vmax, norm.linthresh, norm.linscaleAdj],
        normB: [norm.logBase, norm.transformedVmin, norm.transformedRange, 0],
        normC: [norm.dataOffset, norm.dataScale, 0, 0],
      };
  }
}
