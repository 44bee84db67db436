/**
 * Margins fitted to what is drawn around one axes and its colorbar, after matplotlib's
 * constrained layout (_constrained_layout.py, 3.6.3) for a single subplot.
 *
 * The rule, per side of the figure:
 *   figure edge | w_pad (h_pad) | the axes' decorations | axes box
 * and on the colorbar's side
 *   axes box | the axes' decorations | pad · axes size | colorbar's inner decorations | bar |
 *   colorbar's outer decorations | w_pad (h_pad) | figure edge
 * (`make_layout_margins`: leftcb/rightcb = w_pad + colorbar tight width + pad; left/right = the
 * axes' tight bbox beyond its position). The colorbar's slot is, like `reposition_colorbar`,
 * fraction × shrink of the axes box, centred on it along the long axis, and the bar inside it
 * follows the same aspect / extend rules as without constrained layout ({@link colorbarGeometry}).
 * With constrained layout the pad defaults to .05 for every location (colorbar.py make_axes).
 *
 * matplotlib solves the margins twice with a linear solver, each pass using the previous pass's
 * axes size for the pad; we solve the fixed point in closed form, so the axes can differ from
 * matplotlib's by a few px (measured: ≤ 3 px, figure_layout.py's constrained cases). Two
 * deliberate differences: a horizontal colorbar's bar sits exactly `pad` from the decorations
 * (matplotlib offsets the slot by its own height and can leave a few px more), and a colorbar's
 * decorations past the ends of its long axis are compared with the axes' decorations as if the
 * bar spanned the whole axes (exact for shrink 1, generous otherwise).
 */
import { COLORBAR_LOCATIONS, colorbarGeometry, colorbarLocation } from './colorbarGeometry';
import type { ColorbarGeometry, ColorbarLocation, ColorbarOrientation, ColorbarShapeOptions } from './colorbarGeometry';
import { PX_PER_PT, boxBottom, boxRight, type Box } from './layoutBox';

/** How far (px) what is drawn around a box reaches beyond it on each side. */
export interface AxesDecorations {
  readonly left?: number;
  readonly right?: number;
  readonly top?: number;
  readonly bottom?: number;
}

/** A colorbar's decorations, relative to its bar (px). */
export interface ColorbarDecorations {
  /** On the side away from the axes: ticks, tick labels, colorbar label (default side). */
  readonly outer?: number;
  /** On the side facing the axes. */
  readonly inner?: number;
  /** Past the bar's lower (vmin) end along the long axis, e.g. half an end tick label. */
  readonly start?: number;
  /** Past the bar's upper end. */
  readonly end?: number;
}

export interface ConstrainedColorbarOptions extends ColorbarShapeOptions {
  readonly orientation?: ColorbarOrientation;
  readonly location?: ColorbarLocation;
  /** Slot size as a share of the axes' width (height when horizontal). Default .15. */
  readonly fraction?: number;
  /** Gap between the axes' and the colorbar's decorations, as a share of the axes' width (height). Default .05. */
  readonly pad?: number;
  /** Share of the axes' length the slot keeps. Default 1. */
  readonly shrink?: number;
  readonly decorations?: ColorbarDecorations;
}

export interface ConstrainedLayoutOptions {
  /** What the axes' decorations need on each side, e.g. from {@link axesDecorations}. */
  readonly decorations?: AxesDecorations;
  readonly colorbar?: ConstrainedColorbarOptions | null;
  /** Padding at the figure's edges, px. Default rc figure.constrained_layout.w_pad / h_pad = 3/72 in. */
  readonly wPad?: number;
  readonly hPad?: number;
}

export interface ConstrainedLayout {
  readonly axes: Box;
  readonly colorbar: ColorbarGeometry | null;
  /** True when the decorations leave no room: the axes then has zero width or height (matplotlib warns and keeps the old layout). */
  readonly collapsed: boolean;
}

const DEFAULT_PAD = 3 * PX_PER_PT;

export function constrainedLayout(figureWidth: number, figureHeight: number, options: ConstrainedLayoutOptions = {}): ConstrainedLayout {
  const wPad = options.wPad ?? DEFAULT_PAD;
  const hPad = options.hPad ?? DEFAULT_PAD;
  const dec = { left: 0, right: 0, top: 0, bottom: 0, ...options.decorations };
  const cb = options.colorbar ?? null;
  const inner = { left: wPad + dec.left, right: wPad + dec.right, top: hPad + dec.top, bottom: hPad + dec.bottom };
  if (!cb) return { ...axesBox(figureWidth - inner.left - inner.right, figureHeight - inner.top - inner.bottom, inner), colorbar: null };

  const location = colorbarLocation(cb);
  const settings = COLORBAR_LOCATIONS[location];
  const fraction = cb.fraction ?? 0.15;
  const pad = cb.pad ?? 0.05;
  const shrink = cb.shrink ?? 1;
  const aspect = cb.aspect ?? 20;
  const cbDec = { outer: 0, inner: 0, start: 0, end: 0, ...cb.decorations };
  const vertical = settings.orientation === 'vertical';
  // The colorbar's decorations past its ends widen the margins where they pass the axes' own.
  const [startSide, endSide] = vertical ? (['bottom', 'top'] as const) : (['left', 'right'] as const);
  inner[startSide] += Math.max(0, cbDec.start - dec[startSide]);
  inner[endSide] += Math.max(0, cbDec.end - dec[endSide]);
  // Along the colorbar's short axis: size·(1 + pad) + bar(size) = room, bar = min(fraction·size, shrink·length / aspect).
  const length = vertical ? figureHeight - inner.top - inner.bottom : figureWidth - inner.left - inner.right;
  const across = vertical ? figureWidth - inner.left - inner.right : figureHeight - inner.top - inner.bottom;
  const room = across - cbDec.inner - cbDec.outer;
  const lengthBar = (shrink * length) / aspect;
  let size = (room - lengthBar) / (1 + pad);
  if (fraction * size < lengthBar) size = room / (1 + pad + fraction);
  const bar = Math.min(fraction * size, lengthBar);
  const taken = pad * size + cbDec.inner + bar + cbDec.outer;
  inner[location] += taken;
  const { axes, collapsed } = axesBox(vertical ? size : length, vertical ? length : size, inner);

  // The slot: fraction × shrink of the axes box, centred along the long axis, its bar edge
  // `pad` beyond the axes' decorations (plus the colorbar's inner decorations).
  const gap = dec[location] + pad * size + cbDec.inner;
  let slot: Box;
  if (vertical) {
    const width = fraction * axes.width;
    const height = shrink * axes.height;
    const top = axes.top + ((1 - shrink) * axes.height) / 2;
    const left = location === 'right' ? boxRight(axes) + gap : axes.left - gap - width;
    slot = { left, top, width, height };
  } else {
    const width = shrink * axes.width;
    const height = fraction * axes.height;
    const left = axes.left + ((1 - shrink) * axes.width) / 2;
    const top = location === 'bottom' ? boxBottom(axes) + gap : axes.top - gap - height;
    slot = { left, top, width, height };
  }
  return { axes, collapsed, colorbar: colorbarGeometry(slot, settings.orientation, settings.anchor, cb) };
}

function axesBox(width: number, height: number, margins: { left: number; top: number }): { axes: Box; collapsed: boolean } {
  const collapsed = !(width > 0 && height > 0);
  return { axes: { left: margins.left, top: margins.top, width: Math.max(0, width), height: Math.max(0, height) }, collapsed };
}

/** Text and tick sizes an axes' decorations are stacked from (px). Missing = not drawn. */
export interface DecorationSizes {
  /** Height of the x tick labels' text boxes. */
  readonly xTickLabels?: number;
  /** Width of the widest y tick label. */
  readonly yTickLabels?: number;
  /** How far the outermost x tick labels reach past the axes' left and right edges. */
  readonly xTickOverhang?: readonly [number, number];
  /** How far the outermost y tick labels reach past the axes' bottom and top edges. */
  readonly yTickOverhang?: readonly [number, number];
  /** Height of the x label's box; thickness (box height before rotation) of the y label. */
  readonly xLabel?: number;
  readonly yLabel?: number;
  /** Height of the title's box. */
  readonly title?: number;
  /** Heights of the offset texts ('1e6', '+1e5'): the x one below the tick labels, the y one above the axes. */
  readonly xOffsetText?: number;
  readonly yOffsetText?: number;
}

/**
 * The decorations' reach, stacked as matplotlib places them (axis.py, axes/_base.py; reference
 * section 4): ticks 3.5 pt out, tick labels 7 pt (tick + pad) from the spine, axis labels 4 pt
 * beyond the tick labels, offset texts 3 pt beyond them (x) or above the axes (y), the title's
 * baseline 6 pt above the axes (its whole box counted above that: a little generous by its descent).
 * A colorbar's outer decorations follow the same rule as a y axis: `axesDecorations({ yTickLabels, yLabel }).left`.
 */
export function axesDecorations(s: DecorationSizes): Required<AxesDecorations> {
  const tick = 3.5 * PX_PER_PT;
  const labelGap = 7 * PX_PER_PT;
  const stack = (labels: number | undefined, axisLabel: number | undefined): number => {
    const ticks = labels !== undefined ? labelGap + labels : tick;
    return ticks + (axisLabel !== undefined ? 4 * PX_PER_PT + axisLabel : 0);
  };
  const xTicks = s.xTickLabels !== undefined ? labelGap + s.xTickLabels : tick;
  const bottom = Math.max(stack(s.xTickLabels, s.xLabel), s.xOffsetText !== undefined ? xTicks + 3 * PX_PER_PT + s.xOffsetText : 0);
  const top = Math.max(
    s.title !== undefined ? 6 * PX_PER_PT + s.title : 0,
    s.yOffsetText !== undefined ? 3 * PX_PER_PT + s.yOffsetText : 0,
  );
  return {
    left: Math.max(stack(s.yTickLabels, s.yLabel), s.xTickOverhang?.[0] ?? 0),
    right: Math.max(0, s.xTickOverhang?.[1] ?? 0),
    top: Math.max(top, s.yTickOverhang?.[1] ?? 0),
    bottom: Math.max(bottom, s.yTickOverhang?.[0] ?? 0),
  };
}
