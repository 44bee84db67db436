import { invalidProp } from '../core/errors';
import type { ResolvedPicture } from '../core/options';
import { kernelDiameter } from '../core/resample/aggWeightLut';
import { separableTapReads } from '../core/resample/separable';
import { createHeatmapRenderer, type HeatmapRenderer, type HeatmapView } from '../gl/heatmapRenderer';
import { probeWebglKind } from '../gl/webglKind';
import type { WorkerGate } from '../worker/workerGate';
import type { ContextBudget, ContextHolder } from './contextBudget';
import { createCpuHeatmap } from './cpuHeatmap';
import { nextTask, runInSlices } from './slices';

/**
 * Pictures needing fewer tap reads than this are drawn on the CPU under renderer 'auto' even with
 * a GPU: about 15 ms of JavaScript, less than creating a WebGL context and compiling its shaders.
 * The seed figure at 1000 × 500 needs 3.1M.
 */
const CPU_TAP_READS = 4_000_000;

export type RendererChoice = 'auto' | 'gpu' | 'cpu';

export interface HeatmapLayer {
  /**
   * Draws the picture's heatmap at the view's device size on the CPU or with WebGL (see
   * {@link RendererChoice}); null when the work went stale or the context was lost meanwhile.
   */
  draw(
    p: ResolvedPicture,
    view: HeatmapView,
    choice: RendererChoice,
    stale: () => boolean,
  ): Promise<{ raster: HTMLCanvasElement; renderer: 'cpu' | 'gpu' } | null>;
  destroy(): void;
}

/**
 * One chart's heatmap layer. It owns the chart's WebGL renderer (its context, textures and
 * programs), holds it only within the page's context budget, and gives it back when the budget
 * asks; the grid and colormap are uploaded again only when they change. It owns the chart's CPU
 * heatmap too (and so its resample workers).
 *
 * Renderer 'auto' draws on the CPU where WebGL is slower or cannot draw the picture: small
 * pictures, pages whose WebGL is a software rasteriser (the budget knows), and pictures beyond
 * this GPU's limits; WebGL draws the rest.
 */
export function createHeatmapLayer(
  budget: ContextBudget,
  gate: WorkerGate,
  isVisible: () => boolean,
  onContextLost: () => void,
): HeatmapLayer {
  let renderer: HeatmapRenderer | null = null;
  let webglUnavailable = false;
  // What this machine's GPU draws at most, once a renderer told it: 'auto' draws beyond it on the CPU.
  let gpuLimits: Pick<HeatmapRenderer, 'maxPicture' | 'maxKernelDiameter'> | null = null;
  const cpu = createCpuHeatmap(gate);
  let uploaded: { grid: ResolvedPicture['grid'] | null; colormap: ResolvedPicture['colormap'] | null } = { grid: null, colormap: null };
  const holder: ContextHolder = { releaseContext: releaseRenderer, isVisible };

  function releaseRenderer(): void {
    if (!renderer) return;
    // Stop listening first: destroy() loses the context on purpose.
    renderer.canvas.removeEventListener('webglcontextlost', contextLost);
    renderer.destroy();
    renderer = null;
    budget.release(holder);
  }

  function contextLost(): void {
    // The browser took the context (or a test did): the chart draws again, with a new one.
    releaseRenderer();
    onContextLost();
  }

  /** The renderer, with the picture's grid and colormap uploaded; null if the work went stale meanwhile. */
  async function rendererWithData(p: ResolvedPicture, choice: RendererChoice, stale: () => boolean): Promise<HeatmapRenderer | null> {
    if (!renderer || renderer.isContextLost()) {
      if (renderer) releaseRenderer();
      const canvas = document.createElement('canvas');
      canvas.addEventListener('webglcontextlost', contextLost);
      try {
        renderer = createHeatmapRenderer(canvas);
      } catch (e) {
        // A context made before the failure is given back now, not when it is collected.
        (canvas.getContext('webgl') as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
        canvas.removeEventListener('webglcontextlost', contextLost);
        if (choice === 'gpu') throw webglUnavailableError(e);
        // No WebGL here (disabled, blocked by a CSP without 'unsafe-eval', or no context left): draw on the CPU from now on.
        webglUnavailable = true;
        return null;
      }
      uploaded = { grid: null, colormap: null };
      gpuLimits = { maxPicture: renderer.maxPicture, maxKernelDiameter: renderer.maxKernelDiameter };
    }
    const gl = renderer;
    if (uploaded.grid !== p.grid) {
      uploaded.grid = null;
      if (!(await runInSlices(gl.uploadGrid(p.grid), stale)) || gl !== renderer || gl.isContextLost()) return null;
      uploaded.grid = p.grid;
    }
    if (uploaded.colormap !== p.colormap) {
      gl.setColormap(p.colormap);
      uploaded.colormap = p.colormap;
    }
    return gl;
  }

  /**
   * Draws with WebGL under the page's context budget and copies the picture into a 2-D canvas,
   * one strip of rows at a time: reading a strip back waits for the GPU, so big pictures are split
   * into strips that each keep that wait (one task) short.
   */
  async function drawOnGpu(
    p: ResolvedPicture,
    v: HeatmapView,
    choice: RendererChoice,
    stale: () => boolean,
  ): Promise<HTMLCanvasElement | null> {
    await budget.acquire(holder);
    try {
      if (stale()) return null;
      const gl = await rendererWithData(p, choice, stale);
      if (!gl || stale()) return null;
      const beyond = beyondGpu(v);
      if (beyond) {
        if (choice === 'gpu') throw invalidProp(beyond.prop, beyond.message);
        return null; // the loop draws again, and usesCpu now sends it to the CPU
      }
      const picture = document.createElement('canvas');
      picture.width = v.width;
      picture.height = v.height;
      const ctx = picture.getContext('2d')!;
      const rows = Math.ceil(v.height / gl.stripsFor(v));
      for (let top = 0; top < v.height; top += rows) {
        const bottom = Math.min(v.height, top + rows);
        gl.draw(v, { top, bottom });
        // In the same task as the draw: afterwards the browser may clear the WebGL buffer.
        const strip = await createImageBitmap(gl.canvas, 0, top, v.width, bottom - top);
        ctx.drawImage(strip, 0, top);
        strip.close();
        if (stale() || gl !== renderer || gl.isContextLost()) return null;
        // The bitmap may arrive within this task: yield so input and rendering get their turn.
        if (bottom < v.height) await nextTask();
      }
      return picture;
    } finally {
      budget.idle(holder);
    }
  }

  /** Why this chart's GPU cannot draw the view, naming the prop to change; null if it can (or is not known yet). */
  function beyondGpu(v: HeatmapView): { prop: string; message: string } | null {
    if (!gpuLimits) return null;
    const { maxPicture, maxKernelDiameter } = gpuLimits;
    if (v.width > maxPicture.width || v.height > maxPicture.height) {
      const message = `the image is ${v.width} × ${v.height} device px, beyond this GPU's ${maxPicture.width} × ${maxPicture.height} limit; use renderer 'auto' or 'cpu', or a smaller width, height or pixelRatio`;
      return { prop: 'renderer', message };
    }
    const diameter = v.kernel ? kernelDiameter(v.kernel) : 0;
    if (diameter > maxKernelDiameter) {
      // Only sinc, lanczos and blackman grow with filterrad; the others are as wide as their name says.
      const prop = ['sinc', 'lanczos', 'blackman'].includes(v.kernel!.name) ? 'filterrad' : 'interpolation';
      const message = `the ${v.kernel!.name} kernel reads ${diameter} cells per axis, beyond this GPU's ${maxKernelDiameter}; use a smaller ${prop === 'filterrad' ? 'filterrad' : 'kernel'}, or renderer 'auto' or 'cpu'`;
      return { prop, message };
    }
    return null;
  }

  function usesCpu(p: ResolvedPicture, v: HeatmapView, choice: RendererChoice): boolean {
    if (choice !== 'auto') return choice === 'cpu';
    if (webglUnavailable || beyondGpu(v)) return true;
    if (separableTapReads(p.grid.rows, p.grid.cols, v.kernel, v.width, v.height, v.window) < CPU_TAP_READS) return true;
    // A software rasteriser runs the shaders' taps on the CPU, slower than the CPU renderer's own.
    return budget.webglKind(probeWebglKind) !== 'hardware';
  }

  return {
    async draw(p, v, choice, stale) {
      if (usesCpu(p, v, choice)) {
        const raster = await cpu.draw(p, v, stale);
        return raster && { raster, renderer: 'cpu' };
      }
      const raster = await drawOnGpu(p, v, choice, stale);
      // No WebGL could be had: the next draw (the loop's retry) takes the CPU.
      return raster && { raster, renderer: 'gpu' };
    },
    destroy() {
      releaseRenderer();
      budget.release(holder);
      cpu.destroy();
    },
  };
}

/** regl's own words ("webgl not supported", a CSP EvalError) put the way every chart error is. */
function webglUnavailableError(cause: unknown): Error {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new Error(`contour-heatmap: WebGL is unavailable (${why}); use renderer: 'cpu' or 'auto'`, { cause });
}
