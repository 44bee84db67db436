import createREGL from 'regl';
import type { Colormap } from '../core/color/colormaps';
import { invalidProp } from '../core/errors';
import { kernelDiameter, SUBPIXEL_SCALE } from '../core/resample/aggWeightLut';
import type { Kernel } from '../core/resample/kernels';
import type { Grid } from '../core/grid/grid';
import type { NormShader } from '../core/color/normShader';
import type { Origin } from '../core/resample/reference';
import type { CellWindow } from '../core/view/view';
import type { InterpolationStage } from '../core/resample/rgbaStage';
import { atUnitScale, cellsPerPixel } from '../core/resample/reference';
import { sharedUniforms, targetOf, type DrawColors, type Uniforms } from './drawUniforms';
import { uploadGridTexture } from './gridUpload';
import { inputRows, stripBox, stripsForTapReads, type Strip } from './heatmapStrips';
import { createProgramCache } from './programCache';
import { CELL_COLORS_FRAG, horizontalColorsFrag, verticalColorsFrag } from './rgbaStageShaders';
import { COLORIZE_FRAG, NEAREST_FRAG, horizontalFrag, tapsPerAxis, verticalFrag } from './shaders';

/** What one heatmap draw needs besides the uploaded grid and colormap. */
export interface HeatmapView {
  readonly kernel: Kernel | null;
  readonly norm: NormShader;
  readonly origin: Origin;
  /** matplotlib's interpolation_stage: resample the data ('data') or the cells' colours ('rgba'). */
  readonly stage: InterpolationStage;
  /** Drawing-buffer size in device pixels. */
  readonly width: number;
  readonly height: number;
  /** The part of the grid the picture shows (a view other than the extent); null: the whole grid. */
  readonly window: CellWindow | null;
}

export interface HeatmapRenderer {
  readonly canvas: HTMLCanvasElement;
  /**
   * Uploads the grid (its values and validity mask) as a float texture, in strips of rows: the
   * generator pauses between strips so a big upload never blocks the main thread for long. Throws
   * naming `z` if the grid cannot fit the GPU's textures.
   */
  uploadGrid(grid: Grid): Generator<void, void>;
  /** Uploads a colormap's LUT; the grid stays on the GPU untouched. */
  setColormap(colormap: Colormap): void;
  /**
   * Draws the rows [strip.top, strip.bottom) of the picture (device pixels, from the top; default
   * all) synchronously into the canvas; a caller that reads the pixels must do so in the same task.
   * Drawing in strips lets a caller read each strip back in its own task: reading waits for the GPU,
   * which on a software GPU can take long for a whole big picture.
   */
  draw(view: HeatmapView, strip?: Strip): void;
  /** How many strips to draw a view in, so that the GPU work behind each strip's read-back stays small. */
  stripsFor(view: HeatmapView): number;
  /** The largest picture this GPU draws in one piece (device px): its viewport and texture limits. */
  readonly maxPicture: { readonly width: number; readonly height: number };
  /** The widest kernel this GPU draws (cells per axis): its weight table is a texture 256 texels per cell wide. */
  readonly maxKernelDiameter: number;
  isContextLost(): boolean;
  /** Frees every GPU object, then the context itself. Safe to call more than once. */
  destroy(): void;
}

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
  const maxViewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;

  const dataTexture = regl.texture({ width: 1, height: 1, format: 'luminance alpha', type: 'float', data: new Float32Array(2) });
  const lutTexture = regl.texture({ width: 1, height: 1 });
  // The rgba stage colours cells from matplotlib's float colours, not the byte LUT.
  const floatLutTexture = regl.texture({ width: 1, height: 1, type: 'float', data: new Float32Array(4) });
  const boundaryTexture = regl.texture({ width: 1, height: 1, format: 'luminance alpha', type: 'float', data: new Float32Array(2) });
  const rowsBuffer = regl.framebuffer({ width: 1, height: 1, colorType: 'float', depthStencil: false });
  const valuesBuffer = regl.framebuffer({ width: 1, height: 1, colorType: 'float', depthStencil: false });
  // The rgba stage's cell colours, laid out as dataTexture; `cellsFor` says for which grid, colormap and norm.
  const cellsBuffer = regl.framebuffer({ width: 1, height: 1, colorType: 'float', depthStencil: false });
  let cellsFor: { key: string; norm: NormShader } | null = null;
  let colormaps = 0;
  // What valuesBuffer holds: the resampled values for this grid upload and view, rows [0, valuesDone).
  let valuesKey = '';
  let valuesDone = 0;
  let uploads = 0;
  const { command, weightTexture } = createProgramCache(regl);
  let gridSize: [number, number] = [1, 1];
  let textureLayout: [number, number, number] = [1, 1, 1];
  let colors: DrawColors = {
    n: 1,
    under: [0, 0, 0, 0],
    over: [0, 0, 0, 0],
    bad: [0, 0, 0, 0],
    floats: { lut: new Float64Array(4), under: [0, 0, 0, 0], over: [0, 0, 0, 0], bad: [0, 0, 0, 0] },
  };
  let destroyed = false;

  function viewKey(view: HeatmapView): string {
    const w = view.window;
    const shown = w ? `${w.left},${w.right},${w.top},${w.bottom}` : 'extent';
    return `${uploads}|${view.kernel!.name}:${view.kernel!.radius}|${view.width}x${view.height}|${view.origin}|${shown}`;
  }

  /** Whether the view downsamples the grid across (x) and down (y): the shaders then loop over a stretched kernel's taps. */
  function downsampled(view: HeatmapView): [boolean, boolean] {
    const [perX, perY] = cellsPerPixel(gridSize[1], gridSize[0], targetOf(view));
    return [perX > 1, perY > 1];
  }

  /** Pass 1 (either stage) over the input rows a strip reads, if any: a strip wholly off the grid reads none. */
  function horizontalPass(frag: string, view: HeatmapView, strip: Strip, uniforms: Uniforms, d: number): void {
    rowsBuffer.resize(view.width, gridSize[1]);
    const [first, last] = inputRows(view, strip, gridSize[1], d);
    if (last === first) return;
    const horizontal = { ...uniforms, framebuffer: rowsBuffer, box: { x: 0, y: first, width: view.width, height: last - first } };
    command(frag, Object.keys(horizontal))(horizontal);
  }

  /** Whether valuesBuffer already holds this strip's resampled values (norm and colours may differ). */
  function valuesReady(view: HeatmapView, strip: Strip): boolean {
    return valuesKey === viewKey(view) && valuesDone >= strip.bottom;
  }

  /** Passes 1 and 2 for a strip: resample the grid into valuesBuffer. */
  function resampleStrip(view: HeatmapView, strip: Strip, shared: Uniforms & { box: unknown }): void {
    const kernel = view.kernel!;
    const d = kernelDiameter(kernel);
    const key = viewKey(view);
    if (valuesKey !== key || strip.top === 0) {
      valuesKey = key;
      valuesDone = 0;
      valuesBuffer.resize(view.width, view.height);
    }
    const withWeights = { ...shared, weights: weightTexture(kernel) };
    const [acrossDown, downDown] = downsampled(view);
    horizontalPass(horizontalFrag(d, tapsPerAxis(d, acrossDown)), view, strip, withWeights, d);
    const vertical = { ...withWeights, rows: rowsBuffer, framebuffer: valuesBuffer };
    command(verticalFrag(d, tapsPerAxis(d, downDown)), Object.keys(vertical))(vertical);
    // Strips run top to bottom; rows are known up to this strip's bottom only if all before it are.
    if (valuesDone === strip.top) valuesDone = strip.bottom;
  }

  /**
   * The rgba stage for a strip: the cells' colours (once per grid, colormap and norm), then the
   * horizontal pass over the strip's input rows and the vertical pass straight to the canvas.
   */
  function resampleColorsStrip(view: HeatmapView, strip: Strip, shared: Uniforms & { box: unknown }): void {
    const kernel = view.kernel!;
    const d = kernelDiameter(kernel);
    colorCells(view, shared);
    const withWeights = { ...shared, weights: weightTexture(kernel), colors: cellsBuffer };
    const [acrossDown, downDown] = downsampled(view);
    horizontalPass(horizontalColorsFrag(d, tapsPerAxis(d, acrossDown)), view, strip, withWeights, d);
    const vertical = { ...withWeights, rows: rowsBuffer };
    command(verticalColorsFrag(d, tapsPerAxis(d, downDown)), Object.keys(vertical))(vertical);
  }

  /** Colours every cell into cellsBuffer, unless it already holds this grid, colormap and norm. */
  function colorCells(view: HeatmapView, shared: Uniforms): void {
    const key = `${uploads}|${colormaps}`;
    if (cellsFor?.key === key && cellsFor.norm === view.norm) return;
    const [width, height] = textureLayout;
    // The grid's texture becomes a render target here, which the viewport limit may not allow.
    if (width > maxViewport[0]! || height > maxViewport[1]!) {
      throw invalidProp(
        'interpolationStage',
        `'rgba' renders the grid's ${width} × ${height} texture, beyond this GPU's ${maxViewport[0]} × ${maxViewport[1]} viewport limit; use 'data' or renderer 'cpu'`,
      );
    }
    cellsBuffer.resize(width, height);
    const { under, over, bad } = colors.floats;
    const cells = {
      ...shared,
      lut: floatLutTexture,
      underColor: under,
      overColor: over,
      badColor: bad,
      framebuffer: cellsBuffer,
      box: { x: 0, y: 0, width, height },
    };
    command(CELL_COLORS_FRAG, Object.keys(cells))(cells);
    cellsFor = { key, norm: view.norm };
  }

  return {
    canvas,
    maxPicture: { width: Math.min(maxViewport[0]!, maxTextureSize), height: Math.min(maxViewport[1]!, maxTextureSize) },
    maxKernelDiameter: Math.floor(maxTextureSize / SUBPIXEL_SCALE),
    *uploadGrid(grid) {
      const layout = yield* uploadGridTexture(dataTexture, grid, maxTextureSize);
      gridSize = [grid.cols, grid.rows];
      textureLayout = [layout.width, layout.height, layout.segments];
      uploads++;
    },
    setColormap(colormap) {
      lutTexture({ width: colormap.n, height: 1, data: colormap.lut, min: 'nearest', mag: 'nearest' });
      floatLutTexture({
        width: colormap.n,
        height: 1,
        type: 'float',
        data: Float32Array.from(colormap.floats.lut),
        min: 'nearest',
        mag: 'nearest',
      });
      colors = colormap;
      colormaps++;
    },
    draw(view, strip = { top: 0, bottom: view.height }) {
      if (canvas.width !== view.width) canvas.width = view.width;
      if (canvas.height !== view.height) canvas.height = view.height;
      regl.poll();
      // Every pixel of the strip is written (invalid ones with the bad colour), so nothing is cleared.
      const box = stripBox(view, strip);
      const shared = sharedUniforms({ data: dataTexture, textureLayout, gridSize, lut: lutTexture, colors, boundaryTexture }, view, box);
      // Agg draws an image at exactly one output pixel per cell with nearest, whatever the filter.
      if (!view.kernel || atUnitScale(gridSize[1], gridSize[0], targetOf(view))) {
        command(NEAREST_FRAG, Object.keys(shared))(shared);
      } else if (view.stage === 'rgba') {
        resampleColorsStrip(view, strip, shared);
      } else {
        if (!valuesReady(view, strip)) resampleStrip(view, strip, shared);
        const colorize = { ...shared, resampled: valuesBuffer };
        command(COLORIZE_FRAG, Object.keys(colorize))(colorize);
      }
      gl.flush();
    },
    stripsFor(view) {
      // Only colouring left to do: one cheap pass.
      if (view.kernel && view.stage === 'data' && valuesReady(view, { top: 0, bottom: view.height })) return 1;
      return stripsForTapReads(gridSize, view);
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
