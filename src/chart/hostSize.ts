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
  destroy(): void;
}

/** A chart host's size: given by the options, or followed as the host's container resizes. */
export function createHostSize(host: HTMLElement, onChange: () => void): HostSize {
  let observed: Size | null = null;
  let stopObserving: (() => void) | null = null;
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
      // A dimension not given follows the host's container.
      host.style.width = options.width !== undefined ? `${options.width}px` : '100%';
      host.style.height = options.height !== undefined ? `${options.height}px` : '100%';
    },
    current(options) {
      const width = options.width ?? observed?.width;
      const height = options.height ?? observed?.height;
      return width && height ? { width, height } : null;
    },
    destroy() {
      stopObserving?.();
      stopObserving = null;
    },
  };
}
