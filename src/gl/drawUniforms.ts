import type createREGL from 'regl';
import type { Colormap } from '../core/color/colormaps';
import type { NormShader } from '../core/color/normShader';
import { downsampleStretch } from '../core/resample/reference';
import type { HeatmapView } from './heatmapRenderer';
import type { ScissorBox } from './heatmapStrips';
import { normUniforms } from './normUniforms';

// The uniforms every pass of one draw reads, built in one place so that the nearest, data-stage
// and rgba-stage passes cannot disagree on the sample points, the colours or the norm.

export type Uniforms = Record<string, unknown>;

/** The colormap's parts the colouring reads besides its LUT texture. */
export type DrawColors = Pick<Colormap, 'n' | 'under' | 'over' | 'bad' | 'floats'>;

/** What the renderer holds on the GPU (and of the colormap) when it draws. */
export interface DrawInputs {
  readonly data: createREGL.Texture2D;
  /** The data texture's width, height and segments per grid row (gl/dataLayout.ts). */
  readonly textureLayout: [number, number, number];
  /** The grid's cols, rows. */
  readonly gridSize: [number, number];
  readonly lut: createREGL.Texture2D;
  readonly colors: DrawColors;
  /** Where a boundary norm's boundaries are uploaded. */
  readonly boundaryTexture: createREGL.Texture2D;
}

/** The uniforms shared by a draw's passes, drawing into the canvas within `box` unless a pass says otherwise. */
export function sharedUniforms(inputs: DrawInputs, view: HeatmapView, box: ScissorBox) {
  const { gridSize, colors } = inputs;
  return {
    data: inputs.data,
    textureLayout: inputs.textureLayout,
    gridSize,
    outSize: [view.width, view.height],
    lowerOrigin: view.origin === 'lower' ? 1 : 0,
    stretch: [...downsampleStretch(gridSize[0] / view.width), ...downsampleStretch(gridSize[1] / view.height)],
    lut: inputs.lut,
    lutSize: colors.n,
    ...normParameters(view.norm, inputs.boundaryTexture),
    underColor: colors.under.map((c) => c / 255),
    overColor: colors.over.map((c) => c / 255),
    badColor: colors.bad.map((c) => c / 255),
    framebuffer: null,
    box,
  };
}

/** The norm's uniforms; a boundary norm's boundaries go to their own small texture. */
function normParameters(norm: NormShader, boundaryTexture: createREGL.Texture2D) {
  const { boundaries, ...uniforms } = normUniforms(norm);
  if (boundaries) {
    boundaryTexture({
      width: boundaries.length / 2,
      height: 1,
      format: 'luminance alpha',
      type: 'float',
      min: 'nearest',
      mag: 'nearest',
      data: boundaries,
    });
  }
  return { ...uniforms, normBoundaries: boundaryTexture };
}
