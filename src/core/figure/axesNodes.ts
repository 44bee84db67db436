import type { Font, GroupNode, Stroke, TextNode, VectorNode } from '../scene/scene';
import { fractionOf } from '../grid/coords';
import { PX_PER_PT, type ResolvedAxes } from './figureOptions';
import type { Box } from './layoutBox';
import { tickFont, type FigurePlan } from './planFigure';
import { lineBox, type MeasureText } from './textMetrics';

/** rc axes.linewidth and the major ticks' size, width and pad (pt). */
const LINE_WIDTH_PT = 0.8;
const TICK_LENGTH_PT = 3.5;
const TICK_PAD_PT = 3.5;
/** Axis labels sit this far beyond the tick labels; the title's baseline this far above the axes (pt). */
const LABEL_PAD_PT = 4;
const TITLE_PAD_PT = 6;
/** The x offset text sits this far below the tick labels, the y one this far above the axes (pt). */
const OFFSET_PAD_PT = 3;

export const AXES_STROKE: Stroke = Object.freeze({
  color: '#000000',
  width: LINE_WIDTH_PT * PX_PER_PT,
  cap: 'butt',
  join: 'miter',
  snap: true,
});
/** matplotlib's spines: projecting caps, so the four meet at the corners. */
const SPINE_STROKE: Stroke = Object.freeze({ ...AXES_STROKE, cap: 'square' });

/** Data value → px along the axes (x to the right, y up the page). */
export function xToPx(plan: FigurePlan, v: number): number {
  const [x0, x1] = plan.xView;
  return plan.axes.left + fractionOf(v, x0, x1) * plan.axes.width;
}

export function yToPx(plan: FigurePlan, v: number): number {
  const [y0, y1] = plan.yView;
  return plan.axes.top + (1 - fractionOf(v, y0, y1)) * plan.axes.height;
}

/** The rectangle of a box as path data. */
export function boxPath(b: Box): string {
  return `M${b.left} ${b.top}H${b.left + b.width}V${b.top + b.height}H${b.left}Z`;
}

/**
 * A text whose box (matplotlib's: at least as tall as "lp") is aligned at (x, y): `valign` says
 * which edge of the box, or its baseline, or `center_baseline` (half the ascent above the
 * baseline), sits at y. Returns the node, with the baseline resolved, and the box's extent.
 */
export function alignedText(
  measure: MeasureText,
  text: string,
  font: Font,
  x: number,
  y: number,
  anchor: TextNode['anchor'],
  valign: 'top' | 'bottom' | 'baseline' | 'center_baseline',
  tags: Pick<TextNode, 'data' | 'className'> = {},
): { node: TextNode; box: { width: number; height: number; descent: number } } {
  const box = lineBox(measure, text, font);
  const ascent = box.height - box.descent;
  const baseline = valign === 'top' ? y + ascent : valign === 'bottom' ? y - box.descent : valign === 'baseline' ? y : y + ascent / 2;
  const node: TextNode = { kind: 'text', text, x, y: baseline, anchor, rotation: 0, font, color: '#000000', ...tags };
  return { node, box };
}

/** The axes: frame, x and y ticks with their labels and offset texts, the axis labels and the title. */
export function axesNodes(plan: FigurePlan, axes: ResolvedAxes, measure: MeasureText): VectorNode[] {
  const { axes: box } = plan;
  const font = tickFont(axes);
  const tick = TICK_LENGTH_PT * PX_PER_PT;
  const labelGap = (TICK_LENGTH_PT + TICK_PAD_PT) * PX_PER_PT;
  const nodes: VectorNode[] = [];
  const bottom = box.top + box.height;

  // x: marks down from the bottom spine, labels centred below them.
  let xLabelsBottom = bottom + tick;
  if (plan.xTicks) {
    for (let i = 0; i < plan.xTicks.values.length; i++) {
      const v = plan.xTicks.values[i]!;
      const x = xToPx(plan, v);
      const label = alignedText(measure, plan.xTicks.labels[i]!, font, x, bottom + labelGap, 'middle', 'top');
      xLabelsBottom = Math.max(xLabelsBottom, bottom + labelGap + label.box.height);
      nodes.push(tickGroup('x', v, { kind: 'line', x1: x, y1: bottom, x2: x, y2: bottom + tick, stroke: AXES_STROKE }, label.node));
    }
  }
  // y: marks left of the left spine, labels right-aligned, centred on the tick's baseline.
  let yLabelsLeft = box.left - tick;
  if (plan.yTicks) {
    for (let i = 0; i < plan.yTicks.values.length; i++) {
      const v = plan.yTicks.values[i]!;
      const y = yToPx(plan, v);
      const label = alignedText(measure, plan.yTicks.labels[i]!, font, box.left - labelGap, y, 'end', 'center_baseline');
      yLabelsLeft = Math.min(yLabelsLeft, box.left - labelGap - label.box.width);
      nodes.push(tickGroup('y', v, { kind: 'line', x1: box.left - tick, y1: y, x2: box.left, y2: y, stroke: AXES_STROKE }, label.node));
    }
  }
  if (plan.xTicks?.offsetText) {
    const y = xLabelsBottom + OFFSET_PAD_PT * PX_PER_PT;
    nodes.push(alignedText(measure, plan.xTicks.offsetText, font, box.left + box.width, y, 'end', 'top', { data: { offset: 'x' } }).node);
  }
  if (plan.yTicks?.offsetText) {
    const y = box.top - OFFSET_PAD_PT * PX_PER_PT;
    nodes.push(alignedText(measure, plan.yTicks.offsetText, font, box.left, y, 'start', 'baseline', { data: { offset: 'y' } }).node);
  }
  const labelPad = LABEL_PAD_PT * PX_PER_PT;
  if (axes.xlabel) {
    nodes.push(
      alignedText(measure, axes.xlabel, font, box.left + box.width / 2, xLabelsBottom + labelPad, 'middle', 'top', {
        data: { text: 'xlabel' },
      }).node,
    );
  }
  if (axes.ylabel)
    nodes.push(verticalLabel(measure, axes.ylabel, font, yLabelsLeft - labelPad, box.top + box.height / 2, 'bottom', 'ylabel'));
  if (axes.title) {
    const titleFont = { size: font.size * 1.2, family: font.family };
    const y = box.top - TITLE_PAD_PT * PX_PER_PT;
    nodes.push(
      alignedText(measure, axes.title, titleFont, box.left + box.width / 2, y, 'middle', 'baseline', { data: { text: 'title' } }).node,
    );
  }
  // The axes' box (the DOM contract), then the frame — matplotlib's four spines — over the image and the lines.
  nodes.push({ kind: 'path', d: boxPath(box), className: 'contour-heatmap-axes' });
  if (axes.frame) {
    const [l, t, r, b] = [box.left, box.top, box.left + box.width, bottom];
    for (const [x1, y1, x2, y2] of [
      [l, t, l, b],
      [r, t, r, b],
      [l, b, r, b],
      [l, t, r, t],
    ] as const) {
      nodes.push({ kind: 'line', x1, y1, x2, y2, stroke: SPINE_STROKE });
    }
  }
  return nodes;
}

/** One tick: its mark and its label, tagged with the axis and the value (the DOM contract). */
export function tickGroup(axis: 'x' | 'y' | 'colorbar', value: number, mark: VectorNode, label: TextNode): GroupNode {
  return { kind: 'group', x: 0, y: 0, data: { axis, tick: String(value) }, children: [mark, label] };
}

/**
 * A label rotated 90° (reading upwards) whose unrotated box edge `valign` ('bottom': the descent
 * side, toward the axes; 'top': the ascent side) lies on the vertical line at x, centred on y —
 * matplotlib's y label and colorbar label (rotation_mode 'anchor').
 */
export function verticalLabel(
  measure: MeasureText,
  text: string,
  font: Font,
  x: number,
  y: number,
  valign: 'bottom' | 'top',
  name: string,
): TextNode {
  const box = lineBox(measure, text, font);
  const baselineX = valign === 'bottom' ? x - box.descent : x + (box.height - box.descent);
  return { kind: 'text', text, x: baselineX, y, anchor: 'middle', rotation: 90, font, color: '#000000', data: { text: name } };
}
