// The messages between a chart's resample workers and their client (resampleWorkers.ts).
import type { BandJob, BandPixels } from '../cpu/heatmapBands';
import type { KernelName } from '../core/resample/kernels';

/**
 * A band to draw: the job with its grid rows copied (their buffer is transferred) and the kernel by
 * name and radius (its weight function cannot be posted; getKernel builds the same one again).
 */
export interface ResampleRequest extends Omit<BandJob, 'kernel'> {
  readonly id: number;
  readonly kernel: { readonly name: KernelName; readonly radius: number } | null;
}

export interface ResampleReply extends BandPixels {
  readonly id: number;
  /** The request's grid-rows buffer, given back for the next request's rows. */
  readonly rows: ArrayBuffer;
}
