// Page-side helpers for e2e/gestures.spec.ts. Not imported by main.tsx: the spec loads it into the
// harness page with `await import('/e2e/harness/gestures.ts')`, and it installs
// `window.gesturesHarness`. It mounts plain charts that record the views their gestures ask for,
// with the view uncontrolled, controlled by a parent that follows it, or controlled by one that
// ignores it. Test code only; not part of the library.
import { createContourHeatmap, type ChartOptions, type ContourHeatmapChart, type PickInfo } from '../../src/vanilla';
import type { View } from '../../src/core/view/view';

/**
 * Who owns the view: the chart ('none'), a parent passing every asked-for view back as `view`
 * ('follow'), or a parent that keeps its own `view` whatever is asked ('ignore').
 */
type Control = 'none' | 'follow' | 'ignore';

interface Mounted {
  host: HTMLElement;
  chart: ContourHeatmapChart;
  views: View[];
}

const charts = new Map<string, Mounted>();

const gesturesHarness = {
  /** Mounts a plain chart in a new div (with the page's own `attributes` on it, if any). */
  mount(id: string, props: ChartOptions, options: { control?: Control; attributes?: Record<string, string> } = {}): void {
    const host = document.createElement('div');
    host.dataset.gestures = id;
    for (const [name, value] of Object.entries(options.attributes ?? {})) host.setAttribute(name, value);
    document.body.append(host);
    const views: View[] = [];
    const control = options.control ?? 'none';
    let current = props;
    const chart = createContourHeatmap(host, {
      onViewChange(view) {
        views.push(view);
        if (control === 'follow') {
          current = { ...current, view };
          chart.update(current);
        }
      },
    });
    chart.update(props);
    charts.set(id, { host, chart, views });
  },
  update: (id: string, props: ChartOptions) => charts.get(id)!.chart.update(props),
  views: (id: string) => charts.get(id)!.views,
  ready: (id: string) => charts.get(id)!.chart.whenReady(),
  pick: (id: string, x: number, y: number): Promise<PickInfo | null> => charts.get(id)!.chart.pick(x, y),
  toBase64: (id: string) => charts.get(id)!.chart.toBase64(),
  destroy: (id: string) => charts.get(id)!.chart.destroy(),
  /** The texts of the figure's SVG (tick labels and all), in document order. */
  texts: (id: string) => [...charts.get(id)!.host.querySelectorAll('svg text')].map((t) => t.textContent),
};

declare global {
  interface Window {
    gesturesHarness: typeof gesturesHarness;
  }
}
window.gesturesHarness = gesturesHarness;
