import { useCallback, useMemo, useRef, useState } from 'react';
import type { ContourHeatmapHandle } from '../../src';
import { ChartStage } from './ChartStage';
import { ChartStatus } from './ChartStatus';
import { CodePanel } from './CodePanel';
import { buildField, gridSide } from './dataSources';
import { ExportPanel, type ExportFormat } from './ExportPanel';
import { matplotlibCode } from './matplotlibCode';
import { AxesPanel } from './panels/AxesPanel';
import { ColorbarPanel } from './panels/ColorbarPanel';
import { ColorPanel } from './panels/ColorPanel';
import { ContoursPanel } from './panels/ContoursPanel';
import { DataPanel } from './panels/DataPanel';
import { ImagePanel } from './panels/ImagePanel';
import { LabelsPanel } from './panels/LabelsPanel';
import { LayoutPanel } from './panels/LayoutPanel';
import { NormPanel } from './panels/NormPanel';
import { optionalNumber } from './parse';
import { pythonData } from './pythonData';
import { INITIAL_STATE, type PlaygroundState, type SetField } from './state';
import { toProps } from './toProps';
import { useHostState } from './useHostState';

const INITIAL_FORMAT: ExportFormat = Object.freeze({ type: 'image/png', quality: '0.9' });

export function App() {
  const [state, setState] = useState<PlaygroundState>(INITIAL_STATE);
  const set: SetField = useCallback((key, value) => setState((s) => ({ ...s, [key]: value })), []);
  const [format, setFormat] = useState<ExportFormat>(INITIAL_FORMAT);
  const chart = useRef<ContourHeatmapHandle>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const host = useHostState(hostRef);

  const requested = { rows: gridSide(state.rows, 48), cols: gridSide(state.cols, 64) };
  // The same z object for as long as the data controls stay put: the chart then keeps its uploaded grid.
  const field = useMemo(() => buildField(state.source, requested.rows, requested.cols), [state.source, requested.rows, requested.cols]);
  const props = useMemo(() => toProps(state, field), [state, field]);
  const code = useMemo(
    () =>
      matplotlibCode({
        props,
        data: pythonData(state.source, field.rows, field.cols),
        rows: field.rows,
        cols: field.cols,
        pixelRatio: props.pixelRatio ?? window.devicePixelRatio,
        exportType: format.type,
        quality: optionalNumber(format.quality) ?? 0.92,
      }),
    [props, state.source, field, format],
  );

  return (
    <>
      <header>
        <h1>contour-heatmap playground</h1>
        <p className="lede">
          Every option of <code>&lt;ContourHeatmap&gt;</code>, live: the picture, its base64 export and the matplotlib code that draws the
          same figure. <a href="/">Back to the demo</a>; <a href="/docs/PROPS.md">every prop documented</a>.
        </p>
      </header>
      <div className="playground">
        <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="chart options">
          <DataPanel state={state} set={set} />
          <ImagePanel state={state} set={set} />
          <ColorPanel state={state} set={set} />
          <NormPanel state={state} set={set} />
          <ContoursPanel state={state} set={set} />
          <LabelsPanel state={state} set={set} />
          <AxesPanel state={state} set={set} />
          <ColorbarPanel state={state} set={set} />
          <LayoutPanel state={state} set={set} />
          <button type="button" className="reset" onClick={() => setState(INITIAL_STATE)}>
            Reset to the seed figure
          </button>
        </form>
        <main className="output">
          <section className="card" aria-label="chart">
            <ChartStatus host={host} rows={field.rows} cols={field.cols} />
            <ChartStage ref={chart} props={props} hostRef={hostRef} />
          </section>
          <section className="card" aria-label="export">
            <h2>Export</h2>
            <ExportPanel chart={chart} props={props} format={format} onFormat={setFormat} />
          </section>
          <section className="card" aria-label="matplotlib">
            <h2>matplotlib</h2>
            <CodePanel code={code} />
          </section>
        </main>
      </div>
    </>
  );
}
