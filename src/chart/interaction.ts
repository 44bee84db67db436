import { chartAriaLabel } from '../core/interaction/ariaLabel';
import type { ChartOptions } from './chartOptions';
import { createGestures } from './gestures';
import { createHostAccessibility } from './hostAccessibility';
import { createKeyboardCursor } from './keyboardCursor';
import { createLiveRegion } from './liveRegion';
import type { Pointer } from './pointer';
import type { ViewTarget } from './viewState';

/** What a chart's interaction works with. */
export interface InteractionDeps {
  /** The view the gestures and keys move. */
  readonly target: ViewTarget;
  /** The readout under the pointer (and the keyboard cursor). */
  readonly pointer: Pointer;
  /** The chart's latest options (null before the first update). */
  readonly options: () => ChartOptions | null;
}

export interface Interaction {
  /** A figure was drawn (new data, view or size): labels and the keyboard cursor follow it. */
  changed(): void;
  /** Removes every listener and node it added. Safe to call more than once. */
  destroy(): void;
}

/**
 * The chart's gestures (gestures.ts), keys and keyboard cursor (keyboardCursor.ts), and its
 * accessible name, role and tab stop (hostAccessibility.ts). The `interactive` option is read at
 * each event, so turning it off stops gestures and keys at once; hover and the readout stay.
 */
export function createInteraction(host: HTMLElement, deps: InteractionDeps): Interaction {
  const { target, pointer, options } = deps;
  const enabled = () => options()?.interactive ?? true;
  const live = createLiveRegion(host);
  const gestures = createGestures(host, target, enabled);
  const cursor = createKeyboardCursor(host, { target, pointer, live, enabled });
  const accessibility = createHostAccessibility(host);
  let destroyed = false;

  return {
    changed() {
      if (destroyed) return;
      gestures.changed();
      cursor.changed();
      const cur = target.current();
      const latest = options();
      if (!cur || !latest) return;
      const { picture, plan } = cur.drawn;
      const label = chartAriaLabel(picture, { x: plan.xView, y: plan.yView });
      accessibility.update(latest.ariaLabel, label, enabled());
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      gestures.destroy();
      cursor.destroy();
      live.destroy();
      accessibility.destroy();
    },
  };
}
