import type { Grid } from '../core/grid/grid';
import type { ResolvedPicture } from '../core/options';
import { clearUncoveredPixels, coverage } from '../core/resample/coverage';
import { resamplesColors } from '../core/resample/rgbaStage';
import { finish, separableTapReads, type RowBand } from '../core/resample/separable';
import { pictureBand } from '../cpu/cpuRenderer';
import { bandPixels, colorValues } from '../cpu/heatmapBands';
import type { HeatmapView } from '../gl/heatmapRenderer';
import { createResampleWorkers } from '../worker/resampleWorkers';
import type { WorkerGate } from '../worker/workerGate';
import { runInSlices } from './slices';

/**
 * Pictures needing more tap reads than this are drawn in the chart's workers (with enough cores,
 * else in slices): about 25 ms of JavaScript on one core, more than a worker round trip. Smaller
 * ones are drawn on the main thread in one go (yielding between slices would only add the waits).
 */
const WORKER_TAP_READS = 8_000_000;
/** Colouring this many pixels again (a new colormap or norm) takes a few ms: one go; more, in slices. */
const SLICED_COLORING_PIXELS = 1_000_000;
/** Workers beyond this many cores add start-up cost and memory for little: a band is already short. */
const MAX_WORKERS = 8;
/**
 * Machines with fewer logical cores draw big pictures on the main thread, in slices: there a
 * worker only competes with the main thread's own part of a draw (the grid, the contours, the
 * paint), and it starts cold (its script loaded, its code not yet optimised) and needs a copy of
 * the grid. Measured on a 2-core VM with a software WebGL, mount to ready: a 2000² grid at
 * 1000 × 500 px 325 ms on the main thread against 435–475 ms with one worker and 580–620 ms
 * with two; 4000², 815–925 ms against 1080–1180 and 1530–1660 ms.
 */
const MIN_WORKER_CORES = 4;

export interface CpuHeatmap {
  /**
   * Draws the picture's heatmap at the view's device size on the CPU: a big picture in the chart's
   * workers, one band of rows each, on machines with enough cores; a small one in one go, and a big
   * one elsewhere (or where workers cannot run) on the main thread in slices of rows. Null when the
   * work went stale meanwhile.
   */
  draw(p: ResolvedPicture, v: HeatmapView, stale: () => boolean): Promise<HTMLCanvasElement | null>;
  destroy(): void;
}

/** Some drawn rows of the picture, from row `top`. */
interface DrawnBand {
  readonly top: number;
  readonly pixels: Uint8ClampedArray<ArrayBuffer>;
  readonly values: Float32Array | null;
}

/**
 * One chart's CPU heatmap: it owns the chart's resample workers (created on the first big picture,
 * terminated on destroy) and keeps the data stage's last resampled values, so that a new colormap
 * or norm only colours them again, as the GPU keeps its resampled values in a framebuffer.
 */
export function createCpuHeatmap(gate: WorkerGate): CpuHeatmap {
  const cores = navigator.hardwareConcurrency || 1;
  // One core is left to the main thread, which traces the contours meanwhile.
  const workers = cores >= MIN_WORKER_CORES ? createResampleWorkers(gate, Math.min(MAX_WORKERS, cores - 1)) : null;
  let resampled: { grid: Grid; key: string; values: Float32Array } | null = null;

  /**
   * Resamples and colours the picture: a small one here in one go; a big one in the workers, or
   * where there are none (too few cores) or they cannot run, here in slices of rows, so that no
   * task runs long.
   */
  async function drawBands(p: ResolvedPicture, v: HeatmapView, stale: () => boolean): Promise<DrawnBand[] | null> {
    const { rows, cols } = p.grid;
    const job = (band: RowBand) => pictureBand(p, v.kernel, v.width, v.height, band, v.window);
    const rgba = p.interpolationStage === 'rgba' && resamplesColors(v.kernel, rows, cols, v.width, v.height, v.window);
    // The rgba stage resamples four channels: about four times the data stage's work.
    const cost = separableTapReads(rows, cols, v.kernel, v.width, v.height, v.window) * (rgba ? 4 : 1);
    if (cost <= WORKER_TAP_READS) return [{ top: 0, ...finish(bandPixels(job({ top: 0, bottom: v.height }))) }];
    if (workers && !gate.blocked) {
      const bands = splitRows(v.height, workers.size);
      const drawn = await workers.draw(bands.map(job));
      if (stale()) return null;
      if (drawn) return drawn.map((d, i) => ({ top: bands[i]!.top, ...d }));
      // No worker could run (the gate is closed now): draw it here.
    }
    const sliced = await runInSlices(bandPixels(job({ top: 0, bottom: v.height })), stale, true);
    return sliced && [{ top: 0, ...sliced.value }];
  }

  /** The data stage's last values coloured again for a new colormap or norm. */
  async function recolor(p: ResolvedPicture, values: Float32Array, v: HeatmapView, stale: () => boolean) {
    const steps = colorValues(values, p.colormap, p.normShader, v.width);
    const pixels = values.length <= SLICED_COLORING_PIXELS ? finish(steps) : ((await runInSlices(steps, stale))?.value ?? null);
    // As bandPixels does: what the window shows off the grid stays transparent.
    if (pixels && v.window) clearUncoveredPixels(pixels, v.width, coverage(p.grid.rows, p.grid.cols, { ...v, window: v.window }), 0);
    return pixels;
  }

  return {
    async draw(p, v, stale) {
      const key = `${v.kernel?.name}:${v.kernel?.radius}|${v.width}x${v.height}|${v.origin}|${v.stage}|${windowKey(v)}`;
      if (resampled && resampled.grid === p.grid && resampled.key === key) {
        const pixels = await recolor(p, resampled.values, v, stale);
        return pixels && canvasOf([{ top: 0, pixels, values: null }], v.width, v.height);
      }
      const bands = await drawBands(p, v, stale);
      if (!bands) return null;
      resampled = bands.every((b) => b.values) ? { grid: p.grid, key, values: joinValues(bands, v.width, v.height) } : null;
      return canvasOf(bands, v.width, v.height);
    },
    destroy() {
      workers?.destroy();
      resampled = null;
    },
  };
}

/** The window part of a draw's cache key: its four edges, exactly. */
function windowKey({ window: w }: HeatmapView): string {
  return w ? `${w.left},${w.right},${w.top},${w.bottom}` : 'extent';
}

/** `height` rows in `count` bands of (nearly) equal height, none empty. */
function splitRows(height: number, count: number): RowBand[] {
  const rowsEach = Math.ceil(height / Math.min(count, height));
  const bands: RowBand[] = [];
  for (let top = 0; top < height; top += rowsEach) bands.push({ top, bottom: Math.min(height, top + rowsEach) });
  return bands;
}

function joinValues(bands: readonly DrawnBand[], width: number, height: number): Float32Array {
  if (bands.length === 1) return bands[0]!.values!;
  const values = new Float32Array(width * height);
  for (const b of bands) values.set(b.values!, b.top * width);
  return values;
}

function canvasOf(bands: readonly DrawnBand[], width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  for (const { top, pixels } of bands) ctx.putImageData(new ImageData(pixels, width, pixels.length / 4 / width), 0, top);
  return canvas;
}
