import type { WebglKind } from '../gl/webglKind';

/**
 * A page's budget of live WebGL contexts. Browsers keep only about 16 per page (Chromium evicts
 * the least recently used one beyond that and never restores it), so charts ask the budget before
 * they create or use a context. The budget grants at most `limit` at a time; when it is full it
 * takes a context from an idle holder — one that is not drawing — preferring holders outside the
 * viewport, then the least recently drawn. A chart whose context was taken keeps showing its last
 * frame and asks again when it must draw. The budget knows only who holds a context, and what
 * kind of WebGL the page has; it never sees a chart's data or drawing state.
 */
export interface ContextBudget {
  readonly limit: number;
  /** Number of holders that have a context now. */
  readonly live: number;
  /** Resolves when `holder` may hold a context and draw; it counts as busy until `idle`. */
  acquire(holder: ContextHolder): Promise<void>;
  /** The holder has finished drawing; its context may now be taken back. */
  idle(holder: ContextHolder): void;
  /** The holder no longer has a context (destroyed, lost, or given back). */
  release(holder: ContextHolder): void;
  /**
   * What draws WebGL on this page (a GPU or a software rasteriser), found by `probe` the first
   * time a chart asks and remembered: it is the machine's, the same for every chart, and probing
   * costs a WebGL context.
   */
  webglKind(probe: () => WebglKind): WebglKind;
}

export interface ContextHolder {
  /** Gives the context up now (the budget needs the slot). Must call `release` synchronously. */
  releaseContext(): void;
  /** Whether the holder is in the viewport; holders outside it lose their context first. */
  isVisible(): boolean;
}

/** Chromium's limit is 16 per page; staying well under it leaves room for other WebGL on the page. */
export const DEFAULT_CONTEXT_LIMIT = 8;
const BROWSER_CONTEXT_LIMIT = 16;

export function createContextBudget(limit = DEFAULT_CONTEXT_LIMIT): ContextBudget {
  if (!Number.isInteger(limit) || limit < 1 || limit > BROWSER_CONTEXT_LIMIT) {
    throw new Error(`contour-heatmap: invalid context budget ${limit}: expected an integer from 1 to ${BROWSER_CONTEXT_LIMIT}`);
  }
  // Insertion order is recency: a holder is re-inserted each time it draws.
  const holders = new Map<ContextHolder, { busy: boolean }>();
  const waiting: { holder: ContextHolder; grant: () => void }[] = [];
  // Evicting calls back into release(), which must not start a second granting pass mid-loop.
  let granting = false;
  let kind: WebglKind | null = null;

  function evictable(): ContextHolder | undefined {
    let leastRecent: ContextHolder | undefined;
    for (const [holder, state] of holders) {
      if (state.busy) continue;
      if (!holder.isVisible()) return holder;
      leastRecent ??= holder;
    }
    return leastRecent;
  }

  function grantWaiting(): void {
    if (granting) return;
    granting = true;
    try {
      grantNext();
    } finally {
      granting = false;
    }
  }

  function grantNext(): void {
    while (waiting.length > 0) {
      const next = waiting[0]!;
      if (holders.has(next.holder)) {
        holders.delete(next.holder);
      } else if (holders.size >= limit) {
        const victim = evictable();
        if (!victim) return;
        victim.releaseContext();
        holders.delete(victim); // in case releaseContext did not call release
      }
      waiting.shift();
      holders.set(next.holder, { busy: true });
      next.grant();
    }
  }

  return {
    limit,
    get live() {
      return holders.size;
    },
    acquire(holder) {
      return new Promise<void>((grant) => {
        waiting.push({ holder, grant });
        grantWaiting();
      });
    },
    idle(holder) {
      const state = holders.get(holder);
      if (state) state.busy = false;
      grantWaiting();
    },
    release(holder) {
      holders.delete(holder);
      const queued = waiting.findIndex((w) => w.holder === holder);
      if (queued >= 0) waiting.splice(queued, 1);
      grantWaiting();
    },
    webglKind(probe) {
      kind ??= probe();
      return kind;
    },
  };
}

/** The page-wide budget charts use unless given their own: the one shared object the library has. */
// eslint-disable-next-line local/no-module-state -- the page's one shared object: it knows only which charts hold a context, and the page's kind of WebGL
export const PAGE_CONTEXT_BUDGET: ContextBudget = createContextBudget();
