// How wheel and pinch gestures change the view: pure functions of the events' numbers.
import { panView, resolveView, viewPoint, zoomView, type View } from '../view/view';

/** CSS px one wheel "line" scrolls (deltaMode 1, Firefox's mouse wheel): about a line of text. */
const PX_PER_LINE = 20;
/** A wheel scroll of this many CSS px zooms by a factor of 2. */
const PX_PER_DOUBLING = 300;
/** Chromium's pinch arrives as ctrlKey wheel events whose deltaY is −100 · ln(scale): undone exactly, the picture follows the fingers. */
const PINCH_DELTA_PER_E = 100;

/**
 * The zoom factor (> 1 zooms in) for one wheel event: 2^(−deltaY / 300) for a scroll in CSS px,
 * lines and pages converted to px first (`pagePx`: the axes' height); a trackpad pinch (ctrlKey)
 * by its own scale.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean, pagePx: number): number {
  if (ctrlKey) return Math.exp(-deltaY / PINCH_DELTA_PER_E);
  const px = deltaY * (deltaMode === 1 ? PX_PER_LINE : deltaMode === 2 ? pagePx : 1);
  return 2 ** (-px / PX_PER_DOUBLING);
}

/** A point in fractions of the axes: 0 at the left/top edge, 1 at the right/bottom one. */
export interface AxesFraction {
  readonly fx: number;
  readonly fy: number;
}

/**
 * The view of a two-finger pinch: from `start`, where the fingers' midpoint was at `from`, zoomed
 * by `factor` (the fingers' distance over their starting distance) about the data point there,
 * which then moves with the midpoint to `to`.
 */
export function pinchView(start: View, from: AxesFraction, to: AxesFraction, factor: number): View {
  const p = viewPoint(start, from.fx, from.fy);
  return panView(zoomView(start, factor, p.x, p.y), from.fx, from.fy, to.fx, to.fy);
}

/**
 * Whether a gesture may ask for the view: finite, with every pixel of the axes at its own float64
 * coordinate — the checks a `view` prop passes, so zooming stops where the prop would be refused.
 */
export function isUsableView(view: View): boolean {
  try {
    resolveView('view', view);
    return true;
  } catch {
    return false;
  }
}
