// Page-side helpers for e2e/linkedCharts.spec.ts. Not imported by main.tsx: the spec loads it into
// the harness page with `await import('/e2e/harness/linked.tsx')`, and it installs
// `window.linkedHarness`. It mounts charts inside a <LinkedCharts> (and, beside it, charts outside
// any provider) in one React root, recording what each reports. Test code only; not part of the library.
import { createRef, StrictMode, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ContourHeatmap, LinkedCharts, type ContourHeatmapHandle, type ContourHeatmapProps, type PickInfo, type View } from '../../src';

/** A chart's props as JSON carries them. */
type ChartProps = Omit<ContourHeatmapProps, 'z'> & { z: number[][] };

/** The provider's props, its charts, and the charts beside it (outside any provider). */
interface Setup {
  shareNorm?: boolean;
  view?: View;
  defaultView?: View;
  charts: ChartProps[];
  outside?: ChartProps[];
}

interface Recorded {
  handle: RefObject<ContourHeatmapHandle | null>;
  hovers: (PickInfo | null)[];
  views: View[];
}

interface Mounted {
  root: Root;
  container: HTMLDivElement;
  setup: Setup;
  /** The provider's charts, then the outside ones. */
  charts: Recorded[];
  providerViews: View[];
}

const mounted = new Map<string, Mounted>();

function chartElement(m: Mounted, index: number, props: ChartProps, name: string) {
  const recorded = m.charts[index]!;
  return (
    <div key={name} data-linked={name} style={{ display: 'inline-block' }}>
      <ContourHeatmap
        ref={recorded.handle}
        {...props}
        onHover={(info) => recorded.hovers.push(info)}
        onViewChange={(view) => recorded.views.push(view)}
      />
    </div>
  );
}

function render(id: string): void {
  const m = mounted.get(id)!;
  const { charts, outside = [], shareNorm, view, defaultView } = m.setup;
  flushSync(() =>
    m.root.render(
      // StrictMode: its double mount must leave one registration and one subscription per chart.
      <StrictMode>
        <LinkedCharts shareNorm={shareNorm} view={view} defaultView={defaultView} onViewChange={(v) => m.providerViews.push(v)}>
          {charts.map((props, i) => chartElement(m, i, props, `${id}-${i}`))}
        </LinkedCharts>
        {outside.map((props, i) => chartElement(m, charts.length + i, props, `${id}-out${i}`))}
      </StrictMode>,
    ),
  );
}

const linkedHarness = {
  mount(id: string, setup: Setup): void {
    const container = document.createElement('div');
    document.body.append(container);
    const count = setup.charts.length + (setup.outside?.length ?? 0);
    const charts = Array.from({ length: count }, () => ({ handle: createRef<ContourHeatmapHandle>(), hovers: [], views: [] }));
    mounted.set(id, { root: createRoot(container), container, setup, charts, providerViews: [] });
    render(id);
  },
  /** Renders again with the provider's props changed (the charts' props as they were). */
  update(id: string, provider: Omit<Setup, 'charts' | 'outside'>): void {
    const m = mounted.get(id)!;
    m.setup = { ...m.setup, shareNorm: provider.shareNorm, view: provider.view, defaultView: provider.defaultView };
    render(id);
  },
  ready: (id: string) => Promise.all(mounted.get(id)!.charts.map((c) => c.handle.current!.whenReady())),
  pick: (id: string, index: number, x: number, y: number) => mounted.get(id)!.charts[index]!.handle.current!.pick(x, y),
  toBase64: (id: string, index: number) => mounted.get(id)!.charts[index]!.handle.current!.toBase64(),
  hovers: (id: string, index: number) => mounted.get(id)!.charts[index]!.hovers,
  views: (id: string, index: number) => mounted.get(id)!.charts[index]!.views,
  providerViews: (id: string) => mounted.get(id)!.providerViews,
  unmount(id: string): void {
    const m = mounted.get(id)!;
    flushSync(() => m.root.unmount());
    m.container.remove();
    mounted.delete(id);
  },
};

declare global {
  interface Window {
    linkedHarness: typeof linkedHarness;
  }
}
window.linkedHarness = linkedHarness;
