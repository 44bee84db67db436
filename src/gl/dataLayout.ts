import { invalidProp } from '../core/errors';

/**
 * How a grid is laid out in its float texture. A grid row wider than the GPU's texture limit is
 * split into `segments` texture rows, so grid cell (col, row) sits at texel
 * (col mod width, row · segments + floor(col / width)). Every coordinate stays an integer below
 * the limit, so the shader's float arithmetic addresses texels exactly.
 */
export interface DataLayout {
  readonly width: number;
  readonly height: number;
  readonly segments: number;
}

export function dataLayout(rows: number, cols: number, maxTextureSize: number): DataLayout {
  const segments = Math.ceil(cols / maxTextureSize);
  const width = Math.ceil(cols / segments);
  const height = rows * segments;
  if (height > maxTextureSize) {
    throw invalidProp('z', `${rows} × ${cols} cells do not fit this GPU's ${maxTextureSize} × ${maxTextureSize} texture limit`);
  }
  return { width, height, segments };
}

/**
 * The texels of grid rows [rowStart, rowEnd) (texture rows rowStart·segments onwards): luminance = the normalised value, alpha = 1 where valid and 0 where the
 * input was NaN or infinite, so NaN never reaches the GPU.
 */
export function packTexels(normalized: Float32Array, cols: number, layout: DataLayout, rowStart: number, rowEnd: number): Float32Array {
  const texels = new Float32Array(layout.width * (rowEnd - rowStart) * layout.segments * 2);
  for (let r = rowStart; r < rowEnd; r++) {
    for (let c = 0; c < cols; c++) {
      const v = normalized[r * cols + c]!;
      const segment = Math.floor(c / layout.width);
      const t = 2 * (((r - rowStart) * layout.segments + segment) * layout.width + (c - segment * layout.width));
      if (v === v) {
        texels[t] = v;
        texels[t + 1] = 1;
      }
    }
  }
  return texels;
}
