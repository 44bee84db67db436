import { cellsPerPixel, MAX_STRETCH, windowPoint } from '../core/resample/reference';
import { targetOf } from './drawUniforms';
import { separableTapReads } from '../core/resample/separable';
import type { HeatmapView } from './heatmapRenderer';

// Which part of the picture one draw covers: a big picture is drawn (and read back) in strips of
// rows, each reading only the input rows its kernel reaches.

/** Device-pixel rows [top, bottom) of the picture, counted from the top. */
export interface Strip {
  readonly top: number;
  readonly bottom: number;
}

/** A box of device pixels, x and y from the bottom left as GL counts them. */
export interface ScissorBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Pictures with fewer tap reads than this are drawn in one go (the seed figure needs ~3M). */
const TAP_READS_ONE_STRIP = 4_000_000;
/** Tap reads per strip otherwise: about 30 ms on SwiftShader (software WebGL) on two cores. */
const TAP_READS_PER_STRIP = 1_500_000;

/** How many strips a full resampling of the view takes, from the tap reads it costs on a grid of `gridSize` (cols, rows). */
export function stripsForTapReads(gridSize: readonly [number, number], view: HeatmapView): number {
  const reads = separableTapReads(gridSize[1], gridSize[0], view.kernel, view.width, view.height, view.window);
  if (reads < TAP_READS_ONE_STRIP) return 1;
  return Math.min(view.height, Math.ceil(reads / TAP_READS_PER_STRIP));
}

/** The scissor box of a strip: GL counts device-pixel rows from the bottom. */
export function stripBox(view: HeatmapView, strip: Strip): ScissorBox {
  return { x: 0, y: view.height - strip.bottom, width: view.width, height: strip.bottom - strip.top };
}

/**
 * The input rows the vertical pass reads for a strip of output rows: the rows under the strip's
 * sample points (a window's only: the horizontal pass runs for no other row), widened by the
 * (possibly stretched) kernel's reach. Taps past the grid's edge mirror back onto rows next to the
 * edge, which the clamped range then includes; a strip wholly off the grid (drawn transparent)
 * may get an empty range.
 */
export function inputRows(view: HeatmapView, strip: Strip, rows: number, diameter: number): [number, number] {
  const target = targetOf(view);
  const { window } = view;
  const rowOf = window
    ? (py: number) => windowPoint(0, py, window, target)[1]
    : (py: number) => ((view.origin === 'lower' ? view.height - py - 0.5 : py + 0.5) * rows) / view.height;
  const [a, b] = [rowOf(strip.top), rowOf(strip.bottom - 1)].sort((x, y) => x - y) as [number, number];
  const reach = (diameter / 2) * Math.min(MAX_STRETCH, Math.max(1, cellsPerPixel(rows, 1, target)[1])) + 2;
  const first = Math.max(0, Math.floor(a - reach));
  return [first, Math.max(first, Math.min(rows, Math.ceil(b + reach) + 1))];
}
