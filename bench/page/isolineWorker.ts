// Our isoline tracer (src/core/isolines.ts) in a Web Worker, as a chart could run it off the main
// thread: the bench posts the grid and the levels, and gets the lines back (point buffers transferred).
import { traceIsolines } from '../../src/core/isolines';

interface Job {
  readonly id: number;
  readonly values: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly levels: number[];
}

self.onmessage = (event: MessageEvent<Job>) => {
  const { id, values, rows, cols, levels } = event.data;
  const t0 = performance.now();
  const lines = levels.map((level) => traceIsolines(values, rows, cols, level));
  const workerMs = performance.now() - t0;
  const buffers = lines.flatMap((ls) => ls.map((l) => l.points.buffer as ArrayBuffer));
  (self as unknown as Worker).postMessage({ id, lines, workerMs }, buffers);
};
