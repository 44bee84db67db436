import type { ResolvedPicture } from '../options';
import { callUserFormat } from '../errors';
import type { Font } from '../scene/scene';
import { axisTicks, type AxisTickSet } from './axisTicks';
import { colorbarSource, type ColorbarSource } from './colorbarSource';
import { colorbarTicks, type ColorbarTicks } from './colorbarTicks';
import { colorbarPosition, colorbarScale } from './colorbarScale';
import { inView } from './maxNLocator';
import { scalarTickLabels } from './scalarFormatter';
import { PX_PER_PT, type ResolvedAxes, type ResolvedColorbar, type ResolvedFigure } from './figureOptions';
import { axesDecorations, colorbarLayout, constrainedLayout, subplotBox, type ColorbarGeometry } from './layout';
import type { Box } from './layoutBox';
import { lineBox, type MeasureText } from './textMetrics';
import type { Extent } from '../grid/coords';
import type { View } from '../view/view';

/** Where everything of a figure goes, decided before its layers are drawn (they are drawn at these sizes). */
export interface FigurePlan {
  readonly width: number;
  readonly height: number;
  /** The axes box; with axes={false}, the whole figure. */
  readonly axes: Box;
  /**
   * The box the image layer is drawn in: the axes. The image is resampled for the view, so the
   * extent's part of it lies wherever the view puts it (transparent beyond the extent).
   */
  readonly image: Box;
  /** The data values at the axes' left/right and bottom/top edges: the view (by default the extent). */
  readonly xView: readonly [number, number];
  readonly yView: readonly [number, number];
  readonly xTicks: AxisTickSet | null;
  readonly yTicks: AxisTickSet | null;
  readonly colorbar: PlannedColorbar | null;
}

export interface PlannedColorbar extends ColorbarGeometry {
  readonly source: ColorbarSource;
  readonly ticks: ColorbarTicks;
}

/** The view as an extent ([left, right, bottom, top] at the axes' edges): what maps data to the image box's pixels. */
export function viewFrame(plan: Pick<FigurePlan, 'xView' | 'yView'>): Extent {
  return [plan.xView[0], plan.xView[1], plan.yView[0], plan.yView[1]];
}

/** The tick label font of the axes (pt → CSS px). */
export function tickFont(axes: ResolvedAxes): Font {
  return { size: axes.fontSize * PX_PER_PT, family: axes.fontFamily };
}

/**
 * Lays the figure out. 'matplotlib': the default subplot, shrunk for a colorbar as
 * `fig.colorbar(im, ax=ax)` does. 'constrained': margins fitted to the tick labels, texts and
 * colorbar actually drawn (measured), like matplotlib's constrained layout; ticks are located
 * again for the fitted lengths.
 */
export function planFigure(
  p: ResolvedPicture,
  figure: ResolvedFigure,
  width: number,
  height: number,
  measure: MeasureText,
  view: View | null = null,
): FigurePlan {
  const [left, right, bottom, top] = p.extent;
  const xView = view ? view.x : ([left, right] as const);
  const yView = view ? view.y : ([bottom, top] as const);
  const { axes } = figure;
  if (!axes) {
    const whole = { left: 0, top: 0, width, height };
    return { width, height, axes: whole, image: whole, xView, yView, xTicks: null, yTicks: null, colorbar: null };
  }
  const source = figure.colorbar && colorbarSource(p);
  const orientation = figure.colorbar?.orientation ?? 'vertical';
  const fixed = figure.colorbar ? colorbarLayout(width, height, { orientation, extend: source!.extend }) : null;
  let box = fixed ? fixed.axes : subplotBox(width, height);
  let bar: ColorbarGeometry | null = fixed;
  if (figure.layout === 'constrained') {
    const first = ticksFor(box, bar);
    const fitted = constrainedLayout(width, height, {
      decorations: axesDecorations(decorationSizes(first.xTicks, first.yTicks, axes, measure)),
      colorbar: source && { orientation, extend: source.extend, decorations: { outer: colorbarOuter(first.colorbar, figure, measure) } },
    });
    if (!fitted.collapsed) {
      box = fitted.axes;
      bar = fitted.colorbar;
    }
  }
  return { width, height, axes: box, image: box, xView, yView, ...ticksFor(box, bar) };

  function ticksFor(b: Box, g: ColorbarGeometry | null) {
    const a = axes!;
    const xTicks = axisTicks({ axis: 'x', view: xView, lengthPx: b.width, fontSizePt: a.fontSize, ticks: a.xticks, format: a.format });
    const yTicks = axisTicks({ axis: 'y', view: yView, lengthPx: b.height, fontSizePt: a.fontSize, ticks: a.yticks, format: a.format });
    let colorbar: PlannedColorbar | null = null;
    if (g && source) {
      const long = g.orientation === 'vertical' ? g.interior.height : g.interior.width;
      const located = colorbarTicks({ ...source.norm, lengthPt: (long * 72) / 100, fontSizePt: a.fontSize, orientation: g.orientation });
      colorbar = { ...g, source, ticks: withGivenTicks(located, source, figure.colorbar!) };
    }
    return { xTicks, yTicks, colorbar };
  }
}

/**
 * The colorbar's ticks with the given positions and label function in place of the norm's locator
 * and formatter (matplotlib's `cbar.set_ticks` / `format`): given ticks are labelled by the
 * ScalarFormatter (unless `format`), and no minor ticks are drawn.
 */
function withGivenTicks(located: ColorbarTicks, source: ColorbarSource, options: ResolvedColorbar): ColorbarTicks {
  if (!options.ticks && !options.format) return located;
  const scale = colorbarScale(source.norm);
  const values = options.ticks ? options.ticks.filter((v) => inView(v, located.view, scale.forward)) : located.major.values;
  const scalar = scalarTickLabels(options.ticks ?? located.major.values, located.view, scale.forward);
  const format = options.format;
  const labels = format
    ? values.map((v) => ({ text: callUserFormat('colorbar.format', () => format(v)) }))
    : options.ticks
      ? scalar.labels.map((text) => ({ text }))
      : located.major.labels;
  const major = { values, labels, positions: values.map((v) => colorbarPosition(scale, v)) };
  const none = { values: [], labels: [], positions: [] };
  return {
    view: located.view,
    major,
    minor: options.ticks ? none : located.minor,
    offsetText: format ? '' : options.ticks ? scalar.offsetText : located.offsetText,
  };
}

/** What the axes' decorations measure, for the constrained layout. */
function decorationSizes(x: AxisTickSet, y: AxisTickSet, axes: ResolvedAxes, measure: MeasureText) {
  const font = tickFont(axes);
  const title = { size: font.size * 1.2, family: font.family };
  const box = (text: string, f: Font) => lineBox(measure, text, f);
  const xBoxes = x.labels.map((l) => box(l, font));
  const yBoxes = y.labels.map((l) => box(l, font));
  const max = (values: number[]) => (values.length ? values.reduce((a, b) => Math.max(a, b), 0) : undefined);
  return {
    xTickLabels: max(xBoxes.map((b) => b.height)),
    yTickLabels: max(yBoxes.map((b) => b.width)),
    xTickOverhang: [(xBoxes[0]?.width ?? 0) / 2, (xBoxes[xBoxes.length - 1]?.width ?? 0) / 2] as const,
    yTickOverhang: [(yBoxes[0]?.height ?? 0) / 2, (yBoxes[yBoxes.length - 1]?.height ?? 0) / 2] as const,
    ...(axes.xlabel ? { xLabel: box(axes.xlabel, font).height } : {}),
    ...(axes.ylabel ? { yLabel: box(axes.ylabel, font).height } : {}),
    ...(axes.title ? { title: box(axes.title, title).height } : {}),
    ...(x.offsetText ? { xOffsetText: box(x.offsetText, font).height } : {}),
    ...(y.offsetText ? { yOffsetText: box(y.offsetText, font).height } : {}),
  };
}

/** How far a colorbar's ticks, labels and label reach beyond its bar, away from the axes. */
function colorbarOuter(bar: PlannedColorbar | null, figure: ResolvedFigure, measure: MeasureText): number {
  if (!bar || !figure.axes || !figure.colorbar) return 0;
  const font = tickFont(figure.axes);
  const vertical = bar.orientation === 'vertical';
  const sizes = bar.ticks.major.labels.map((l) => lineBox(measure, l.text, font));
  const labels = sizes.reduce((a, s) => Math.max(a, vertical ? s.width : s.height), 0);
  const label = figure.colorbar.label ? lineBox(measure, figure.colorbar.label, font).height : undefined;
  const d = axesDecorations({ yTickLabels: labels, ...(label === undefined ? {} : { yLabel: label }) });
  return d.left;
}
