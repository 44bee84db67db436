import { sameView, type View } from '../core/view/view';
import type { ChartOptions } from './chartOptions';
import type { DrawnFigure } from './pointer';

/**
 * How long the view must stay still before the exact picture is drawn for it. Until then the
 * screen shows the last picture moved to the new view (a preview costing no resampling), so a
 * wheel or drag gesture never waits for pictures it has already left behind.
 */
export const VIEW_PAUSE_MS = 50;

export interface ViewState {
  /**
   * The view to draw for these options (null: the extent): the `view` option when given (the
   * parent controls it, as React controls an input's value), else the one the user's gestures
   * left, else `defaultView`.
   */
  wanted(options: ChartOptions): View | null;
  /**
   * A gesture asks for `next`. It is reported to onViewChange; without a `view` option it becomes
   * the view (true is returned), with one the parent decides (a parent that does not pass it back
   * keeps the view where it is).
   */
  request(next: View, options: ChartOptions): boolean;
  /** The view to draw changed another way (new options): the exact picture waits for the pause too. */
  moved(): void;
  /** Waits until the view has been still for {@link VIEW_PAUSE_MS}; false if `stale()` meanwhile. */
  settled(stale: () => boolean): Promise<boolean>;
}

/** One chart's view: what the user's gestures left (uncontrolled) and when it last changed. */
export function createViewState(onViewChange: ((view: View) => void) | undefined): ViewState {
  let own: View | null = null;
  let changedAt = -Infinity;

  const wanted = (options: ChartOptions) => options.view ?? own ?? options.defaultView ?? null;
  return {
    wanted,
    request(next, options) {
      const before = wanted(options);
      if (before && sameView(before, next)) return false;
      changedAt = performance.now();
      const controlled = options.view !== undefined;
      if (!controlled) own = next;
      onViewChange?.(next);
      return !controlled;
    },
    moved() {
      changedAt = performance.now();
    },
    async settled(stale) {
      for (;;) {
        const wait = changedAt + VIEW_PAUSE_MS - performance.now();
        if (wait <= 0) return true;
        await new Promise((resolve) => setTimeout(resolve, wait));
        if (stale()) return false;
      }
    },
  };
}

/** What the user's gestures and keys move: the view wanted, over the figure on screen. */
export interface ViewTarget {
  /** The figure on screen and the view now wanted (the latest asked for, which may not be drawn yet); null while nothing is drawn. */
  current(): { readonly drawn: DrawnFigure; readonly view: View } | null;
  /** Asks for a view (see {@link ViewState.request}); the screen previews it at once and draws it once it stays still. */
  request(next: View): void;
}
