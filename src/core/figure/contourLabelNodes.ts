import { pathData, type ContourPath } from '../contours/contourPaths';
import type { IsoLine } from '../contours/isolines';
import { lineToPixels, type Extent } from '../grid/coords';
import type { ResolvedPicture } from '../options';
import type { Font, TextNode } from '../scene/scene';
import type { ResolvedContourLabels } from './contourLabelOptions';
import { placeContourLabels, type LabelLine, type Point } from './contourLabels';
import { PX_PER_PT } from './figureOptions';
import { contourLabelTexts } from './scalarFormatter';
import { lineBox, type MeasureText } from './textMetrics';

export interface LabelledContours {
  /** The contour lines in the image box's px, cut under the labels when inline. */
  readonly paths: readonly ContourPath[];
  /** The labels, in the image box's px: text centred on the line, rotated along it, kept upright. */
  readonly labels: readonly TextNode[];
}

/**
 * matplotlib's `clabel` on the picture's contour lines, laid out in a width × height image box:
 * labels on their lines (where matplotlib puts them), never overlapping one another or leaving
 * the box, and the lines cut under them when inline. The box's edges are at `frame` in data
 * coordinates (the view), so labels are placed for what the view shows.
 */
export function labelContours(
  p: ResolvedPicture,
  lines: readonly (readonly IsoLine[])[],
  width: number,
  height: number,
  options: ResolvedContourLabels,
  fontFamily: string,
  measure: MeasureText,
  frame: Extent = p.extent,
): LabelledContours {
  const contours = p.contours!;
  const font: Font = { size: options.fontSize * PX_PER_PT, family: fontFamily };
  const levels = contours.styles.map((s) => s.level);
  const texts = options.format ? levels.map(options.format) : contourLabelTexts(levels);
  // Levels from a count carry float noise (−0.6000000000000001): a given level matches to 1e-9 of the span.
  const span = Math.abs(levels[levels.length - 1]! - levels[0]!) || 1;
  const wanted = (level: number) => !options.levels || options.levels.some((l) => Math.abs(l - level) <= 1e-9 * span);
  const pxLines = contours.styles.map((_, k) =>
    (lines[k] ?? []).map((line): LabelLine => ({
      points: toPoints(lineToPixels(line, contours.xNodes, contours.yNodes, frame, width, height)),
      closed: line.closed,
    })),
  );
  const labelled = contours.styles.map((_style, k) => k).filter((k) => wanted(levels[k]!));
  const boxes = labelled.map((k) => lineBox(measure, texts[k]!, font));
  const placed = placeContourLabels(
    labelled.map((k, i) => ({ level: levels[k]!, lines: pxLines[k]!, textWidth: boxes[i]!.width, textHeight: boxes[i]!.height })),
    { axes: { left: 0, top: 0, width, height }, inline: options.inline, inlineSpacing: options.inlineSpacing, fontSize: options.fontSize },
  );
  const cut = new Map(labelled.map((k, i) => [k, placed.lines[i]!]));
  const paths = contours.styles.flatMap((style, k) =>
    (cut.get(k) ?? pxLines[k]!).map((line) => ({ style, d: pathData(fromPoints(line.points), line.closed) })),
  );
  const labels = placed.labels.map((label): TextNode => {
    const k = labelled[label.levelIndex]!;
    const box = boxes[label.levelIndex]!;
    const color = options.colors ? options.colors[label.levelIndex % options.colors.length]! : contours.styles[k]!.color;
    // (x, y) is the text's centre; its baseline lies (h/2 − descent) below that, in the text's own frame.
    const drop = box.height / 2 - box.descent;
    const theta = (label.rotationDeg * Math.PI) / 180;
    return {
      kind: 'text',
      text: texts[k]!,
      x: label.x + drop * Math.sin(theta),
      y: label.y + drop * Math.cos(theta),
      anchor: 'middle',
      rotation: label.rotationDeg,
      font,
      color,
      data: { clabel: String(levels[k]) },
    };
  });
  return { paths, labels };
}

function toPoints(xy: Float64Array): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < xy.length; i += 2) points.push([xy[i]!, xy[i + 1]!]);
  return points;
}

function fromPoints(points: readonly Point[]): Float64Array {
  const xy = new Float64Array(points.length * 2);
  points.forEach(([x, y], i) => {
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
  });
  return xy;
}
