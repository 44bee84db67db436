/**
 * A chart's permission to start Web Workers, shared by all its workers (the contour tracer's, the
 * heatmap's): the first that cannot start — a CSP without worker-src, a bundler that dropped the
 * worker file — or that fails closes the gate for the whole chart, with one console warning, and
 * the chart does that work on the main thread from then on.
 */
export interface WorkerGate {
  readonly blocked: boolean;
  /** Closes the gate; the first call warns, naming the cause and what the caller does instead. */
  block(cause: unknown, instead: string): void;
}

export function createWorkerGate(): WorkerGate {
  let blocked = false;
  return {
    get blocked() {
      return blocked;
    },
    block(cause, instead) {
      if (blocked) return;
      blocked = true;
      const why = cause instanceof Error ? cause.message : String(cause);
      console.warn(`contour-heatmap: no Web Worker could be started (${why}); ${instead}`);
    },
  };
}
