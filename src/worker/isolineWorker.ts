// A chart's contour worker: traces isolines and filled-contour bands, and paints bands, off the
// main thread, sending the results back packed into transferable buffers. It holds nothing between
// jobs.
import { packBands, packedBandBuffers, unpackBands } from '../core/transfer/bandPacking';
import { packIsolines } from '../core/transfer/isolinePacking';
import { paintGeometry, traceContours, type ContourJob, type PaintReply, type TraceReply } from './contourJobs';

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
  const traced = traceContours(job.values, job.rows, job.cols, job);
  const lines = packIsolines(traced.lines);
  const values = job.values.buffer as ArrayBuffer;
  const reply: TraceReply = { lines, bands: job.bands ? packBands(traced.bands) : null, values };
  const lineBuffers = [lines.points.buffer, lines.lineStarts.buffer, lines.levelStarts.buffer, lines.closed.buffer];
  scope.postMessage(reply, [...lineBuffers, ...(reply.bands ? packedBandBuffers(reply.bands) : []), values]);
};
