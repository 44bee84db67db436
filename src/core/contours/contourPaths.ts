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
 * view; by default the extent). Tracing is separate so a chart can trace off the main thread and
 * re-use the lines when only the size, the view or the colours change. A zoomed view shows a small
 * part of the lines: only the segments that reach into the area are written (the rest would be
 * clipped anyway), so the path data stays as small as what is seen.
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
  const area = { width, height };
  return contours.styles.flatMap((style, k) =>
    (lines[k] ?? []).flatMap((line) => {
      const d = visiblePathData(lineToPixels(line, contours.xNodes, contours.yNodes, frame, width, height), line.closed, area);
      return d ? [{ style, d }] : [];
    }),
  );
}

/**
 * Beyond the area, this far (CSS px): segments ending there may still show a stroke's width or a
 * round join inside it.
 */
const CULL_MARGIN = 16;

/**
 * {@link pathData} of the segments that reach into the area (their bounding box meets it, grown by
 * {@link CULL_MARGIN}); each run of them a subpath. A line wholly inside is written whole (closed
 * if it is); one wholly outside gives ''.
 */
export function visiblePathData(points: Float64Array, closed: boolean, area: { width: number; height: number }): string {
  const [x0, y0, x1, y1] = [-CULL_MARGIN, -CULL_MARGIN, area.width + CULL_MARGIN, area.height + CULL_MARGIN];
  const inside = (i: number) => points[i]! >= x0 && points[i]! <= x1 && points[i + 1]! >= y0 && points[i + 1]! <= y1;
  let all = true;
  for (let i = 0; i < points.length && all; i += 2) all = inside(i);
  if (all) return pathData(points, closed);
  const n = points.length / 2;
  const segments = closed ? n : n - 1;
  const reaches = (a: number, b: number) =>
    Math.max(points[a]!, points[b]!) >= x0 &&
    Math.min(points[a]!, points[b]!) <= x1 &&
    Math.max(points[a + 1]!, points[b + 1]!) >= y0 &&
    Math.min(points[a + 1]!, points[b + 1]!) <= y1;
  let d = '';
  let open = false;
  for (let s = 0; s < segments; s++) {
    const [a, b] = [2 * s, 2 * ((s + 1) % n)];
    if (!reaches(a, b)) {
      open = false;
      continue;
    }
    if (!open) d += `M${round(points[a]!)} ${round(points[a + 1]!)}`;
    d += `L${round(points[b]!)} ${round(points[b + 1]!)}`;
    open = true;
  }
  return d;
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
