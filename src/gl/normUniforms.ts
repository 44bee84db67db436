import type { NormShader } from '../core/normShader';

/** A norm's parameters packed into the shader's uniforms (see the `colorize` GLSL in shaders.ts). */
export interface NormUniforms {
  readonly normKind: number;
  readonly normA: readonly number[];
  readonly normB: readonly number[];
  readonly normC: readonly number[];
  /** Boundary norm: count + 1 texels of (t-boundary, region LUT index); otherwise null. */
  readonly boundaries: Float32Array | null;
  readonly normCount: number;
}

export function normUniforms(norm: NormShader): NormUniforms {
  const none = { normA: [0, 0, 0, 0], normB: [0, 0, 0, 0], normC: [0, 0, 0, 0], boundaries: null, normCount: 0 };
  const flag = (b: boolean) => (b ? 1 : 0);
  switch (norm.kind) {
    case 'zero':
      return { ...none, normKind: 0 };
    case 'linear':
    case 'power':
      return {
        ...none,
        normKind: norm.kind === 'linear' ? 1 : 2,
        normA: [norm.scale, norm.offset, norm.tVmin, norm.tVmax],
        normB: [flag(norm.clip), norm.gamma, 0, 0],
      };
    case 'twoSlope':
      return { ...none, normKind: 3, normA: [norm.tCenter, norm.lowScale, norm.lowOffset, norm.highScale], normB: [norm.highOffset, 0, 0, 0] };
    case 'log':
      return {
        ...none,
        normKind: 4,
        normA: [norm.vmin, norm.vmax, norm.tZero, norm.logVmin],
        normB: [norm.logRange, flag(norm.clip), norm.dataOffset, norm.dataScale],
      };
    case 'symlog':
      return {
        ...none,
        normKind: 5,
        normA: [norm.vmin, norm.vmax, norm.linthresh, norm.linscaleAdj],
        normB: [norm.logBase, norm.tVmin, norm.tRange, flag(norm.clip)],
        normC: [norm.dataOffset, norm.dataScale, 0, 0],
      };
    case 'boundary': {
      const count = norm.tBoundaries.length;
      const boundaries = new Float32Array((count + 1) * 2);
      for (let i = 0; i <= count; i++) {
        boundaries[2 * i] = i < count ? norm.tBoundaries[i]! : 0;
        boundaries[2 * i + 1] = norm.regionIndex[i]!;
      }
      return { ...none, normKind: 6, boundaries, normCount: count };
    }
  }
}
