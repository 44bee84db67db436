// Page-side helpers for e2e/pick.spec.ts. Not imported by main.tsx: the spec loads it into the
// harness page with `await import('/e2e/harness/pick.tsx')`, and it installs `window.pickHarness`.
// It mounts charts with hover recording (React and plain), and computes what the core expects for
// them. Test code only; not part of the library.
import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ContourHeatmap, createContourHeatmap, type ChartOptions, type ContourHeatmapHandle, type PickInfo } from '../../src';
import { createTextMeasure } from '../../src/chart/textMeasure';
import { loadColormaps } from '../../src/core/color/colormaps';
import { resolveFigure } from '../../src/core/figure/figureOptions';
import { planFigure } from '../../src/core/figure/planFigure';
import { createPicker } from '../../src/core/interaction/pick';
import { createReadoutText } from '../../src/core/interaction/readoutText';
import { resolvePicture } from '../../src/core/options';
import { shade } from '../../src/core/color/shade';

/** Props as JSON carries them (NaN arrives as null), with the size and pixel ratio always given. */
type JsonProps = Omit<ChartOptions, 'z' | 'width' | 'height' | 'pixelRatio'> & {
  z: (number | null)[][];
  width: number;
  height: number;
  pixelRatio: number;
};
type Props = Omit<JsonProps, 'z'> & { z: ChartOptions['z'] };

/** The readout setting a chart is mounted with: the default box, none, or a custom content. */
type Readout = 'default' | 'off' | 'custom';

interface Chart {
  host: HTMLElement;
  props: Props;
  hovers: (PickInfo | null)[];
  pick(x: number, y: number): Promise<PickInfo | null>;
  toBase64(): Promise<string>;
  whenReady(): Promise<void>;
  destroy(): void;
}

const charts = new Map<string, Chart>();

function revive(props: JsonProps): Props {
  return { ...props, z: props.z.map((row) => row.map((v) => (v === null ? NaN : v))) };
}

function container(id: string): HTMLDivElement {
  const div = document.createElement('div');
  div.dataset.pick = id;
  document.body.append(div);
  return div;
}

function mountReact(id: string, props: Props, readout: Readout): void {
  const div = container(id);
  const root = createRoot(div);
  const handle = createRef<ContourHeatmapHandle>();
  const hovers: (PickInfo | null)[] = [];
  const custom = (info: PickInfo) => <b className="custom-readout">value {info.value.toFixed(3)}</b>;
  flushSync(() =>
    root.render(
      <ContourHeatmap
        ref={handle}
        {...props}
        onHover={(info) => hovers.push(info)}
        readout={readout === 'custom' ? custom : readout === 'default'}
      />,
    ),
  );
  charts.set(id, {
    host: div.querySelector<HTMLElement>('.contour-heatmap')!,
    props,
    hovers,
    pick: (x, y) => handle.current!.pick(x, y),
    toBase64: () => handle.current!.toBase64(),
    whenReady: () => handle.current!.whenReady(),
    destroy: () => {
      flushSync(() => root.unmount());
      div.remove();
    },
  });
}

function mountPlain(id: string, props: Props, readout: Readout): void {
  const host = container(id);
  const hovers: (PickInfo | null)[] = [];
  const chart = createContourHeatmap(host, {
    onHover: (info) => hovers.push(info),
    readout: readout === 'custom' ? (info, text) => `${text} (cell ${info.row}, ${info.col})` : readout === 'default',
  });
  chart.update(props);
  charts.set(id, {
    host,
    props,
    hovers,
    pick: (x, y) => chart.pick(x, y),
    toBase64: () => chart.toBase64(),
    whenReady: () => chart.whenReady(),
    destroy: () => chart.destroy(),
  });
}

/** What the core computes for a chart's props: its own picker and readout text, from a plan made as the chart makes it. */
async function expected(id: string) {
  const { props } = charts.get(id)!;
  const picture = resolvePicture(props, undefined, await loadColormaps());
  const figure = resolveFigure(props);
  const plan = planFigure(picture, figure, props.width, props.height, createTextMeasure());
  return {
    plan,
    pick: createPicker(picture, plan, props.pixelRatio),
    text: createReadoutText(picture, figure, plan, props.pixelRatio),
    color: (value: number) => [...shade(picture.colormap, picture.norm, value)],
  };
}

const pickHarness = {
  mount(id: string, props: JsonProps, options: { plain?: boolean; readout?: Readout } = {}): void {
    (options.plain ? mountPlain : mountReact)(id, revive(props), options.readout ?? 'default');
  },
  /** A plain chart of an n × n grid built in the page (too big for JSON), drawn with the given props. */
  mountBig(id: string, n: number, props: Omit<JsonProps, 'z'>): void {
    const values = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) values[i] = Math.sin((i % n) / 97) * Math.cos(Math.floor(i / n) / 131) + 1e-4 * (i % 7);
    mountPlain(id, { ...props, z: { values, rows: n, cols: n } }, 'default');
  },
  ready: (id: string) => charts.get(id)!.whenReady(),
  pick: (id: string, x: number, y: number) => charts.get(id)!.pick(x, y),
  hovers: (id: string) => charts.get(id)!.hovers,
  toBase64: (id: string) => charts.get(id)!.toBase64(),
  destroy: (id: string) => charts.get(id)!.destroy(),
  /** The image box, and the core's picks, readout texts and colours of the picked values at the given points. */
  async core(id: string, points: [number, number][]) {
    const { plan, pick, text, color } = await expected(id);
    const infos = points.map(([x, y]) => pick(x, y));
    return {
      image: plan.image,
      infos,
      texts: infos.map((info) => info && text(info)),
      colors: infos.map((info) => info && color(info.value)),
    };
  },
  /** Main-thread time of each of `points.length` pointer moves over the chart (ms): synthetic events, dispatched one by one. */
  timeMoves(id: string, points: [number, number][]): number[] {
    const { host } = charts.get(id)!;
    const r = host.getBoundingClientRect();
    return points.map(([x, y]) => {
      const event = new PointerEvent('pointermove', { clientX: r.left + x, clientY: r.top + y, bubbles: true });
      const start = performance.now();
      host.dispatchEvent(event);
      return performance.now() - start;
    });
  },
};

declare global {
  interface Window {
    pickHarness: typeof pickHarness;
  }
}
window.pickHarness = pickHarness;
