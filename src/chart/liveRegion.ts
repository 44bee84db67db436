/** A polite live region: what screen readers say as the keyboard cursor moves. */
export interface LiveRegion {
  /** Makes the (empty) region ahead of the first announcement, which screen readers need to notice its changes. */
  prepare(): void;
  /** Says `text` — at most once per {@link ANNOUNCE_INTERVAL_MS}; the last text asked for is always said. */
  announce(text: string): void;
  /** Removes the region and drops a pending announcement. Safe to call more than once. */
  destroy(): void;
}

/** Held keys repeat faster than a screen reader can speak; the values in between are skipped. */
export const ANNOUNCE_INTERVAL_MS = 250;

/** A visually hidden element in the host with aria-live="polite", made on prepare (or the first announcement). */
export function createLiveRegion(host: HTMLElement): LiveRegion {
  let region: HTMLDivElement | null = null;
  let lastAt = -Infinity;
  let pending: string | null = null;
  let timer = 0;
  let destroyed = false;

  function element(): HTMLDivElement {
    if (region) return region;
    region = document.createElement('div');
    region.className = 'contour-heatmap-live';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    // Hidden from sight only: display none or visibility hidden would hide it from screen readers too.
    Object.assign(region.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: '0',
      border: '0',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
      whiteSpace: 'nowrap',
    });
    host.append(region);
    return region;
  }

  function say(): void {
    timer = 0;
    if (pending === null || destroyed) return;
    element().textContent = pending;
    pending = null;
    lastAt = performance.now();
  }

  return {
    prepare() {
      if (!destroyed) element();
    },
    announce(text) {
      if (destroyed) return;
      pending = text;
      if (timer) return;
      const wait = lastAt + ANNOUNCE_INTERVAL_MS - performance.now();
      if (wait <= 0) say();
      else timer = window.setTimeout(say, wait);
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      timer = 0;
      region?.remove();
      region = null;
    },
  };
}
