import { describe, expect, it, vi } from 'vitest';
import type { View } from '../core/view/view';
import { createViewState, VIEW_PAUSE_MS } from './viewState';

const z = [[0]];
const a: View = { x: [0, 1], y: [0, 1] };
const b: View = { x: [0, 0.5], y: [0, 0.5] };

describe('the chart view', () => {
  it('uncontrolled: starts from defaultView (else the extent), then keeps what gestures asked for, reporting each', () => {
    const reported: View[] = [];
    const views = createViewState((v) => reported.push(v));
    expect(views.wanted({ z })).toBeNull();
    expect(views.wanted({ z, defaultView: a })).toBe(a);
    expect(views.request(b, { z, defaultView: a })).toBe(true);
    expect(views.wanted({ z, defaultView: a })).toBe(b);
    // The same view again is no change: not reported.
    expect(views.request({ x: [0, 0.5], y: [0, 0.5] }, { z })).toBe(false);
    expect(reported).toEqual([b]);
  });

  it('controlled: a request is only reported; the view stays until the options carry it', () => {
    const onViewChange = vi.fn();
    const views = createViewState(onViewChange);
    expect(views.request(b, { z, view: a })).toBe(false);
    expect(onViewChange).toHaveBeenCalledWith(b);
    expect(views.wanted({ z, view: a })).toBe(a);
    expect(views.wanted({ z, view: b })).toBe(b);
  });

  it('waits for the view to stay still before it is drawn, and gives up when stale', async () => {
    vi.useFakeTimers();
    try {
      const views = createViewState(undefined);
      views.moved();
      let settled: boolean | null = null;
      void views.settled(() => false).then((s) => (settled = s));
      await vi.advanceTimersByTimeAsync(VIEW_PAUSE_MS / 2);
      views.moved(); // the gesture goes on: the wait starts again
      await vi.advanceTimersByTimeAsync(VIEW_PAUSE_MS * 0.75);
      expect(settled).toBeNull();
      await vi.advanceTimersByTimeAsync(VIEW_PAUSE_MS);
      expect(settled).toBe(true);
      views.moved();
      let stale: boolean | null = null;
      void views.settled(() => true).then((s) => (stale = s));
      await vi.advanceTimersByTimeAsync(VIEW_PAUSE_MS * 2);
      expect(stale).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
