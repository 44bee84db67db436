import { exactValues, type Grid } from '../core/grid';
import type { IsoLine } from '../core/isolines';
import { traceLevels, unpackIsolines, type PackedIsolines } from '../core/isolinePacking';
import type { IsolineJob } from './isolineWorker';

/**
 * Grids up to this many cells are traced on the main thread: a worker round trip costs more
 * than tracing them (a 200 × 200 grid traces in a few milliseconds).
 */
const INLINE_CELLS = 200 * 200;

/** Thrown (as a rejection) to a trace that a newer trace replaced before it finished. */
export class SupersededError extends Error {
  constructor() {
    super('contour-heatmap: superseded by a newer trace');
  }
}

export interface ContourTracer {
  /** Traces the grid at each level. Starting a new trace cancels the pending one (it rejects with SupersededError). */
  trace(grid: Grid, levels: readonly number[], cornerMask: boolean): Promise<IsoLine[][]>;
  destroy(): void;
}

/**
 * One chart's isoline tracer. Large grids go to a Web Worker that this tracer owns (created on
 * first need, terminated on destroy); a superseded job is cancelled by terminating its worker, so
 * no CPU is spent on contours nobody will see.
 */
export function createContourTracer(): ContourTracer {
  let worker: Worker | null = null;
  let pending: { reject: (e: Error) => void } | null = null;

  function cancelPending(): void {
    if (!pending) return;
    pending.reject(new SupersededError());
    pending = null;
    worker?.terminate();
    worker = null;
  }

  return {
    trace(grid, levels, cornerMask) {
      cancelPending();
      if (grid.rows * grid.cols <= INLINE_CELLS) return Promise.resolve(traceLevels(exactValues(grid), grid.rows, grid.cols, levels, cornerMask));
      // The worker gets its own full-precision copy; the user's array is never transferred away.
      // (exactValues is a fresh array for row input, the user's own array for flat input.)
      const values = Array.isArray(grid.source) ? (exactValues(grid) as Float64Array) : Float64Array.from(exactValues(grid));
      worker ??= new Worker(new URL('./isolineWorker.ts', import.meta.url), { type: 'module' });
      const job: IsolineJob = { values, rows: grid.rows, cols: grid.cols, levels, cornerMask };
      return new Promise<IsoLine[][]>((resolve, reject) => {
        const current = { reject };
        pending = current;
        worker!.onmessage = ({ data }: MessageEvent<PackedIsolines>) => {
          if (pending !== current) return;
          pending = null;
          resolve(unpackIsolines(data));
        };
        worker!.onerror = (e) => {
          if (pending !== current) return;
          pending = null;
          reject(new Error(`contour-heatmap: isoline worker failed: ${e.message}`));
        };
        worker!.postMessage(job, [values.buffer]);
      });
    },
    destroy() {
      cancelPending();
      worker?.terminate();
      worker = null;
    },
  };
}
