// A chart's contour worker: traces and paints the filled-contour bands of big grids off the main
// thread, sending the results back packed into transferable buffers. It holds nothing between jobs.
import { packBands, packedBandBuffers, unpackBands } from '../core/transfer/bandPacking';
import { bandGeometry } from '../core/filled/bands';
import { paintGeometry, type ContourJob, type PaintReply, type TraceReply } from './contourJobs';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ContourJob>) => void) | null;
  postMessage(m: unknown, t: Transferable[]): void;
};

// eslint-disable-next-line local/no-module-state -- a worker runs in its own global scope, one per chart
scope.onmessage = ({ data: job }) => {
  if (job.kind === 'paint') {
    const reply: PaintReply = { pixels: paintGeometry(job, unpackBands(job.bands), job.colors, job.width, job.height) };
    scope.postMessage(reply, [reply.pixels.buffer]);
    return;
  }
  const bands = packBands(bandGeometry(job.values, job.rows, job.cols, job.bands.levels, job.bands));
  const values = job.values.buffer as ArrayBuffer;
  const reply: TraceReply = { bands, values };
  scope.postMessage(reply, [...packedBandBuffers(bands), values]);
};
