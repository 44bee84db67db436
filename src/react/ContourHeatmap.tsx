import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { createContourHeatmap, type ChartOptions, type ContourHeatmapChart } from '../chart/createContourHeatmap';
import type { ImageType } from '../export/exportScene';
import { useContextBudget } from './ContextBudgetProvider';

/** Every chart option, in a fixed order: the update effect's dependencies. `satisfies` makes a missing option a compile error. */
const OPTION_KEYS = Object.freeze(
  Object.keys({
    z: true, extent: true, origin: true, interpolation: true, interpolationStage: true, filterrad: true, cmap: true, underColor: true,
    overColor: true, badColor: true, vmin: true, vmax: true, norm: true, contours: true, heatmap: true, width: true, height: true, pixelRatio: true, renderer: true,
  } satisfies Record<keyof ChartOptions, true>) as (keyof ChartOptions)[],
);

export interface ContourHeatmapProps extends ChartOptions {
  className?: string;
  style?: CSSProperties;
  /** Called once with every error, whenever it is found (invalid props, or a problem found while drawing); the chart shows it too. */
  onError?: (error: Error) => void;
  /** Called each time the current props are fully drawn. */
  onReady?: () => void;
}

export interface ContourHeatmapHandle {
  /** The composited picture as a data URL once the current props are drawn. */
  toDataURL(type?: ImageType, quality?: number): Promise<string>;
  /** The base64 payload without the data-URL prefix. */
  toBase64(type?: ImageType, quality?: number): Promise<string>;
  /** Resolves when the current props are fully drawn. */
  whenReady(): Promise<void>;
}

/**
 * A heatmap (WebGL) with contour lines (SVG) that reproduces matplotlib's
 * `imshow(..., interpolation, cmap, extent, origin, aspect='auto')` + `contour(X, Y, Z, levels, colors)`.
 * A thin wrapper: every instance creates and owns its own chart (canvas, WebGL context, state)
 * inside its effect, so instances never share anything and StrictMode's double mount is safe.
 */
export const ContourHeatmap = forwardRef<ContourHeatmapHandle, ContourHeatmapProps>(function ContourHeatmap(
  { className, style, onError, onReady, ...options },
  ref,
) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ContourHeatmapChart | null>(null);
  const callbacks = useRef({ onError, onReady });
  callbacks.current = { onError, onReady };
  const budget = useContextBudget();

  useLayoutEffect(() => {
    const chart = createContourHeatmap(hostRef.current!, { budget, onError: (e) => callbacks.current.onError?.(e) });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [budget]);

  // Re-apply when any option changes identity; the chart keeps what did not change (the grid upload).
  const values = OPTION_KEYS.map((key) => options[key]);
  useLayoutEffect(() => {
    const chart = chartRef.current!;
    chart.update(options);
    if (chart.error) return; // reported through onError
    let live = true;
    chart.whenReady().then(
      () => live && callbacks.current.onReady?.(),
      () => undefined, // superseded or destroyed: nothing to report
    );
    return () => {
      live = false;
    };
  }, [budget, ...values]);

  useImperativeHandle(
    ref,
    () => ({
      toDataURL: (type, quality) => chart(chartRef).toDataURL(type, quality),
      toBase64: (type, quality) => chart(chartRef).toBase64(type, quality),
      whenReady: () => chart(chartRef).whenReady(),
    }),
    [],
  );

  // The class is rendered here too, so React re-renders never strip it from the host.
  return <div ref={hostRef} className={className ? `contour-heatmap ${className}` : 'contour-heatmap'} style={style} />;
});

function chart(ref: { current: ContourHeatmapChart | null }): ContourHeatmapChart {
  if (!ref.current) throw new Error('contour-heatmap: the chart is not mounted');
  return ref.current;
}
