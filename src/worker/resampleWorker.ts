// A chart's resample worker: draws one band of the heatmap (resampling and colouring, the CPU
// renderer's own code) and sends its pixels back in transferable buffers. It holds nothing between jobs.
import { getKernel } from '../core/resample/kernels';
import { finish } from '../core/resample/separable';
import { bandPixels } from '../cpu/heatmapBands';
import type { ResampleReply, ResampleRequest } from './resampleJobs';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ResampleRequest>) => void) | null;
  postMessage(m: unknown, t: Transferable[]): void;
};

// eslint-disable-next-line local/no-module-state -- a worker runs in its own global scope, one per chart
scope.onmessage = ({ data: { id, kernel, ...job } }) => {
  // A radius kernel's radius is its filterrad (at least 2 already), so getKernel gives it back unchanged.
  const drawn = finish(bandPixels({ ...job, kernel: kernel && getKernel(kernel.name, kernel.radius) }));
  const rows = job.grid.values.buffer as ArrayBuffer;
  const reply: ResampleReply = { id, ...drawn, rows };
  scope.postMessage(reply, drawn.values ? [drawn.pixels.buffer, drawn.values.buffer, rows] : [drawn.pixels.buffer, rows]);
};
