import type { LevelStyle } from './contourStyle';
import { lineToPixels } from './coords';
import { exactValues } from './grid';
import { traceIsolines } from './isolines';
import type { ResolvedPicture } from './options';

/** One traced contour line, ready to draw: an SVG path in the plot's CSS-pixel space and its level's style. */
export interface ContourPath {
  readonly style: LevelStyle;
  /** SVG path data; Canvas2D's Path2D accepts the same string, so export strokes identical geometry. */
  readonly d: string;
}

/**
 * Traces every level of a resolved picture and lays the lines out in a width × height plot area
 * (CSS px, y down). Levels outside the data range simply yield no lines, as in matplotlib.
 */
export function contourPaths(picture: ResolvedPicture, width: number, height: number): ContourPath[] {
  const { contours, grid, extent } = picture;
  if (!contours) return [];
  const values = exactValues(picture.grid);
  const paths: ContourPath[] = [];
  for (const style of contours.styles) {
    for (const line of traceIsolines(values, grid.rows, grid.cols, style.level)) {
      const points = lineToPixels(line, contours.xNodes, contours.yNodes, extent, width, height);
      paths.push({ style, d: pathData(points, line.closed) });
    }
  }
  return paths;
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
