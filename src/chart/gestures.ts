import { isUsableView, pinchView, wheelZoomFactor } from '../core/interaction/gestureMath';
import { extentView, panView, viewPoint, zoomView, type View } from '../core/view/view';
import { boxFraction, figurePoint, inBox } from './hostPoint';
import type { ViewTarget } from './viewState';

/** The pointer gestures that move the view: wheel and trackpad pinch, drag, two-finger pinch, double click. */
export interface Gestures {
  /** The options may have changed: gestures stop when no longer `enabled()`. */
  changed(): void;
  /** Removes every listener and restores the host's touch-action. Safe to call more than once. */
  destroy(): void;
}

type Point = { x: number; y: number };

/** How far (CSS px) a pressed pointer moves before it pans: a click's jitter moves nothing. */
const DRAG_THRESHOLD_PX = 3;

/**
 * Listens on the host for gestures that begin over the axes, while `enabled()` (the
 * `interactive` option, read at each event): the wheel zooms about the pointer, dragging pans,
 * two fingers pinch-zoom and pan, a double click resets to the extent. Each asks `target` for a
 * view computed from the view wanted — the latest asked for, not yet drawn — so quick events
 * add up.
 */
export function createGestures(host: HTMLElement, target: ViewTarget, enabled: () => boolean): Gestures {
  /** The pointers pressed on the axes, at their latest positions (figure CSS px). */
  const pressed = new Map<number, Point>();
  /** The view and pointer positions when the set of pressed pointers last changed: moves are measured from there. */
  let start: { view: View; points: Map<number, Point>; dragging: boolean } | null = null;
  const touchAction = host.style.touchAction;
  let destroyed = false;

  function request(next: View): void {
    if (isUsableView(next)) target.request(next);
  }

  /** Starts measuring again from here (a pointer was added or lifted, or the view changed another way). */
  function restart(): void {
    const cur = target.current();
    start = cur && pressed.size > 0 ? { view: cur.view, points: new Map(pressed), dragging: false } : null;
  }

  /** Where a client point falls in the axes (fractions, 0 at the left/top edge), and the view wanted; null when nothing is drawn. */
  function locate(clientX: number, clientY: number) {
    const cur = target.current();
    if (!cur) return null;
    const p = figurePoint(host, clientX, clientY);
    return { ...cur, point: p, at: boxFraction(cur.drawn.plan.image, p.x, p.y) };
  }

  function onWheel(e: WheelEvent): void {
    if (!enabled()) return;
    const here = locate(e.clientX, e.clientY);
    if (!here || !inBox(here.at)) return;
    // Only over the axes: elsewhere the page scrolls as usual.
    e.preventDefault();
    const factor = wheelZoomFactor(e.deltaY, e.deltaMode, e.ctrlKey, here.drawn.plan.image.height);
    if (factor === 1) return;
    const p = viewPoint(here.view, here.at.fx, here.at.fy);
    request(zoomView(here.view, factor, p.x, p.y));
    restart();
  }

  function onDown(e: PointerEvent): void {
    if (!enabled() || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const here = locate(e.clientX, e.clientY);
    if (!here || !inBox(here.at)) return;
    if (e.pointerType === 'mouse') {
      // No text selection while dragging; the click still focuses the chart for its keys.
      e.preventDefault();
      if (host.tabIndex >= 0) host.focus({ preventScroll: true });
    }
    host.setPointerCapture(e.pointerId);
    pressed.set(e.pointerId, here.point);
    restart();
  }

  function onMove(e: PointerEvent): void {
    if (!pressed.has(e.pointerId) || !start) return;
    const cur = target.current();
    if (!cur) return;
    pressed.set(e.pointerId, figurePoint(host, e.clientX, e.clientY));
    const box = cur.drawn.plan.image;
    const [a, b] = [...pressed.keys()];
    const from = (id: number) => start!.points.get(id)!;
    const now = (id: number) => pressed.get(id)!;
    if (b === undefined) {
      if (!start.dragging && Math.hypot(now(a!).x - from(a!).x, now(a!).y - from(a!).y) < DRAG_THRESHOLD_PX) return;
      start.dragging = true;
      const f0 = boxFraction(box, from(a!).x, from(a!).y);
      const f1 = boxFraction(box, now(a!).x, now(a!).y);
      request(panView(start.view, f0.fx, f0.fy, f1.fx, f1.fy));
      return;
    }
    // Two fingers (more are ignored): zoom by the change in their distance, move with their midpoint.
    const d0 = Math.hypot(from(a!).x - from(b).x, from(a!).y - from(b).y);
    const d1 = Math.hypot(now(a!).x - now(b).x, now(a!).y - now(b).y);
    if (!(d0 > 0 && d1 > 0)) return;
    const mid = (p: Point, q: Point) => boxFraction(box, (p.x + q.x) / 2, (p.y + q.y) / 2);
    request(pinchView(start.view, mid(from(a!), from(b)), mid(now(a!), now(b)), d1 / d0));
  }

  function onUp(e: PointerEvent): void {
    if (!pressed.delete(e.pointerId)) return;
    restart();
  }

  function onDoubleClick(e: MouseEvent): void {
    if (!enabled()) return;
    const here = locate(e.clientX, e.clientY);
    if (!here || !inBox(here.at)) return;
    request(extentView(here.drawn.picture.extent));
  }

  const listeners = [
    ['wheel', onWheel],
    ['pointerdown', onDown],
    ['pointermove', onMove],
    ['pointerup', onUp],
    ['pointercancel', onUp],
    ['lostpointercapture', onUp],
    ['dblclick', onDoubleClick],
  ] as const;
  // Not passive: a wheel over the axes zooms instead of scrolling the page.
  for (const [type, listener] of listeners) host.addEventListener(type, listener as EventListener, { passive: false });

  return {
    changed() {
      if (destroyed) return;
      // Touch drags and pinches over an interactive chart are its own, not the page's scroll and zoom.
      host.style.touchAction = enabled() ? 'none' : touchAction;
      if (!enabled()) {
        pressed.clear();
        start = null;
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const [type, listener] of listeners) host.removeEventListener(type, listener as EventListener);
      host.style.touchAction = touchAction;
    },
  };
}
