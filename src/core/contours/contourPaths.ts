import type { LevelStyle } from './contourStyle';
import { lineToPixels } from '../grid/coords';
import type { IsoLine } from './isolines';
import type { ResolvedPicture } from '../options';
import type { Extent } from '../grid/coords';

/** One traced contour line, ready to draw: an SVG path in the plot's CSS-pixel space and its level's style. */
export interface ContourPath {
  readonly style: LevelStyle;
  /** SVG path data; Canvas2D's Path2D accepts the same string, so export strokes identical geometry. */
  readonly d: string;
}

/**
 * Lays traced lines (one list per level, in the order of the picture's levels) out in a
 * width × height plot area (CSS px, y down) whose edges are at `frame` in data coordinates (the
 * view; by default the extent). Lines beyond it are left to the area's clip. Tracing is separate so a chart can trace off the
 * main thread and re-use the lines when only the size or the colours change.
 */
export function layoutContours(
  picture: ResolvedPicture,
  lines: readonly (readonly IsoLine[])[],
  width: number,
  height: number,
  frame: Extent = picture.extent,
): ContourPath[] {
  const { contours } = picture;
  if (!contours) return [];
  return contours.styles.flatMap((style, k) =>
    (lines[k] ?? []).map((line) => ({
      style,
      d: pathData(lineToPixels(line, contours.xNodes, contours.yNodes, frame, width, height), line.closed),
    })),
  );
}

/** "M x y L x y … [Z]" with coordinates rounded to 1/1000 px. */
export function pathData(points: Float64Array, closed: boolean): string {
  let d = '';
  for (let i = 0; i < points.length; i += 2) {
    d += `${i === 0 ? 'M' : 'L'}${round(points[i]!)} ${round(points[i + 1]!)}`;
  }
  return closed ? `${d}Z` : d;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
