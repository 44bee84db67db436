// The work of a chart's contour tracer: lines are traced on the main thread; bands on it for small
// grids and in the chart's worker for big ones, with the same functions either way, so both paths
// give the same bands and pixels. Also the messages the worker exchanges with the tracer.
import type { RGBA } from '../core/color/colormaps';
import type { PackedBands } from '../core/transfer/bandPacking';
import { bandGeometry, type BandGeometry } from '../core/filled/bands';
import { paintBands, type BandPlacement, type BandRequest } from '../core/filled/filledLayer';
import type { IsoLine } from '../core/contours/isolines';
import { traceLevels } from '../core/contours/levelTracing';

/** The isolines to trace: every level, with matplotlib's corner_mask. */
export interface LineRequest {
  readonly levels: readonly number[];
  readonly cornerMask: boolean;
}

/** Everything one picture traces from its grid, in one job: so its lines and bands never cancel each other. */
export interface ContourRequest {
  readonly lines: LineRequest | null;
  readonly bands: BandRequest | null;
}

export interface ContourGeometry {
  /** One list of lines per level of the line request (empty without one). */
  readonly lines: IsoLine[][];
  /** The bands of the band request (empty without one). */
  readonly bands: BandGeometry[];
}

export function traceContours(values: ArrayLike<number>, rows: number, cols: number, request: ContourRequest): ContourGeometry {
  const { lines, bands } = request;
  return {
    lines: lines ? traceLevels(values, rows, cols, lines.levels, lines.cornerMask) : [],
    bands: bands ? bandGeometry(values, rows, cols, bands.levels, bands) : [],
  };
}

/** Paints traced bands, band k in colors[k] (see paintBands). */
export function paintGeometry(
  placement: BandPlacement,
  bands: readonly BandGeometry[],
  colors: readonly RGBA[],
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  return paintBands(
    placement,
    bands.map((band, k) => ({ ...band, color: colors[k]! })),
    width,
    height,
  );
}

/** Trace a grid's bands (the worker's own full-precision copy of its values). */
export interface TraceJob {
  readonly kind: 'trace';
  readonly values: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly bands: BandRequest;
}

export interface TraceReply {
  readonly bands: PackedBands;
  /** The job's values buffer, given back so the next trace copies its grid into memory already touched. */
  readonly values: ArrayBuffer;
}

/** Paint bands traced earlier (sent back as a copy: the chart keeps them for its next paint). */
export interface PaintJob extends BandPlacement {
  readonly kind: 'paint';
  readonly bands: PackedBands;
  readonly colors: readonly RGBA[];
  readonly width: number;
  readonly height: number;
}

export interface PaintReply {
  /** Straight RGBA bytes, width × height. */
  readonly pixels: Uint8ClampedArray<ArrayBuffer>;
}

export type ContourJob = TraceJob | PaintJob;
