import type { BandJob, BandPixels } from '../cpu/heatmapBands';
import type { ResampleReply, ResampleRequest } from './resampleJobs';
import type { WorkerGate } from './workerGate';

export interface ResampleWorkers {
  /** The most workers (and so bands) a picture is split into: one per logical core. */
  readonly size: number;
  /**
   * Draws the bands in the chart's workers, band i in worker i mod size, all at once; resolves
   * to their pixels in the jobs' order, or to null when workers cannot run here (the gate is
   * closed: the caller draws on the main thread).
   */
  draw(jobs: readonly BandJob[]): Promise<BandPixels[] | null>;
  /** Terminates the workers; draws still running resolve to null. Safe to call more than once. */
  destroy(): void;
}

/**
 * One chart's resample workers, each created when a band first needs it and terminated on destroy
 * (or when one fails: the chart's gate then sends every later draw to the main thread, with one
 * warning). Each
 * band is sent a copy of just the grid rows it reads, in a transferred buffer, so nothing needs
 * SharedArrayBuffer (or the cross-origin isolation it requires).
 */
export function createResampleWorkers(gate: WorkerGate, size: number): ResampleWorkers {
  // Started as bands first need them: a picture split in fewer bands starts fewer workers.
  const workers: Worker[] = [];
  let nextId = 0;
  // Every band sent and not answered yet, by request id; a draw waits for all of its bands.
  const waiting = new Map<number, (reply: ResampleReply | null) => void>();
  // Each worker's last grid-rows buffer, sent back with its reply: the next band's rows are copied
  // into it, since fresh memory costs a page fault per 4 kB on first touch (for a big grid, more
  // than the copy itself).
  const spare: (ArrayBuffer | undefined)[] = [];

  /** A copy of a band's grid rows, in the worker's spare buffer when it is big enough. */
  function rowsFor(values: Float32Array, worker: number): Float32Array {
    const buffer = spare[worker];
    spare[worker] = undefined;
    const copy =
      buffer && buffer.byteLength >= values.byteLength ? new Float32Array(buffer, 0, values.length) : new Float32Array(values.length);
    copy.set(values);
    return copy;
  }

  function fail(cause: unknown): void {
    stop();
    gate.block(cause, 'big heatmaps are resampled on the main thread instead');
  }

  /** Terminates the workers and settles every band still waiting with null. */
  function stop(): void {
    for (const w of workers.splice(0)) w.terminate();
    spare.length = 0;
    const settle = [...waiting.values()];
    waiting.clear();
    for (const s of settle) s(null);
  }

  function start(index: number): Worker {
    const w = new Worker(new URL('./resampleWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<ResampleReply>) => {
      spare[index] = data.rows;
      const settle = waiting.get(data.id);
      waiting.delete(data.id);
      settle?.(data);
    };
    // No message: the script was refused or not found. A message: the job threw (out of memory, say).
    w.onerror = (e) => fail(e.message ? `a resample worker failed: ${e.message}` : 'its script could not be loaded');
    w.onmessageerror = () => fail('a resample worker could not read its job');
    return w;
  }

  /** Sends one band to worker `index` (started if need be); resolves to null if the workers stop first. */
  function send({ kernel, ...job }: BandJob, index: number): Promise<ResampleReply | null> {
    const w = (workers[index] ??= start(index));
    const id = nextId++;
    // The band's own copy of its rows: the picture's grid is never transferred away.
    const values = rowsFor(job.grid.values, index);
    const request: ResampleRequest = {
      ...job,
      id,
      grid: { ...job.grid, values },
      kernel: kernel && { name: kernel.name, radius: kernel.radius },
    };
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      w.postMessage(request, [values.buffer]);
    });
  }

  return {
    size,
    async draw(jobs) {
      if (gate.blocked) return null;
      let replies: Promise<ResampleReply | null>[];
      try {
        replies = jobs.map((job, i) => send(job, i % size));
      } catch (e) {
        fail(e);
        return null;
      }
      const drawn = await Promise.all(replies);
      return drawn.some((r) => r === null) ? null : drawn.map((r) => ({ pixels: r!.pixels, values: r!.values }));
    },
    destroy() {
      stop();
    },
  };
}
