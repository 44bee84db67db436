import { useEffect, useState, type RefObject } from 'react';

/** What the chart's host element says about itself (its DOM contract). */
export interface HostState {
  /** data-ready: the current props are fully drawn. */
  readonly ready: boolean;
  /** data-renderer: 'gpu' or 'cpu', the renderer of the latest draw. */
  readonly renderer: string | null;
  /** data-error: the chart's own message for invalid props. */
  readonly error: string | null;
}

const ATTRIBUTES = ['data-ready', 'data-renderer', 'data-error'];

/** Follows the host element (the first child of `wrapper`) through its data attributes. */
export function useHostState(wrapper: RefObject<HTMLElement | null>): HostState {
  const [state, setState] = useState<HostState>({ ready: false, renderer: null, error: null });
  useEffect(() => {
    const host = wrapper.current?.firstElementChild as HTMLElement | null;
    if (!host) return;
    const read = () => {
      const next = { ready: host.dataset.ready === 'true', renderer: host.dataset.renderer ?? null, error: host.dataset.error ?? null };
      setState((s) => (s.ready === next.ready && s.renderer === next.renderer && s.error === next.error ? s : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(host, { attributes: true, attributeFilter: ATTRIBUTES });
    return () => observer.disconnect();
  }, [wrapper]);
  return state;
}
