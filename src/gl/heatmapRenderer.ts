import createREGL from 'regl';
import type { Colormap } from '../core/colormaps';
import { aggWeightLut, kernelDiameter, type Kernel } from '../core/kernels';
import type { Grid } from '../core/grid';
import type { LinearNorm } from '../core/norm';
import { downsampleStretch, type Origin } from '../core/resample';
import { dataLayout, packTexels } from './dataLayout';
import { FULLSCREEN_VERT, heatmapFrag } from './shaders';

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
  /** Uploads a colormap's 256-entry LUT; the grid stays on the GPU untouched. */
  setColormap(colormap: Colormap): void;
  /** Draws synchronously into the canvas; a caller that reads pixels must do so in the same task. */
  draw(view: HeatmapView): void;
  isContextLost(): boolean;
  /** Frees every GPU object, then the context itself. Safe to call more than once. */
  destroy(): void;
}

/**
 * One chart's WebGL renderer: its own canvas, regl instance, textures and compiled programs.
 * Nothing is shared with other charts, so charts cannot disturb each other's state.
 */
export function createHeatmapRenderer(canvas: HTMLCanvasElement): HeatmapRenderer {
  const regl = createREGL({
    canvas,
    attributes: { alpha: true, premultipliedAlpha: true, antialias: false, depth: false, stencil: false },
    extensions: ['OES_texture_float'],
  });
  const gl = regl._gl;
  // Captured now: getExtension() returns null once the context is lost.
  const loseContext = gl.getExtension('WEBGL_lose_context');
  const maxTextureSize = gl.getParameter(gl.MAX_TEXTURE_SIZE) as number;

  const dataTexture = regl.texture({ width: 1, height: 1, format: 'luminance alpha', type: 'float', data: new Float32Array(2) });
  const lutTexture = regl.texture({ width: 1, height: 1 });
  // Keyed by name and radius: sinc, lanczos and blackman are rebuilt per filterrad.
  const weightTextures = new Map<string, createREGL.Texture2D>();
  const commands = new Map<number, createREGL.DrawCommand>();
  let gridSize: [number, number] = [1, 1];
  let textureLayout: [number, number, number] = [1, 1, 1];
  let colors: Pick<Colormap, 'n' | 'under' | 'over' | 'bad'> = { n: 1, under: [0, 0, 0, 0], over: [0, 0, 0, 0], bad: [0, 0, 0, 0] };
  let destroyed = false;

  const triangle = regl.buffer([-1, -1, 3, -1, -1, 3]);

  function command(diameter: number): createREGL.DrawCommand {
    let draw = commands.get(diameter);
    if (!draw) {
      draw = regl({
        vert: FULLSCREEN_VERT,
        frag: heatmapFrag(diameter),
        attributes: { position: triangle },
        uniforms: {
          data: dataTexture,
          lut: lutTexture,
          weights: regl.prop<Record<string, unknown>, 'weights'>('weights'),
          gridSize: regl.prop<Record<string, unknown>, 'gridSize'>('gridSize'),
          textureLayout: regl.prop<Record<string, unknown>, 'textureLayout'>('textureLayout'),
          outSize: regl.prop<Record<string, unknown>, 'outSize'>('outSize'),
          lowerOrigin: regl.prop<Record<string, unknown>, 'lowerOrigin'>('lowerOrigin'),
          stretch: regl.prop<Record<string, unknown>, 'stretch'>('stretch'),
          normScale: regl.prop<Record<string, unknown>, 'normScale'>('normScale'),
          normOffset: regl.prop<Record<string, unknown>, 'normOffset'>('normOffset'),
          underColor: regl.prop<Record<string, unknown>, 'underColor'>('underColor'),
          overColor: regl.prop<Record<string, unknown>, 'overColor'>('overColor'),
          badColor: regl.prop<Record<string, unknown>, 'badColor'>('badColor'),
          lutSize: regl.prop<Record<string, unknown>, 'lutSize'>('lutSize'),
        },
        depth: { enable: false },
        count: 3,
      });
      commands.set(diameter, draw);
    }
    return draw;
  }

  function weightTexture(kernel: Kernel | null): createREGL.Texture2D {
    // Nearest reads no weights, but a sampler must still be bound: reuse the LUT.
    if (kernel === null) return lutTexture;
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
      const diameter = view.kernel ? kernelDiameter(view.kernel) : 0;
      // Agg draws an image at exactly one output pixel per cell with nearest, whatever the filter.
      const unitScale = view.width === gridSize[0] && view.height === gridSize[1];
      const kernel = unitScale ? null : view.kernel;
      command(kernel ? diameter : 0)({
        weights: weightTexture(kernel),
        gridSize,
        textureLayout,
        outSize: [view.width, view.height],
        lowerOrigin: view.origin === 'lower' ? 1 : 0,
        stretch: [...downsampleStretch(gridSize[0] / view.width), ...downsampleStretch(gridSize[1] / view.height)],
        normScale: view.norm.scale,
        normOffset: view.norm.offset,
        lutSize: colors.n,
        underColor: colors.under.map((c) => c / 255),
        overColor: colors.over.map((c) => c / 255),
        badColor: colors.bad.map((c) => c / 255),
      });
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
