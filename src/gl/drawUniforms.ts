import type createREGL from 'regl';
import type { Colormap } from '../core/color/colormaps';
import type { NormShader } from '../core/color/normShader';
import { cellsPerPixel, downsampleStretch, type ResampleTarget } from '../core/resample/reference';
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
    stretch: stretchOf(gridSize, view),
    ...windowUniforms(view),
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

/** The resampling target a view describes: the core's form of it, for the tap geometry the shaders mirror. */
export function targetOf(view: HeatmapView): ResampleTarget {
  const { width, height, origin, window } = view;
  return window ? { width, height, origin, window } : { width, height, origin };
}

/** Agg's kernel stretch (and its inverse) per axis, from the |scale| of the view's transform. */
function stretchOf(gridSize: readonly [number, number], view: HeatmapView): number[] {
  const [perX, perY] = cellsPerPixel(gridSize[1], gridSize[0], targetOf(view));
  return [...downsampleStretch(perX), ...downsampleStretch(perY)];
}

/**
 * The window's shader form (resampleGlsl.ts): `windowed` 1 switches sampleX / sampleY to the
 * window's edges and steps, computed here in float64 as the core computes them; 0 leaves the
 * whole-grid arithmetic untouched.
 */
function windowUniforms({ window: w, width, height }: HeatmapView) {
  if (!w) return { windowed: 0, viewWindow: [0, 0, 0, 0] };
  return { windowed: 1, viewWindow: [w.left, w.top, (w.right - w.left) / width, (w.bottom - w.top) / height] };
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
