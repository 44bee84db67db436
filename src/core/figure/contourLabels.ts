/**
 * Contour labels placed as matplotlib 3.6.3's `ax.clabel(cs)` places them (contour.py:542-586),
 * plus what matplotlib lacks: with `avoidOverlaps` (the default) no label overlaps another or
 * leaves the axes, and every level matplotlib would label keeps a label if any spot is free.
 *
 * matplotlib's rule, per level in order, per segment in order: a segment long enough
 * (`longEnoughForLabel`) gets one label, at the middle vertex of its straightest block of int(w)
 * vertices that is not within 1.2·w of a label already placed (all levels count); if every
 * block is that close, the straightest. The label is rotated along the chord ±w/2 around it
 * and, inline, the path from w/2 + spacing before to after it is cut out (contourLabelGeometry.ts).
 *
 * With `avoidOverlaps`, a candidate must also fit: its rotated w × h box inside the axes and
 * clear of every placed label's box. The first fitting block not too close wins, else the
 * straightest fitting one (matplotlib's fallback when that one fits); if no block fits the
 * segment is left unlabelled and whole. A level left with no label at all then gets one pass
 * over every position along its segments (every few px, not only block middles), straightest
 * fitting position first, as `add_label_near` would insert it. Where matplotlib's labels fit,
 * the result is matplotlib's; with `avoidOverlaps: false` it is matplotlib's exactly.
 */
import {
  blockCandidates,
  endsMeet,
  longEnoughForLabel,
  pathLengths,
  rotationAndInline,
  withVertexAt,
  type Point,
} from './contourLabelGeometry';
import { arcPositions, bend } from './contourLabelSpots';
import type { Box } from './layoutBox';
import { cornersInside, cornersOverlap, rotatedCorners, type Corners } from './rotatedRect';

export type { Point } from './contourLabelGeometry';

/** A contour line in screen px (y down). Closed lines may or may not repeat their first point. */
export interface LabelLine {
  readonly points: readonly Point[];
  readonly closed: boolean;
}

export interface ContourLabelLevel {
  readonly level: number;
  readonly lines: readonly LabelLine[];
  /** The label's unrotated text width in px, measured by the caller (matplotlib: the text's window extent). */
  readonly textWidth: number;
  /** Its height in px. Default 1.4 × fontSize (matplotlib's text box: 14 px at 10 pt). */
  readonly textHeight?: number;
}

export interface ContourLabelOptions {
  /** The axes box: labels stay inside it (with `avoidOverlaps`). */
  readonly axes: Box;
  /** Cut the lines under the labels. Default true. */
  readonly inline?: boolean;
  /** Gap left on each side of a label, px. Default 5. */
  readonly inlineSpacing?: number;
  /** Label font size in pt, for the default text height. Default 10. */
  readonly fontSize?: number;
  /** Keep text upright: rotation mapped into [−90, 90). Default true. */
  readonly rightsideUp?: boolean;
  /** Keep labels apart and inside the axes. Default true; false reproduces matplotlib 3.6.3. */
  readonly avoidOverlaps?: boolean;
}

export interface ContourLabel {
  readonly levelIndex: number;
  readonly level: number;
  /** Index of the labelled line in its level's input `lines`. */
  readonly lineIndex: number;
  /** Centre of the text, px. */
  readonly x: number;
  readonly y: number;
  /** Counter-clockwise degrees, as matplotlib's; an SVG / canvas rotation is −rotationDeg. */
  readonly rotationDeg: number;
  readonly width: number;
  readonly height: number;
  /** The rotated text box's corners. */
  readonly corners: Corners;
}

export interface ContourLabelResult {
  /** In matplotlib's order: by level, then by line. */
  readonly labels: readonly ContourLabel[];
  /** Per level, the lines after inlining (cut lines become open pieces), in matplotlib's order. */
  readonly lines: readonly (readonly LabelLine[])[];
}

interface Candidate {
  readonly points: readonly Point[];
  readonly ind: number;
  readonly rotationDeg: number;
  readonly corners: Corners;
}

export function placeContourLabels(levels: readonly ContourLabelLevel[], options: ContourLabelOptions): ContourLabelResult {
  const inline = options.inline ?? true;
  const spacing = options.inlineSpacing ?? 5;
  const avoid = options.avoidOverlaps ?? true;
  const rightsideUp = options.rightsideUp ?? true;
  const defaultHeight = 1.4 * (options.fontSize ?? 10);
  const labels: ContourLabel[] = [];
  // Per level, per input line: what replaces it (itself until a label cuts it).
  const out: LabelLine[][][] = levels.map((lev) => lev.lines.map((line) => [line]));
  const deferred: { lineIndex: number; points: readonly Point[] }[][] = levels.map(() => []);

  const candidate = (points: readonly Point[], ind: number, w: number, h: number): Candidate => {
    const { rotationDeg } = rotationAndInline(points, ind, w, spacing, false, rightsideUp);
    const [x, y] = points[ind]!;
    return { points, ind, rotationDeg, corners: rotatedCorners(x, y, w, h, rotationDeg) };
  };
  const tooClose = (c: Candidate, w: number): boolean => {
    const [x, y] = c.points[c.ind]!;
    return labels.some((l) => (x - l.x) ** 2 + (y - l.y) ** 2 < (1.2 * w) ** 2);
  };
  const fits = (c: Candidate): boolean =>
    cornersInside(c.corners, options.axes) && !labels.some((l) => cornersOverlap(l.corners, c.corners));
  const commit = (li: number, si: number, c: Candidate, w: number, h: number): void => {
    const [x, y] = c.points[c.ind]!;
    labels.push({
      levelIndex: li,
      level: levels[li]!.level,
      lineIndex: si,
      x,
      y,
      rotationDeg: c.rotationDeg,
      width: w,
      height: h,
      corners: c.corners,
    });
    if (inline) {
      const { pieces } = rotationAndInline(c.points, c.ind, w, spacing, true, rightsideUp);
      out[li]![si] = pieces!.map((p) => ({ points: p, closed: false }));
    }
  };

  levels.forEach((lev, li) => {
    const w = lev.textWidth;
    const h = lev.textHeight ?? defaultHeight;
    lev.lines.forEach((line, si) => {
      const points = segmentPoints(line);
      if (points.length < 2 || !longEnoughForLabel(points, w)) return;
      // Blocks straightest first: the first (fitting) one clear of other labels, else the straightest (fitting) one.
      let choice: Candidate | undefined;
      let straightest: Candidate | undefined;
      for (const ind of blockCandidates(points, w)) {
        const c = candidate(points, ind, w, h);
        if (avoid && !fits(c)) continue;
        straightest ??= c;
        if (!tooClose(c, w)) {
          choice = c;
          break;
        }
      }
      choice ??= straightest;
      if (choice) commit(li, si, choice, w, h);
      else deferred[li]!.push({ lineIndex: si, points });
    });
  });

  if (avoid) {
    levels.forEach((lev, li) => {
      if (deferred[li]!.length === 0 || labels.some((l) => l.levelIndex === li)) return;
      const w = lev.textWidth;
      const h = lev.textHeight ?? defaultHeight;
      let best: { c: Candidate; si: number; rank: number } | null = null;
      for (const { lineIndex, points } of deferred[li]!) {
        const pl = pathLengths(points);
        for (const s of arcPositions(pl, w, h, endsMeet(points))) {
          const { points: withVertex, ind } = withVertexAt(points, pl, s);
          const c = candidate(withVertex, ind, w, h);
          if (!fits(c)) continue;
          // Straighter first; a spot 1.2·w clear of other labels before one that is not.
          const rank = bend(points, pl, s, w, endsMeet(points)) + (tooClose(c, w) ? 1e6 : 0);
          if (!best || rank < best.rank) best = { c, si: lineIndex, rank };
        }
      }
      if (best) commit(li, best.si, best.c, w, h);
    });
  }
  labels.sort((a, b) => a.levelIndex - b.levelIndex || a.lineIndex - b.lineIndex);
  return { labels, lines: out.map((perLine) => perLine.flat()) };
}

/** matplotlib's vertices for a line: a closed line repeats its first point. */
function segmentPoints(line: LabelLine): readonly Point[] {
  const p = line.points;
  return line.closed && p.length > 1 && !endsMeet(p) ? [...p, p[0]!] : p;
}
