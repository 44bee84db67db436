// Our isoline tracer (src/core/isolines.ts) in a Web Worker, as a chart could run it off the main
// thread: the bench posts the grid and the levels, and gets the lines back (point buffers transferred).
import { traceLevels } from '../../src/core/contours/levelTracing';

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
  const lines = traceLevels(values, rows, cols, levels);
  const workerMs = performance.now() - t0;
  const buffers = lines.flatMap((ls) => ls.map((l) => l.points.buffer as ArrayBuffer));
  (self as unknown as Worker).postMessage({ id, lines, workerMs }, buffers);
};
