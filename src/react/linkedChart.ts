import { useEffect, useId, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { ChartOptions } from '../chart/chartOptions';
import type { ContourHeatmapChart } from '../chart/chartApi';
import type { PickInfo } from '../core/interaction/pick';
import type { View } from '../core/view/view';
import { useLink } from './LinkedCharts';
import { dataRange, withSharedLimits } from './sharedNorm';

interface LinkedChart {
  /** The chart options with what the provider shares: its view, its colour limits. */
  options(own: ChartOptions): ChartOptions;
  /** Passes a view the user's gesture asks for to the provider (stable). */
  viewChanged(view: View): void;
  /** Passes what lies under the pointer to the other charts (stable). */
  hovered(info: PickInfo | null): void;
}

/**
 * A `<ContourHeatmap>`'s part in the nearest `<LinkedCharts>`; outside any, every part is a no-op.
 * A chart with its own `view` keeps it: it neither follows nor moves the shared view.
 */
export function useLinkedChart(props: ChartOptions, chartRef: RefObject<ContourHeatmapChart | null>): LinkedChart {
  const link = useLink();
  const key = useId();
  const latest = useRef({ link, ownView: props.view });
  latest.current = { link, ownView: props.view };
  // Once per grid (the data, not the object around a flat one) rather than per render: a scan of every cell.
  const { z } = props;
  const flat = z && !Array.isArray(z) ? (z as { values?: unknown; rows?: unknown; cols?: unknown }) : null;
  const shareNorm = link?.shareNorm ?? false;
  const range = useMemo(() => (shareNorm ? dataRange(z) : null), [shareNorm, flat ? flat.values : z, flat?.rows, flat?.cols]);
  const register = link?.register;
  useLayoutEffect(() => (register && range ? register(key, range) : undefined), [register, key, range]);

  const hover = link?.hover;
  useEffect(() => {
    if (!hover) return undefined;
    // The chart does not report a shown point to onHover, so showing one never echoes back here.
    return hover.subscribe(key, (point) => chartRef.current?.showHover(point));
  }, [hover, key, chartRef]);

  const callbacks = useMemo(
    () => ({
      viewChanged(view: View) {
        const { link: current, ownView } = latest.current;
        if (ownView === undefined) current?.requestView(view);
      },
      hovered(info: PickInfo | null) {
        latest.current.link?.hover.publish(key, info && { x: info.x, y: info.y });
      },
    }),
    [key],
  );

  return {
    ...callbacks,
    options(own) {
      if (!link) return own;
      const viewed = link.view && props.view === undefined ? { ...own, view: link.view } : own;
      return link.range ? withSharedLimits(viewed, link.range) : viewed;
    },
  };
}
