// A chart's isoline worker: traces every level off the main thread and sends the lines back packed
// into transferable buffers. It holds nothing between jobs.
import { packIsolines, traceLevels } from '../core/isolinePacking';

export interface IsolineJob {
  readonly values: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly levels: readonly number[];
  readonly cornerMask: boolean;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<IsolineJob>) => void) | null; postMessage(m: unknown, t: Transferable[]): void };

scope.onmessage = ({ data }) => {
  const packed = packIsolines(traceLevels(data.values, data.rows, data.cols, data.levels, data.cornerMask));
  scope.postMessage(packed, [packed.points.buffer, packed.lineStarts.buffer, packed.levelStarts.buffer, packed.closed.buffer]);
};
