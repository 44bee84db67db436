import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { sameView, type View } from '../core/view/view';
import { unionRange, type DataRange } from './sharedNorm';

/** A point in data coordinates. */
export interface DataPoint {
  readonly x: number;
  readonly y: number;
}

export interface LinkedChartsProps {
  readonly children?: ReactNode;
  /**
   * One colour scale for all the charts: each takes the finite range of all the charts' data as
   * the limits it does not set itself (see `<ContourHeatmap>`'s linked behaviour). Default false.
   */
  readonly shareNorm?: boolean | undefined;
  /**
   * The view every chart shows (controlled, as a chart's own `view`): a user's zoom or pan in any
   * chart is reported to `onViewChange` and shown once `view` says so.
   */
  readonly view?: View | undefined;
  /** The view all charts start from when `view` is not given. Default: each chart's own, until the user moves one. */
  readonly defaultView?: View | undefined;
  /** Called with the view each user zoom, pan or reset in any of the charts asks for. */
  readonly onViewChange?: ((view: View) => void) | undefined;
}

/** What a chart inside a provider shares with the others. */
export interface Link {
  /** The view all charts show; null while each shows its own (no view given, and none moved yet). */
  readonly view: View | null;
  /** A chart's gesture asks for `view`. */
  requestView(view: View): void;
  /** The union of the registered data ranges; null without shareNorm or before any is registered. */
  readonly range: DataRange | null;
  readonly shareNorm: boolean;
  /** Adds a chart's data range to the union (shareNorm); returns its removal. */
  register(key: string, range: DataRange): () => void;
  readonly hover: HoverChannel;
}

/** The hover point, passed from the chart under the pointer to the others, outside React's renders (it changes on every pointer move). */
export interface HoverChannel {
  /** The chart `source` hovers `point` (null: the pointer left it). */
  publish(source: string, point: DataPoint | null): void;
  /** Calls `show` with every point another chart hovers, and null when it ends; returns the unsubscription. */
  subscribe(key: string, show: (point: DataPoint | null) => void): () => void;
}

// eslint-disable-next-line local/no-module-state -- React's carrier for a provider's link: its default is null (no provider), nothing else
const LinkContext = createContext<Link | null>(null);

/** The link of the nearest `<LinkedCharts>` above, or null outside any. */
export function useLink(): Link | null {
  return useContext(LinkContext);
}

/**
 * Makes the `<ContourHeatmap>` charts inside it small multiples of one figure: they show one view
 * (a zoom or pan in one moves them all), one hover (pointing at one shows each chart's readout of
 * its own value at the same data point) and, with `shareNorm`, one colour scale. Charts outside
 * it, or inside another provider, share nothing with them. Providers nest: a chart links with the
 * nearest one.
 */
export function LinkedCharts({ children, shareNorm = false, view, defaultView, onViewChange }: LinkedChartsProps) {
  /** The view the users' gestures left (uncontrolled); null until one moves a chart. */
  const [own, setOwn] = useState<View | null>(null);
  const [ranges, setRanges] = useState<ReadonlyMap<string, DataRange>>(() => new Map());
  const [hover] = useState(createHoverChannel);
  const latest = useRef({ view, onViewChange });
  latest.current = { view, onViewChange };

  const requestView = useCallback((next: View) => {
    const { view: controlled, onViewChange: report } = latest.current;
    if (controlled === undefined) setOwn((current) => (sameView(current, next) ? current : next));
    report?.(next);
  }, []);

  const register = useCallback((key: string, range: DataRange) => {
    setRanges((current) => new Map(current).set(key, range));
    return () =>
      setRanges((current) => {
        const next = new Map(current);
        next.delete(key);
        return next;
      });
  }, []);

  const shared = view ?? own ?? defaultView ?? null;
  const range = useMemo(() => (shareNorm ? unionRange(ranges.values()) : null), [shareNorm, ranges]);
  const link = useMemo<Link>(
    () => ({ view: shared, requestView, range, shareNorm, register, hover }),
    [shared, requestView, range, shareNorm, register, hover],
  );
  return <LinkContext.Provider value={link}>{children}</LinkContext.Provider>;
}

function createHoverChannel(): HoverChannel {
  const listeners = new Map<string, (point: DataPoint | null) => void>();
  /** The chart under the pointer; only it can end the hover. */
  let source: string | null = null;

  function publish(from: string, point: DataPoint | null): void {
    // A chart's leaving after another took over (or an echo of null) must not hide that one's hover.
    if (point === null && from !== source) return;
    source = point && from;
    for (const [key, show] of listeners) if (key !== from) show(point);
  }

  return {
    publish,
    subscribe(key, show) {
      listeners.set(key, show);
      return () => {
        listeners.delete(key);
        // An unmounted chart can no longer say that the pointer left it.
        if (source === key) publish(key, null);
      };
    },
  };
}
