import { observeSize, type Size } from './observe';

/** The options that decide a chart's size. */
export interface SizeOptions {
  readonly width?: number | undefined;
  readonly height?: number | undefined;
}

export interface HostSize {
  /** Sizes the host for the options and starts or stops following it. */
  apply(options: SizeOptions): void;
  /** The size to draw at: the options' width and height, else the host's; null while unknown. */
  current(options: SizeOptions): Size | null;
  /**
   * Measures the host now, for a size the options do not give: true if it changed since the
   * observer last reported (a resize whose ResizeObserver callback has not run yet).
   */
  sync(options: SizeOptions): boolean;
  destroy(): void;
}

/**
 * A chart host's size: the options' width and height win; otherwise the host's own CSS size is
 * kept (a class, an inline or a React style), and only a host with no size of its own fills its
 * container. Either way the size is followed as it changes.
 */
export function createHostSize(host: HTMLElement, onChange: () => void): HostSize {
  let observed: Size | null = null;
  let stopObserving: (() => void) | null = null;
  // What this chart last wrote into the host's inline width / height: anything else there is the page's own.
  const written: { width: string | null; height: string | null } = { width: null, height: null };

  function write(dimension: 'width' | 'height', value: string): void {
    host.style[dimension] = value;
    written[dimension] = host.style[dimension];
  }

  /** A dimension the options give is set; one they do not is the host's own, unless it has none. */
  function size(dimension: 'width' | 'height', given: number | undefined): void {
    if (given !== undefined) return write(dimension, `${given}px`);
    const inline = host.style[dimension];
    if (inline !== '' && inline !== written[dimension]) {
      written[dimension] = null; // the page's (e.g. a React style), kept
      return;
    }
    if (written[dimension] !== null) host.style[dimension] = '';
    written[dimension] = null;
    // A host with no size of its own (e.g. an empty div's height) fills its container instead.
    const measured = dimension === 'width' ? host.clientWidth : host.clientHeight;
    if (measured === 0) write(dimension, '100%');
  }

  return {
    apply(options) {
      const followsHost = options.width === undefined || options.height === undefined;
      if (followsHost && !stopObserving) {
        stopObserving = observeSize(host, (s) => {
          observed = s;
          onChange();
        });
      } else if (!followsHost && stopObserving) {
        stopObserving();
        stopObserving = null;
      }
      size('width', options.width);
      size('height', options.height);
    },
    sync(options) {
      if (options.width !== undefined && options.height !== undefined) return false;
      const live = { width: Math.round(host.clientWidth), height: Math.round(host.clientHeight) };
      if (observed && live.width === observed.width && live.height === observed.height) return false;
      observed = live;
      return true;
    },
    current(options) {
      const width = options.width ?? observed?.width;
      const height = options.height ?? observed?.height;
      return width && height ? { width, height } : null;
    },
    destroy() {
      stopObserving?.();
      stopObserving = null;
      for (const dimension of ['width', 'height'] as const) {
        if (written[dimension] !== null && host.style[dimension] === written[dimension]) host.style[dimension] = '';
      }
    },
  };
}
