/** How one drawing step ended: the picture is on screen, newer options replaced it, or it must wait (for a size). */
export type StepOutcome = 'drawn' | 'stale' | 'wait';

/** Draws the latest picture; `stale()` turns true once newer options (or destroy) make the work useless. */
export type DrawStep = (stale: () => boolean) => Promise<StepOutcome>;

export interface DrawLoop {
  /** The options changed: a new picture is needed (clears an earlier failure); drawing starts in a microtask. */
  invalidate(): void;
  /** The latest options cannot be drawn: waiters are rejected with `error` until the next invalidate. */
  fail(error: Error): void;
  /** Resolves once the latest options are drawn; rejects with their error. */
  whenReady(): Promise<void>;
  /** Whether the latest options are on screen. */
  readonly ready: boolean;
  readonly error: Error | null;
  /** Stops drawing and rejects every waiter. Safe to call more than once. */
  destroy(): void;
}

/**
 * One chart's draw loop: one drawing at a time, always for the latest options. Every change bumps a
 * version; a step that finishes for an older version is not shown but drawn again, so an old
 * picture is never marked ready for new options.
 */
export function createDrawLoop(step: DrawStep, onReadyChange: (ready: boolean) => void): DrawLoop {
  let version = 0;
  let drawnVersion = -1;
  let running = false;
  let destroyed = false;
  let error: Error | null = null;
  let waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  function settle(): void {
    const pending = waiters;
    waiters = [];
    for (const w of pending) {
      if (destroyed) w.reject(new Error('contour-heatmap: the chart was destroyed'));
      else if (error) w.reject(error);
      else w.resolve();
    }
  }

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (!destroyed && !error && drawnVersion !== version) {
        const target = version;
        const outcome = await step(() => destroyed || target !== version);
        if (outcome === 'wait') return;
        if (outcome === 'drawn' && target === version && !destroyed) {
          drawnVersion = target;
          onReadyChange(true);
          settle();
        }
      }
    } catch (e) {
      loop.fail(e instanceof Error ? e : new Error(String(e)));
    } finally {
      running = false;
    }
  }

  const loop: DrawLoop = {
    invalidate() {
      if (destroyed) return;
      version++;
      error = null;
      onReadyChange(false);
      // Not now: the caller is still applying the change (and may fail it) in this task.
      queueMicrotask(() => void run());
    },
    fail(e) {
      error = e;
      onReadyChange(false);
      settle();
    },
    whenReady() {
      if (destroyed) return Promise.reject(new Error('contour-heatmap: the chart was destroyed'));
      if (error) return Promise.reject(error);
      if (drawnVersion === version) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    get ready() {
      return !destroyed && !error && drawnVersion === version;
    },
    get error() {
      return error;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      settle();
    },
  };
  return loop;
}
