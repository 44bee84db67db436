// The page e2e/package.spec.ts drives (e2e/consumers/react-page.html): mounts ContourHeatmap
// elements from JSON props and re-renders them with fresh objects, recording every change the chart
// makes to its root (data-ready flips, DOM mutations) and every onReady / onError call. Test code only.
import { createRef, StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from '../../src';

/** Props as JSON carries them; `z` may name a grid the page makes once and passes by the same reference. */
export type PageProps = Omit<ContourHeatmapProps, 'z' | 'renderError'> & {
  z: ContourHeatmapProps['z'] | { grid: 'rows' | 'flat'; rows: number; cols: number };
  /** 'none': renderError={false}; 'custom': renderError renders `<span class="custom-error">…</span>`. */
  renderError?: 'none' | 'custom';
};

interface Mounted {
  root: Root;
  container: HTMLDivElement;
  handle: React.RefObject<ContourHeatmapHandle | null>;
  grids: Map<string, ContourHeatmapProps['z']>;
  strict: boolean;
  readyValues: string[];
  mutations: number;
  readyCalls: number;
  errors: string[];
  observer: MutationObserver | null;
}

const mounted = new Map<string, Mounted>();

/** The same grid (by reference) for the same description, so only its wrapper object is new on a re-render. */
function grid(m: Mounted, z: PageProps['z']): ContourHeatmapProps['z'] {
  if (!('grid' in z)) return z;
  const key = `${z.grid}:${z.rows}x${z.cols}`;
  let values = m.grids.get(key);
  if (!values) {
    const cell = (r: number, c: number) => Math.sin(r / 3) * Math.cos(c / 4) + r / z.rows;
    values =
      z.grid === 'rows'
        ? Array.from({ length: z.rows }, (_, r) => Array.from({ length: z.cols }, (_, c) => cell(r, c)))
        : {
            values: Float32Array.from({ length: z.rows * z.cols }, (_, i) => cell(Math.floor(i / z.cols), i % z.cols)),
            rows: z.rows,
            cols: z.cols,
          };
    m.grids.set(key, values);
  }
  // A flat grid: a new wrapper object around the same values, as an inline `z={{ values, rows, cols }}` is.
  return Array.isArray(values) ? values : ({ ...(values as object) } as ContourHeatmapProps['z']);
}

function render(m: Mounted, json: PageProps): void {
  // Every render builds new objects and arrays (structuredClone) and new callbacks, as a parent's render does.
  const { renderError, z, ...rest } = structuredClone(json);
  const errorProp =
    renderError === 'none'
      ? false
      : renderError === 'custom'
        ? (e: Error): ReactNode => <span className="custom-error">Oops: {e.message}</span>
        : undefined;
  const chart = (
    <ContourHeatmap
      ref={m.handle}
      {...rest}
      z={grid(m, z)}
      {...(errorProp !== undefined ? { renderError: errorProp } : {})}
      onReady={() => m.readyCalls++}
      onError={(e) => m.errors.push(e.message)}
    />
  );
  flushSync(() => m.root.render(m.strict ? <StrictMode>{chart}</StrictMode> : chart));
  if (!m.observer) {
    const host = m.container.querySelector<HTMLElement>('.contour-heatmap')!;
    m.observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target === host && r.attributeName === 'data-ready') m.readyValues.push(host.dataset.ready ?? '');
        else m.mutations++;
      }
    });
    m.observer.observe(host, { attributes: true, childList: true, subtree: true, characterData: true });
  }
}

const reactPage = {
  mount(id: string, props: PageProps, options: { strict?: boolean } = {}): void {
    const container = document.createElement('div');
    container.dataset.page = id;
    document.body.append(container);
    const m: Mounted = {
      root: createRoot(container),
      container,
      handle: createRef(),
      grids: new Map(),
      strict: options.strict ?? false,
      readyValues: [],
      mutations: 0,
      readyCalls: 0,
      errors: [],
      observer: null,
    };
    mounted.set(id, m);
    render(m, props);
  },
  rerender(id: string, props: PageProps): void {
    render(mounted.get(id)!, props);
  },
  /** What the chart did since mounting: data-ready values written, other DOM mutations, onReady calls, errors. */
  async stats(id: string) {
    // Let queued work (microtasks, the draw loop, mutation records) run first.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const m = mounted.get(id)!;
    return { readyValues: [...m.readyValues], mutations: m.mutations, readyCalls: m.readyCalls, errors: [...m.errors] };
  },
  toBase64: (id: string) => mounted.get(id)!.handle.current!.toBase64('image/png'),
  unmount(id: string): void {
    const m = mounted.get(id)!;
    m.observer?.disconnect();
    flushSync(() => m.root.unmount());
    m.container.remove();
    mounted.delete(id);
  },
};

declare global {
  interface Window {
    reactPage: typeof reactPage;
  }
}
window.reactPage = reactPage;
document.body.dataset.page = 'ready';
