import type { PackedBands } from '../core/transfer/bandPacking';
import type { BandGeometry } from '../core/filled/bands';
import type { RGBA } from '../core/color/colormaps';
import type { BandPlacement } from '../core/filled/filledLayer';
import { exactValues, type Grid } from '../core/grid/grid';
import type { BandRequest } from '../core/filled/filledLayer';
import { unpackBands } from '../core/transfer/bandPacking';
import { bandGeometry } from '../core/filled/bands';
import { paintGeometry, type ContourJob, type PaintJob, type PaintReply, type TraceJob, type TraceReply } from './contourJobs';
import { createWorkerGate, type WorkerGate } from './workerGate';

/**
 * Grids up to this many cells have their bands traced (and painted) on the main thread: a worker
 * round trip costs more than tracing them (a 200 × 200 grid traces in a few milliseconds).
 */
const INLINE_CELLS = 200 * 200;

/** Thrown (as a rejection) to a trace that a newer trace replaced before it finished. */
export class SupersededError extends Error {
  constructor() {
    super('contour-heatmap: superseded by a newer trace');
  }
}

/**
 * Traced filled-contour bands: the geometry itself when traced on the main thread, or the packed
 * buffers the worker sent, which go back to the worker (copied) to be painted there.
 */
export type TracedBands = { readonly geometry: readonly BandGeometry[] } | { readonly packed: PackedBands };

export interface ContourTracer {
  /**
   * Traces the grid's filled-contour bands. Starting any new job (trace or paint) cancels the
   * pending one: it rejects with SupersededError.
   */
  traceBands(grid: Grid, request: BandRequest): Promise<TracedBands>;
  /** Cancels the pending job, if any (a picture without bands replaced it): it rejects with SupersededError. */
  cancel(): void;
  /**
   * Paints traced bands, band k in colors[k], into width × height straight RGBA bytes: in the
   * worker when they were traced there. Cancels the pending job, as {@link traceBands} does.
   */
  paint(
    bands: TracedBands,
    colors: readonly RGBA[],
    placement: BandPlacement,
    width: number,
    height: number,
  ): Promise<Uint8ClampedArray<ArrayBuffer>>;
  destroy(): void;
}

/**
 * One chart's filled-contour tracer (its lines are traced on the main thread: they visit only the
 * quads they cross, which costs less than a copy of the grid for a worker). Large grids go to a Web
 * Worker that this tracer owns (created on first need, terminated on destroy); a superseded job is
 * cancelled by terminating its worker, so no CPU is spent on bands nobody will see. The worker runs
 * one job at a time: a picture paints its bands only once they are traced, so its own jobs never
 * overlap, and any job still pending when a new one starts belongs to an older picture.
 */
export function createContourTracer(gate: WorkerGate = createWorkerGate()): ContourTracer {
  let worker: Worker | null = null;
  let pending: { reject: (e: Error) => void } | null = null;
  // The last trace's values buffer, back from the worker: fresh memory costs a page fault per 4 kB
  // on first touch, for a big grid more than the copy into it.
  let spare: ArrayBuffer | null = null;

  function cancelPending(): void {
    if (!pending) return;
    pending.reject(new SupersededError());
    pending = null;
    worker?.terminate();
    worker = null;
  }

  /**
   * Runs a job in the chart's worker, or — where workers cannot run (a CSP without worker-src, a
   * bundler that dropped the worker file) — `inline` on the main thread, with one warning per chart (its gate's).
   */
  function run<Reply, T>(job: ContourJob, transfer: Transferable[], receive: (reply: Reply) => T, inline: () => T): Promise<T> {
    if (gate.blocked) return Promise.resolve().then(inline);
    try {
      worker ??= new Worker(new URL('./isolineWorker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      blockWorkers(e);
      return Promise.resolve().then(inline);
    }
    const w = worker;
    return new Promise<T>((resolve, reject) => {
      const current = { reject };
      pending = current;
      w.onmessage = ({ data }: MessageEvent<Reply>) => {
        if (pending !== current) return;
        pending = null;
        resolve(receive(data));
      };
      w.onerror = (e) => {
        if (pending !== current) return;
        pending = null;
        if (!e.message) {
          // The worker never started (its script was refused or not found): do the job here.
          blockWorkers('its script could not be loaded');
          try {
            resolve(inline());
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
          return;
        }
        reject(new Error(`contour-heatmap: the contour worker failed (${e.message}); the chart draws again on the next update`));
      };
      w.postMessage(job, transfer);
    });
  }

  function blockWorkers(cause: unknown): void {
    worker?.terminate();
    worker = null;
    gate.block(cause, 'filled contours of big grids are traced on the main thread instead');
  }

  /** A copy of the values, in the spare buffer when it is big enough. */
  function copyOf(values: ArrayLike<number>): Float64Array {
    const buffer = spare;
    spare = null;
    const copy =
      buffer && buffer.byteLength >= values.length * 8 ? new Float64Array(buffer, 0, values.length) : new Float64Array(values.length);
    copy.set(values);
    return copy;
  }

  const tracer: ContourTracer = {
    traceBands(grid, request) {
      cancelPending();
      if (grid.rows * grid.cols <= INLINE_CELLS) return Promise.resolve(traceInline(grid, request));
      // The worker gets its own full-precision copy; the user's array is never transferred away.
      // (exactValues is a fresh array for row input, the user's own array for flat input.)
      const values = Array.isArray(grid.source) ? (exactValues(grid) as Float64Array) : copyOf(exactValues(grid));
      const job: TraceJob = { kind: 'trace', values, rows: grid.rows, cols: grid.cols, bands: request };
      return run(
        job,
        [values.buffer],
        (reply: TraceReply) => {
          spare = reply.values;
          return { packed: reply.bands };
        },
        () => traceInline(grid, request),
      );
    },
    cancel: cancelPending,
    paint(bands, colors, { contours, extent }, width, height) {
      cancelPending();
      if ('geometry' in bands) return Promise.resolve(paintGeometry({ contours, extent }, bands.geometry, colors, width, height));
      // Structured-cloned, not transferred: the chart keeps the bands for its next paint.
      const placement = { contours: contours && { xNodes: contours.xNodes, yNodes: contours.yNodes }, extent };
      const job: PaintJob = { kind: 'paint', bands: bands.packed, colors, ...placement, width, height };
      return run(
        job,
        [],
        (reply: PaintReply) => reply.pixels,
        () => paintGeometry({ contours, extent }, unpackBands(bands.packed), colors, width, height),
      );
    },
    destroy() {
      cancelPending();
      worker?.terminate();
      worker = null;
    },
  };
  return tracer;
}

/** The trace job on the main thread: the same geometry the worker sends, unpacked. */
function traceInline(grid: Grid, request: BandRequest): TracedBands {
  return { geometry: bandGeometry(exactValues(grid), grid.rows, grid.cols, request.levels, request) };
}
