import createREGL from 'regl';
import type { Colormap } from '../core/color/colormaps';
import { invalidProp } from '../core/errors';
import { aggWeightLut, kernelDiameter, type Kernel } from '../core/resample/kernels';
import { GRID_SLICE, type Grid } from '../core/grid/grid';
import type { NormShader } from '../core/color/normShader';
import { downsampleStretch, MAX_STRETCH, type Origin } from '../core/resample/reference';
import type { InterpolationStage } from '../core/resample/rgbaStage';
import { separableTapReads } from '../core/resample/separable';
import { dataLayout, packTexels } from './dataLayout';
import { normUniforms } from './normUniforms';
import {
  CELL_COLORS_FRAG,
  COLORIZE_FRAG,
  FULLSCREEN_VERT,
  NEAREST_FRAG,
  horizontalColorsFrag,
  horizontalFrag,
  tapsPerAxis,
  verticalColorsFrag,
  verticalFrag,
} from './shaders';

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
  isContextLost(): boolean;
  /** Frees every GPU object, then the context itself. Safe to call more than once. */
  destroy(): void;
}

type Uniforms = Record<string, unknown>;

/** Pictures with fewer tap reads than this are drawn in one go (the seed figure needs ~3M). */
const TAP_READS_ONE_STRIP = 4_000_000;
/** Tap reads per strip otherwise: about 30 ms on SwiftShader (software WebGL) on two cores. */
const TAP_READS_PER_STRIP = 1_500_000;

/** Device-pixel rows [top, bottom) of the picture, counted from the top. */
export interface Strip {
  readonly top: number;
  readonly bottom: number;
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
  // Keyed by name and radius: sinc, lanczos and blackman are rebuilt per filterrad.
  const weightTextures = new Map<string, createREGL.Texture2D>();
  // One compiled program per shader source (kernel diameter, taps per axis).
  const commands = new Map<string, createREGL.DrawCommand>();
  const triangle = regl.buffer([-1, -1, 3, -1, -1, 3]);
  let gridSize: [number, number] = [1, 1];
  let textureLayout: [number, number, number] = [1, 1, 1];
  let colors: Pick<Colormap, 'n' | 'under' | 'over' | 'bad' | 'floats'> = {
    n: 1,
    under: [0, 0, 0, 0],
    over: [0, 0, 0, 0],
    bad: [0, 0, 0, 0],
    floats: { lut: new Float64Array(4), under: [0, 0, 0, 0], over: [0, 0, 0, 0], bad: [0, 0, 0, 0] },
  };
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
        scissor: { enable: true, box: regl.prop<Uniforms, string>('box') },
        depth: { enable: false },
        count: 3,
      });
      commands.set(frag, draw);
    }
    return draw;
  }

  function viewKey(view: HeatmapView): string {
    return `${uploads}|${view.kernel!.name}:${view.kernel!.radius}|${view.width}x${view.height}|${view.origin}`;
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
    rowsBuffer.resize(view.width, gridSize[1]);
    const [first, last] = inputRows(view, strip, gridSize[1], d);
    const horizontal = { ...withWeights, framebuffer: rowsBuffer, box: { x: 0, y: first, width: view.width, height: last - first } };
    command(horizontalFrag(d, tapsPerAxis(d, gridSize[0] > view.width)), Object.keys(horizontal))(horizontal);
    const vertical = { ...withWeights, rows: rowsBuffer, framebuffer: valuesBuffer };
    command(verticalFrag(d, tapsPerAxis(d, gridSize[1] > view.height)), Object.keys(vertical))(vertical);
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
    rowsBuffer.resize(view.width, gridSize[1]);
    const [first, last] = inputRows(view, strip, gridSize[1], d);
    const horizontal = { ...withWeights, framebuffer: rowsBuffer, box: { x: 0, y: first, width: view.width, height: last - first } };
    command(horizontalColorsFrag(d, tapsPerAxis(d, gridSize[0] > view.width)), Object.keys(horizontal))(horizontal);
    const vertical = { ...withWeights, rows: rowsBuffer };
    command(verticalColorsFrag(d, tapsPerAxis(d, gridSize[1] > view.height)), Object.keys(vertical))(vertical);
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

  /** The norm's uniforms; a boundary norm's boundaries go to their own small texture. */
  function normParameters(norm: NormShader) {
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
    maxPicture: { width: Math.min(maxViewport[0]!, maxTextureSize), height: Math.min(maxViewport[1]!, maxTextureSize) },
    *uploadGrid(grid) {
      const layout = dataLayout(grid.rows, grid.cols, maxTextureSize);
      const texture = {
        width: layout.width,
        height: layout.height,
        format: 'luminance alpha',
        type: 'float',
        min: 'nearest',
        mag: 'nearest',
      } as const;
      const strip = Math.max(1, Math.floor(GRID_SLICE / grid.cols));
      if (strip >= grid.rows) {
        dataTexture({ ...texture, data: packTexels(grid.normalized, grid.cols, layout, 0, grid.rows) });
      } else {
        dataTexture(texture);
        for (let r = 0; r < grid.rows; r += strip) {
          const end = Math.min(grid.rows, r + strip);
          const data = packTexels(grid.normalized, grid.cols, layout, r, end);
          dataTexture.subimage({ data, width: layout.width, height: (end - r) * layout.segments }, 0, r * layout.segments);
          yield;
        }
      }
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
      const box = { x: 0, y: view.height - strip.bottom, width: view.width, height: strip.bottom - strip.top };
      const shared = {
        data: dataTexture,
        textureLayout,
        gridSize,
        outSize: [view.width, view.height],
        lowerOrigin: view.origin === 'lower' ? 1 : 0,
        stretch: [...downsampleStretch(gridSize[0] / view.width), ...downsampleStretch(gridSize[1] / view.height)],
        lut: lutTexture,
        lutSize: colors.n,
        ...normParameters(view.norm),
        underColor: colors.under.map((c) => c / 255),
        overColor: colors.over.map((c) => c / 255),
        badColor: colors.bad.map((c) => c / 255),
        framebuffer: null,
        box,
      };
      // Agg draws an image at exactly one output pixel per cell with nearest, whatever the filter.
      const unitScale = view.width === gridSize[0] && view.height === gridSize[1];
      if (!view.kernel || unitScale) {
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
      const reads = separableTapReads(gridSize[1], gridSize[0], view.kernel, view.width, view.height);
      if (reads < TAP_READS_ONE_STRIP) return 1;
      return Math.min(view.height, Math.ceil(reads / TAP_READS_PER_STRIP));
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

/**
 * The input rows the vertical pass reads for a strip of output rows: the rows under the strip's
 * sample points, widened by the (possibly stretched) kernel's reach. Taps past the grid's edge
 * mirror back onto rows next to the edge, which the clamped range then includes.
 */
function inputRows(view: HeatmapView, strip: Strip, rows: number, diameter: number): [number, number] {
  const rowOf = (py: number) => ((view.origin === 'lower' ? view.height - py - 0.5 : py + 0.5) * rows) / view.height;
  const [a, b] = [rowOf(strip.top), rowOf(strip.bottom - 1)].sort((x, y) => x - y) as [number, number];
  const reach = (diameter / 2) * Math.min(MAX_STRETCH, Math.max(1, rows / view.height)) + 2;
  return [Math.max(0, Math.floor(a - reach)), Math.min(rows, Math.ceil(b + reach) + 1)];
}
