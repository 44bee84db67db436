import type { RGBA } from '../color/colormaps';
import type { Font, TextNode, VectorNode } from '../scene/scene';
import { AXES_STROKE, alignedText, boxPath, tickGroup, verticalLabel } from './axesNodes';
import type { ColorbarTickSet, TickLabel } from './colorbarTicks';
import type { ColorbarColors } from './colorbarColors';
import { PX_PER_PT, type ResolvedColorbar } from './figureOptions';
import type { PlannedColorbar } from './planFigure';
import { lineBox, type MeasureText } from './textMetrics';

const MAJOR = Object.freeze({ length: 3.5 * PX_PER_PT, width: 0.8 * PX_PER_PT });
/** rc xtick.minor.size / width. */
const MINOR = Object.freeze({ length: 2 * PX_PER_PT, width: 0.6 * PX_PER_PT });
const LABEL_GAP = 7 * PX_PER_PT;

/**
 * The colorbar's vectors: the extend triangles in the under / over colours, the outline around
 * interior and triangles, ticks with labels on the outer side, the offset text and the label.
 * (The interior's colours are a raster layer: see colorbarPixels.)
 */
export function colorbarNodes(
  bar: PlannedColorbar,
  colors: ColorbarColors,
  options: ResolvedColorbar,
  font: Font,
  measure: MeasureText,
): VectorNode[] {
  const nodes: VectorNode[] = [];
  const fills = [bar.extendLower ? colors.under : null, bar.extendUpper ? colors.over : null].filter((c): c is RGBA => c !== null);
  bar.triangles.forEach((t, i) => nodes.push({ kind: 'path', d: polygonPath(t), fill: cssRgba(fills[i]!) }));
  const vertical = bar.orientation === 'vertical';
  const { interior: box } = bar;
  const right = box.left + box.width;
  const bottom = box.top + box.height;
  const at = (f: number) => (vertical ? box.top + (1 - f) * box.height : box.left + f * box.width);
  let reach = vertical ? right + MAJOR.length : bottom + MAJOR.length;
  const place = (set: ColorbarTickSet, size: typeof MAJOR, minor: boolean) => {
    set.values.forEach((value, i) => {
      const p = at(set.positions[i]!);
      const stroke = { ...AXES_STROKE, width: size.width };
      const mark = vertical
        ? ({ kind: 'line', x1: right, y1: p, x2: right + size.length, y2: p, stroke } as const)
        : ({ kind: 'line', x1: p, y1: bottom, x2: p, y2: bottom + size.length, stroke } as const);
      const label = tickLabel(set.labels[i]!, font, measure, vertical ? right + LABEL_GAP : p, vertical ? p : bottom + LABEL_GAP, vertical);
      reach = Math.max(reach, label.reach);
      const group = tickGroup('colorbar', value, mark, label.node);
      nodes.push(minor ? { ...group, data: { ...group.data, minor: '' } } : group);
    });
  };
  place(bar.ticks.major, MAJOR, false);
  place(bar.ticks.minor, MINOR, true);
  if (bar.ticks.offsetText) {
    const text = bar.ticks.offsetText;
    const offset = vertical
      ? alignedText(measure, text, font, right, box.top - 3 * PX_PER_PT, 'end', 'baseline', { data: { offset: 'colorbar' } })
      : alignedText(measure, text, font, right, reach + 3 * PX_PER_PT, 'end', 'top', { data: { offset: 'colorbar' } });
    nodes.push(offset.node);
  }
  if (options.label) {
    const pad = 4 * PX_PER_PT;
    nodes.push(
      vertical
        ? verticalLabel(measure, options.label, font, reach + pad, box.top + box.height / 2, 'top', 'colorbar-label')
        : alignedText(measure, options.label, font, box.left + box.width / 2, reach + pad, 'middle', 'top', {
            data: { text: 'colorbar-label' },
          }).node,
    );
  }
  // The colorbar's box (the DOM contract: its interior, as matplotlib's cbar.ax), then the outline around it and the triangles.
  nodes.push({ kind: 'path', d: boxPath(box), className: 'contour-heatmap-colorbar' });
  nodes.push({ kind: 'path', d: outlinePath(bar), stroke: AXES_STROKE });
  return nodes;
}

/** A tick label: plain text, or a power of ten drawn as base + superscript exponent. */
function tickLabel(
  label: TickLabel,
  font: Font,
  measure: MeasureText,
  x: number,
  y: number,
  vertical: boolean,
): { node: TextNode; reach: number } {
  const power = label.power;
  const text = power ? `${power.sign}${power.mantissa ? `${power.mantissa}\u00d7` : ''}${power.base}` : label.text;
  const aligned = vertical
    ? alignedText(measure, text, font, x, y, 'start', 'center_baseline')
    : alignedText(measure, text, font, x, y, 'middle', 'top');
  const node: TextNode = power ? { ...aligned.node, superscript: power.exponent } : aligned.node;
  const supWidth = power ? lineBox(measure, power.exponent, { ...font, size: font.size * 0.7 }).width : 0;
  return { node, reach: vertical ? x + aligned.box.width + supWidth : y + aligned.box.height };
}

/** The outline: around the interior and through the triangles' apexes, as matplotlib's colorbar outline. */
function outlinePath(bar: PlannedColorbar): string {
  if (!bar.triangles.length) return boxPath(bar.interior);
  const { left, top, width, height } = bar.interior;
  const [lower, upper] = [bar.extendLower ? bar.triangles[0] : null, bar.extendUpper ? bar.triangles[bar.triangles.length - 1] : null];
  const apex = (t: typeof lower) =>
    t
      ? t.reduce((far, p) =>
          bar.orientation === 'vertical'
            ? Math.abs(p[1] - (top + height / 2)) > Math.abs(far[1] - (top + height / 2))
              ? p
              : far
            : Math.abs(p[0] - (left + width / 2)) > Math.abs(far[0] - (left + width / 2))
              ? p
              : far,
        )
      : null;
  const lo = apex(lower);
  const hi = apex(upper);
  const r = left + width;
  const b = top + height;
  if (bar.orientation === 'vertical') {
    const points = [[left, b], ...(lo ? [lo] : []), [r, b], [r, top], ...(hi ? [hi] : []), [left, top]];
    return `${polygonPath(points as [number, number][])}`;
  }
  const points = [[left, top], ...(lo ? [lo] : []), [left, b], [r, b], ...(hi ? [hi] : []), [r, top]];
  return polygonPath(points as [number, number][]);
}

function polygonPath(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('')}Z`;
}

function cssRgba([r, g, b, a]: RGBA): string {
  return `rgba(${r},${g},${b},${a / 255})`;
}
