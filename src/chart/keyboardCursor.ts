import {
  cellAt,
  cellCentre,
  clampCell,
  keepInView,
  stepCell,
  type ArrowKey,
  type Cell,
  type CellLayout,
} from '../core/interaction/cellCursor';
import { isUsableView } from '../core/interaction/gestureMath';
import type { ResolvedPicture } from '../core/options';
import { extentView, viewPoint, zoomView, type View } from '../core/view/view';
import type { LiveRegion } from './liveRegion';
import type { Pointer } from './pointer';
import type { ViewTarget } from './viewState';

/** The keys of a focused chart: a cursor moved cell by cell with the arrows, and zoom keys. */
export interface KeyboardCursor {
  /** A figure was drawn, or the options changed: the cursor follows the new grid, and hides once keys are off. */
  changed(): void;
  /** Removes its listeners. Safe to call more than once. */
  destroy(): void;
}

export interface KeyboardCursorDeps {
  readonly target: ViewTarget;
  readonly pointer: Pointer;
  readonly live: LiveRegion;
  /** The `interactive` option, read at each key. */
  readonly enabled: () => boolean;
}

/** + and − zoom by √2: two presses double or halve the view. */
const KEY_ZOOM = Math.SQRT2;
/** A cursor moved out of the view brings the view along, this fraction of the axes inside its edge. */
const CURSOR_MARGIN = 0.1;

const ARROWS: readonly string[] = Object.freeze(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * With the host focused: the first arrow shows a cursor on the cell at the view's centre (or where
 * it was last), the next ones move it one cell on screen, with the readout beside it and its text
 * announced; + (or =) and − zoom about the cursor (the axes' centre without one); 0 resets the view
 * to the extent; Escape hides the cursor. Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function createKeyboardCursor(host: HTMLElement, deps: KeyboardCursorDeps): KeyboardCursor {
  const { target, pointer, live, enabled } = deps;
  /** The cursor's cell, kept while hidden so it comes back where it was. */
  let cell: Cell | null = null;
  let visible = false;
  /** A move whose readout is not on screen yet (the view is being previewed): announced once drawn. */
  let unannounced = false;
  let destroyed = false;

  function request(next: View): void {
    if (isUsableView(next)) target.request(next);
  }

  function hide(): void {
    if (!visible) return;
    visible = false;
    unannounced = false;
    pointer.showAt(null);
  }

  /** Shows the cursor's cell (bringing it into view) and announces its readout once it is on screen. */
  function show(layout: CellLayout, view: View): void {
    const p = cellCentre(layout, cell!);
    const next = keepInView(view, p.x, p.y, CURSOR_MARGIN);
    if (next !== view) request(next);
    pointer.showAt(p);
    unannounced = true;
    announce();
  }

  function announce(): void {
    const text = unannounced && pointer.shownText();
    if (!text) return;
    live.announce(text);
    unannounced = false;
  }

  function move(key: ArrowKey): void {
    const cur = target.current();
    if (!cur) return;
    const layout = layoutOf(cur.drawn.picture);
    if (visible && cell) cell = stepCell(layout, cur.view, cell, key);
    else {
      const centre = viewPoint(cur.view, 0.5, 0.5);
      cell = cell ? clampCell(layout, cell) : cellAt(layout, centre.x, centre.y);
    }
    visible = true;
    show(layout, cur.view);
  }

  function zoom(factor: number): void {
    const cur = target.current();
    if (!cur) return;
    const about = visible && cell ? cellCentre(layoutOf(cur.drawn.picture), cell) : viewPoint(cur.view, 0.5, 0.5);
    request(zoomView(cur.view, factor, about.x, about.y));
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (!enabled() || e.ctrlKey || e.metaKey || e.altKey) return;
    const cur = target.current();
    if (!cur) return;
    if (ARROWS.includes(e.key)) move(e.key as ArrowKey);
    else if (e.key === '+' || e.key === '=') zoom(KEY_ZOOM);
    else if (e.key === '-') zoom(1 / KEY_ZOOM);
    else if (e.key === '0') request(extentView(cur.drawn.picture.extent));
    else if (e.key === 'Escape' && visible) hide();
    else return;
    // The chart's own keys: the arrows do not scroll the page meanwhile.
    e.preventDefault();
  }

  // The mouse took the readout over (pointer.ts): the cursor waits, hidden, for the next arrow.
  const onPointerMove = () => {
    visible = false;
    unannounced = false;
  };
  const onFocus = () => live.prepare();
  host.addEventListener('keydown', onKeyDown);
  host.addEventListener('pointermove', onPointerMove);
  host.addEventListener('focus', onFocus);
  host.addEventListener('blur', hide);

  return {
    changed() {
      if (destroyed || !visible) return;
      const cur = target.current();
      if (!enabled() || !cur || !cell) {
        hide();
        return;
      }
      // New data may have another size or extent: the cursor stays on the grid, at its cell's centre.
      const layout = layoutOf(cur.drawn.picture);
      cell = clampCell(layout, cell);
      pointer.showAt(cellCentre(layout, cell));
      announce();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      host.removeEventListener('keydown', onKeyDown);
      host.removeEventListener('pointermove', onPointerMove);
      host.removeEventListener('focus', onFocus);
      host.removeEventListener('blur', hide);
    },
  };
}

function layoutOf(picture: ResolvedPicture): CellLayout {
  return { rows: picture.grid.rows, cols: picture.grid.cols, extent: picture.extent, origin: picture.origin };
}
