import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { createContourHeatmap, type ChartOptions, type ContourHeatmapChart, type ExportOptions } from '../chart/createContourHeatmap';
import type { ImageType } from '../export/exportScene';
import { useContextBudget } from './ContextBudgetProvider';
import { chartOptions, rootAttributes, type ContourHeatmapRootProps } from './rootProps';
import { sameOptions } from './sameOptions';
import { useReadout, type ReadoutProps } from './readout';
import { useLinkedChart } from './linkedChart';
import type { PickInfo } from '../core/interaction/pick';
import type { View } from '../core/view/view';

export type { ContourHeatmapRootProps, DataAttributes } from './rootProps';

export interface ContourHeatmapProps extends ChartOptions, ContourHeatmapRootProps, ReadoutProps {
  /** Called once with every error, whenever it is found (invalid props, or a problem found while drawing); the chart shows it too (see `renderError`). */
  onError?: ((error: Error) => void) | undefined;
  /** Called each time the current props are fully drawn. */
  onReady?: (() => void) | undefined;
  /**
   * How the chart shows an error: omitted, in its own box (the message, in red); `false`, not at
   * all (it still reaches `onError`, rejects exports and sets `data-error` on the root); a
   * function, as the content it returns, in place of the box.
   */
  renderError?: false | ((error: Error) => ReactNode) | undefined;
  /**
   * Called with the view each user zoom, pan or reset asks for. With `view` given, the chart shows
   * a new view only once `view` says so (a controlled prop, as an input's `value`); without it,
   * the chart moves by itself (starting from `defaultView`) and this only reports.
   */
  onViewChange?: ((view: View) => void) | undefined;
}

export interface ContourHeatmapHandle {
  /** The whole figure as a data URL once the current props are drawn; `scale` draws it again at a higher resolution. */
  toDataURL(type?: ImageType, quality?: number, options?: ExportOptions): Promise<string>;
  /** The base64 payload without the data-URL prefix. */
  toBase64(type?: ImageType, quality?: number, options?: ExportOptions): Promise<string>;
  /** The whole figure as a standalone SVG document (vector axes, text and lines; raster layers as PNG). */
  toSVG(): Promise<string>;
  /** Resolves when the current props are fully drawn. */
  whenReady(): Promise<void>;
  /** What lies under (x, y), CSS px from the root element's top-left, once the current props are drawn; null outside the image. */
  pick(x: number, y: number): Promise<PickInfo | null>;
}

/**
 * A heatmap (WebGL) with contour lines (SVG) that reproduces matplotlib's
 * `imshow(..., interpolation, cmap, extent, origin, aspect='auto')` + `contour(X, Y, Z, levels, colors)`.
 * A thin wrapper: every instance creates and owns its own chart (canvas, WebGL context, state)
 * inside its effect, so instances share nothing unless asked and StrictMode's double mount is safe.
 *
 * Inside a `<LinkedCharts>` it shares with the provider's other charts: it shows the shared view
 * (unless it has its own `view`, which it keeps: it then neither follows nor moves the others) and
 * passes its users' view changes and hovers to the others, besides its own `onViewChange` and
 * `onHover`; with `shareNorm`, its data's finite range joins the union that becomes every chart's
 * colour limits where the chart sets none itself (its own vmin / vmax, or those in its norm, win).
 *
 * Props are compared by value: a re-render with equal props (new arrays and objects with the same
 * contents, e.g. an inline `extent={[0, 1, 0, 1]}`) does not update the chart. Functions are
 * compared by identity, and so is `z`'s data (the array of rows, or the flat `values` array), so
 * that millions of cells are never compared: a grid changed in place is not seen; pass a new one.
 */
export const ContourHeatmap = forwardRef<ContourHeatmapHandle, ContourHeatmapProps>(function ContourHeatmap(props, ref) {
  const { onError, onReady, renderError, onViewChange } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  /** The error content rendered here (renderError), as opposed to the chart's own error box. */
  const ownErrorRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ContourHeatmapChart | null>(null);
  /** The options the chart was last updated with. */
  const appliedRef = useRef<ChartOptions | null>(null);
  /** Counts updates, so only the latest update's drawing calls onReady. */
  const updatesRef = useRef(0);
  const callbacks = useRef({ onError, onReady, renderError, onViewChange });
  callbacks.current = { onError, onReady, renderError, onViewChange };
  const [error, setError] = useState<Error | null>(null);
  const budget = useContextBudget();
  const linked = useLinkedChart(props, chartRef);
  // The readout's onHover is read at each hover (useReadout keeps the latest props): a new object is fine.
  const readout = useReadout({
    readout: props.readout,
    onHover: (info) => {
      props.onHover?.(info);
      linked.hovered(info);
    },
  });

  useLayoutEffect(() => {
    const chart = createContourHeatmap(hostRef.current!, {
      ...readout.settings,
      budget,
      // With renderError the error is shown by this component (or not at all), not in the chart's box.
      errorBox: () => callbacks.current.renderError === undefined,
      onViewChange: (view) => {
        callbacks.current.onViewChange?.(view);
        linked.viewChanged(view);
      },
      onError: (e) => {
        setError(e);
        callbacks.current.onError?.(e);
      },
    });
    chartRef.current = chart;
    appliedRef.current = null; // a new chart: the next update applies every option
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [budget]);

  // After every render: update the chart only when an option changed in value.
  useLayoutEffect(() => {
    const chart = chartRef.current!;
    const options = sameOptions(appliedRef.current, linked.options(chartOptions(props)));
    if (options === appliedRef.current) return;
    appliedRef.current = options;
    chart.update(options);
    // Draw-time errors arrive through onError; an update resolves or clears the earlier one.
    setError(chart.error);
    if (chart.error) return; // reported through onError
    const update = ++updatesRef.current;
    chart.whenReady().then(
      () => update === updatesRef.current && callbacks.current.onReady?.(),
      () => undefined, // superseded or destroyed: nothing to report
    );
  });

  useImperativeHandle(
    ref,
    () => ({
      toDataURL: (type, quality, options) => chart(chartRef).toDataURL(type, quality, options),
      toBase64: (type, quality, options) => chart(chartRef).toBase64(type, quality, options),
      toSVG: () => chart(chartRef).toSVG(),
      whenReady: () => chart(chartRef).whenReady(),
      pick: (x, y) => chart(chartRef).pick(x, y),
    }),
    [],
  );

  // The class is rendered here too, so React re-renders never strip it from the host.
  return (
    <div ref={hostRef} {...rootAttributes(props)}>
      {error && typeof renderError === 'function' ? (
        <div ref={ownErrorRef} className="contour-heatmap-error" role="alert" style={ERROR_STYLE}>
          {renderError(error)}
        </div>
      ) : null}
      {readout.content}
    </div>
  );
});

const ERROR_STYLE: CSSProperties = Object.freeze({ position: 'absolute', inset: 0, overflow: 'auto' });

function chart(ref: { current: ContourHeatmapChart | null }): ContourHeatmapChart {
  if (!ref.current) throw new Error('contour-heatmap: the chart is not mounted');
  return ref.current;
}
