import createREGL from 'regl';
import type { Colormap } from '../core/colormaps';
import { aggWeightLut, kernelDiameter, type Kernel } from '../core/kernels';
import type { Grid } from '../core/grid';
import type { LinearNorm } from '../core/norm';
import { downsampleStretch, type Origin } from '../core/resample';
import { dataLayout, packTexels } from './dataLayout';
import { FULLSCREEN_VERT, NEAREST_FRAG, horizontalFrag, tapsPerAxis, verticalFrag } from './shaders';

/** What one heatmap draw needs besides the uploaded grid and colormap. */
export interface HeatmapView {
  readonly kernel: Kernel | null;
  readonly norm: LinearNorm;
  readonly origin: Origin;
  /** Drawing-buffer size in device pixels. */
  readonly width: number;
  readonly height: number;
}

export interface HeatmapRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Uploads the grid (its values and validity mask) as a float texture; throws naming `z` if it cannot fit. */
  setGrid(grid: Grid): void;
  /** Uploads a colormap's LUT; the grid stays on the GPU untouched. */
  setColormap(colormap: Colormap): void;
  /** Draws synchronously into the canvas; a caller that reads pixels must do so in the same task. */
  draw(view: HeatmapView): void;
  isContextLost(): boolean;
  /** Frees every GPU object, then the context itself. Safe to call more than once. */
  destroy(): void;
}

type Uniforms = Record<string, unknown>;

/**
 * One chart's WebGL renderer: its own canvas, regl instance, textures, framebuffer and compiled
 * programs. Nothing is shared with other charts, so charts cannot disturb each other's state.
 */
export function createHeatmapRenderer(canvas: HTMLCanvasElement): HeatmapRenderer {
  const regl = createREGL({
    canvas,
    attributes: { alpha: true, premultipliedAlpha: true, antialias: false, depth: false, stencil: false },
    // Float textures hold the data; rendering to float holds the horizontal pass.
    extensions: ['OES_texture_float'],
    optionalExtensions: ['WEBGL_color_buffer_float'],
  });
  const gl = regl._gl;
  // Captured now: getExtension() returns null once the context is lost.
  const loseContext = gl.getExtension('WEBGL_lose_context');
  const maxTextureSize = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;

  const dataTexture = regl.texture({ width: 1, height: 1, format: 'luminance alpha', type: 'float', data: new Float32Array(2) });
  const lutTexture = regl.texture({ width: 1, height: 1 });
  const rowsBuffer = regl.framebuffer({ width: 1, height: 1, colorType: 'float', depthStencil: false });
  // Keyed by name and radius: sinc, lanczos and blackman are rebuilt per filterrad.
  const weightTextures = new Map<string, createREGL.Texture2D>();
  // One compiled program per shader source (kernel diameter, taps per axis).
  const commands = new Map<string, createREGL.DrawCommand>();
  const triangle = regl.buffer([-1, -1, 3, -1, -1, 3]);
  let gridSize: [number, number] = [1, 1];
  let textureLayout: [number, number, number] = [1, 1, 1];
  let colors: Pick<Colormap, 'n' | 'under' | 'over' | 'bad'> = { n: 1, under: [0, 0, 0, 0], over: [0, 0, 0, 0], bad: [0, 0, 0, 0] };
  let destroyed = false;

  /** A full-viewport draw command for a fragment shader; every uniform comes from the draw's props. */
  function command(frag: string, uniformNames: readonly string[]): createREGL.DrawCommand {
    let draw = commands.get(frag);
    if (!draw) {
      draw = regl({
        vert: FULLSCREEN_VERT,
        frag,
        attributes: { position: triangle },
        uniforms: Object.fromEntries(uniformNames.map((name) => [name, regl.prop<Uniforms, string>(name)])),
        framebuffer: regl.prop<Uniforms, string>('framebuffer'),
        depth: { enable: false },
        count: 3,
      });
      commands.set(frag, draw);
    }
    return draw;
  }

  function weightTexture(kernel: Kernel): createREGL.Texture2D {
    const key = `${kernel.name}:${kernel.radius}`;
    let texture = weightTextures.get(key);
    if (!texture) {
      const weights = Float32Array.from(aggWeightLut(kernel));
      texture = regl.texture({ width: weights.length, height: 1, format: 'luminance', type: 'float', data: weights });
      weightTextures.set(key, texture);
    }
    return texture;
  }

  return {
    canvas,
    setGrid(grid) {
      const layout = dataLayout(grid.rows, grid.cols, maxTextureSize);
      dataTexture({
        width: layout.width,
        height: layout.height,
        format: 'luminance alpha',
        type: 'float',
        min: 'nearest',
        mag: 'nearest',
        data: packTexels(grid.normalized, grid.rows, grid.cols, layout),
      });
      gridSize = [grid.cols, grid.rows];
      textureLayout = [layout.width, layout.height, layout.segments];
    },
    setColormap(colormap) {
      lutTexture({ width: colormap.n, height: 1, data: colormap.lut, min: 'nearest', mag: 'nearest' });
      colors = colormap;
    },
    draw(view) {
      if (canvas.width !== view.width) canvas.width = view.width;
      if (canvas.height !== view.height) canvas.height = view.height;
      regl.poll();
      regl.clear({ color: [0, 0, 0, 0] });
      const shared = {
        data: dataTexture,
        textureLayout,
        gridSize,
        outSize: [view.width, view.height],
        lowerOrigin: view.origin === 'lower' ? 1 : 0,
        stretch: [...downsampleStretch(gridSize[0] / view.width), ...downsampleStretch(gridSize[1] / view.height)],
        lut: lutTexture,
        lutSize: colors.n,
        normScale: view.norm.scale,
        normOffset: view.norm.offset,
        underColor: colors.under.map((c) => c / 255),
        overColor: colors.over.map((c) => c / 255),
        badColor: colors.bad.map((c) => c / 255),
        framebuffer: null,
      };
      // Agg draws an image at exactly one output pixel per cell with nearest, whatever the filter.
      const unitScale = view.width === gridSize[0] && view.height === gridSize[1];
      if (!view.kernel || unitScale) {
        command(NEAREST_FRAG, Object.keys(shared))(shared);
      } else {
        const d = kernelDiameter(view.kernel);
        const withWeights = { ...shared, weights: weightTexture(view.kernel) };
        rowsBuffer.resize(view.width, gridSize[1]);
        const horizontal = { ...withWeights, framebuffer: rowsBuffer };
        command(horizontalFrag(d, tapsPerAxis(d, gridSize[0] > view.width)), Object.keys(horizontal))(horizontal);
        const vertical = { ...withWeights, rows: rowsBuffer };
        command(verticalFrag(d, tapsPerAxis(d, gridSize[1] > view.height)), Object.keys(vertical))(vertical);
      }
      gl.flush();
    },
    isContextLost: () => gl.isContextLost(),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      const alreadyLost = gl.isContextLost();
      regl.destroy();
      // regl.destroy() frees regl's objects but leaves the context alive until garbage collection;
      // losing it now returns the browser's context slot at once.
      if (!alreadyLost) loseContext?.loseContext();
    },
  };
}
