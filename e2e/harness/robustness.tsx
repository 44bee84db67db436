// Page-side helpers for the robustness specs (e2e/robustness*.spec.ts). Not imported by main.tsx:
// a spec loads it into the harness page with `await import('/e2e/harness/robustness.tsx')`, and it
// installs `window.robust`. Test code only; not part of the library.
//
// Props travel from Node as JSON, which cannot carry what hostile inputs are made of (functions,
// typed arrays, BigInts, symbols, cycles, throwing getters, millions of cells), so a prop value may
// be a token `{ $: kind, … }` that `revive` turns into that value here, in the page.
import { createRef, type CSSProperties } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from '../../src';

type Token =
  | { $: 'wave'; rows: number; cols: number; scale?: number; offset?: number; flat?: 'f32' | 'f64' | 'array'; length?: number }
  | { $: 'const'; rows: number; cols: number; value: number | null; flat?: 'f32' | 'f64' }
  | { $: 'range'; n: number; start?: number; step?: number }
  | { $: 'repeat'; text: string; n: number }
  | { $: 'fn'; returns?: unknown; throws?: string }
  | { $: 'bigint' }
  | { $: 'symbol' }
  | { $: 'nan' }
  | { $: 'infinity'; sign?: 1 | -1 }
  | { $: 'undefined' }
  | { $: 'circular' }
  | { $: 'throwingGetter'; key: string; message: string; rest?: Record<string, unknown> }
  | { $: 'typed'; type: 'Int32Array' | 'Uint8Array' | 'Float32Array' | 'Float64Array'; values: number[] }
  | { $: 'date' };

const TYPED = { Int32Array, Uint8Array, Float32Array, Float64Array } as const;

/** sin·cos over rows × cols, scaled and offset: positive and negative values, smooth, every cell finite. */
function waveValue(r: number, c: number, rows: number, cols: number): number {
  return Math.sin((2 * Math.PI * 1.5 * c) / cols + 0.3) * Math.cos((2 * Math.PI * r) / rows + 0.2) + 0.2 * Math.sin((r + 2 * c) / 7);
}

/** Grids cached by their token, so a case can use the same big array several times (and a memory test measures the chart, not the data). */
const grids = new Map<string, unknown>();

function wave(t: Extract<Token, { $: 'wave' }>): unknown {
  const key = JSON.stringify(t);
  if (grids.has(key)) return grids.get(key);
  const { rows, cols, scale = 1, offset = 0, flat } = t;
  let z: unknown;
  if (flat) {
    const length = t.length ?? rows * cols;
    const values =
      flat === 'f32' ? new Float32Array(length) : flat === 'f64' ? new Float64Array(length) : new Array<number>(length).fill(0);
    for (let i = 0; i < Math.min(length, rows * cols); i++)
      values[i] = waveValue(Math.floor(i / cols), i % cols, rows, cols) * scale + offset;
    z = { values, rows, cols };
  } else {
    z = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => waveValue(r, c, rows, cols) * scale + offset));
  }
  grids.set(key, z);
  return z;
}

export function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const token = value as Partial<Token> & Record<string, unknown>;
  if (typeof token.$ !== 'string') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  const t = token as Token;
  switch (t.$) {
    case 'wave':
      return wave(t);
    case 'const': {
      const v = t.value === null ? NaN : t.value;
      if (t.flat) {
        const values = t.flat === 'f32' ? new Float32Array(t.rows * t.cols) : new Float64Array(t.rows * t.cols);
        values.fill(v);
        return { values, rows: t.rows, cols: t.cols };
      }
      return Array.from({ length: t.rows }, () => new Array<number>(t.cols).fill(v));
    }
    case 'range':
      return Array.from({ length: t.n }, (_, i) => (t.start ?? 0) + i * (t.step ?? 1));
    case 'repeat':
      return t.text.repeat(t.n);
    case 'fn':
      return () => {
        if (t.throws !== undefined) throw new Error(t.throws);
        return t.returns;
      };
    case 'bigint':
      return BigInt(7);
    case 'symbol':
      return Symbol('hostile');
    case 'nan':
      return NaN;
    case 'infinity':
      return (t.sign ?? 1) * Infinity;
    case 'undefined':
      return undefined;
    case 'circular': {
      const o: Record<string, unknown> = { levels: 5 };
      o.self = o;
      return o;
    }
    case 'throwingGetter': {
      const o = revive(t.rest ?? {}) as Record<string, unknown>;
      Object.defineProperty(o, t.key, {
        enumerable: true,
        get() {
          throw new Error(t.message);
        },
      });
      return o;
    }
    case 'typed':
      return TYPED[t.type].from(t.values);
    case 'date':
      return new Date(0);
  }
}

interface Chart {
  root: Root;
  container: HTMLDivElement;
  handle: React.RefObject<ContourHeatmapHandle | null>;
  errors: string[];
  readyCalls: number;
}

export interface MountOptions {
  /** The container's inline style (a CSS text). */
  containerStyle?: string;
  /** The chart root's React `style` prop. */
  style?: CSSProperties;
  /** The chart root's `className` prop. */
  className?: string;
}

const charts = new Map<string, Chart>();

function render(m: Chart, props: Record<string, unknown>, options: MountOptions): void {
  const chart = (
    <ContourHeatmap
      ref={m.handle}
      {...(props as unknown as ContourHeatmapProps)}
      {...(options.style ? { style: options.style } : {})}
      {...(options.className ? { className: options.className } : {})}
      onError={(e) => m.errors.push(e.message)}
      onReady={() => m.readyCalls++}
    />
  );
  flushSync(() => m.root.render(chart));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** A promise's outcome within `ms`: its value, its error's message, or 'timeout'. */
async function settle<T>(p: Promise<T>, ms: number): Promise<{ ok: true; value: T } | { ok: false; error: string } | { ok: 'timeout' }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ ok: 'timeout' }>((resolve) => (timer = setTimeout(() => resolve({ ok: 'timeout' }), ms)));
  try {
    return await Promise.race([
      p.then(
        (value) => ({ ok: true as const, value }),
        (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function rect(el: Element | null): { width: number; height: number } | null {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width * 100) / 100, height: Math.round(r.height * 100) / 100 };
}

/** What a test reads of a chart: its DOM contract, its errors and its export. */
export interface Observed {
  outcome: 'ready' | 'error' | 'timeout';
  whenReadyError: string | null;
  dataReady: string | null;
  dataError: string | null;
  dataRenderer: string | null;
  host: { width: number; height: number } | null;
  alert: { width: number; height: number; text: string; role: string | null; visible: boolean } | null;
  errors: string[];
  readyCalls: number;
  exported: { ok: true; base64: string } | { ok: false; error: string } | { ok: 'timeout' };
  paths: number;
  texts: Record<string, string>;
  clabels: string[];
  tickLabels: string[];
  /** Elements that hostile strings could have injected: img, script, iframe, object, embed anywhere in the chart. */
  injected: string[];
  pwned: boolean;
  ms: number;
}

async function observe(id: string, started: number, waitMs: number, exportIt: boolean): Promise<Observed> {
  const m = charts.get(id)!;
  const drawn = await settle(m.handle.current!.whenReady(), waitMs);
  const ms = performance.now() - started;
  // Late duplicates of an error (or a late error after ready) would arrive in these frames.
  await frame();
  await frame();
  await sleep(30);
  const host = m.container.querySelector<HTMLElement>('.contour-heatmap');
  const alert = host?.querySelector<HTMLElement>('.contour-heatmap-error') ?? null;
  const exported = exportIt
    ? await settle(m.handle.current!.toBase64(), waitMs).then((r) => (r.ok === true ? { ok: true as const, base64: r.value } : r))
    : ({ ok: 'timeout' } as const);
  const texts: Record<string, string> = {};
  host?.querySelectorAll('[data-text]').forEach((el) => (texts[el.getAttribute('data-text')!] = el.textContent ?? ''));
  return {
    outcome: drawn.ok === true ? 'ready' : drawn.ok === false ? 'error' : 'timeout',
    whenReadyError: drawn.ok === false ? drawn.error : null,
    dataReady: host?.getAttribute('data-ready') ?? null,
    dataError: host?.getAttribute('data-error') ?? null,
    dataRenderer: host?.getAttribute('data-renderer') ?? null,
    host: rect(host ?? null),
    alert: alert && {
      ...rect(alert)!,
      text: alert.textContent ?? '',
      role: alert.getAttribute('role'),
      visible: alert.isConnected && getComputedStyle(alert).display !== 'none' && getComputedStyle(alert).visibility !== 'hidden',
    },
    errors: [...m.errors],
    readyCalls: m.readyCalls,
    exported,
    paths: host?.querySelectorAll('path[data-level]').length ?? 0,
    texts,
    clabels: [...(host?.querySelectorAll('[data-clabel]') ?? [])].map((e) => e.textContent ?? ''),
    tickLabels: [...(host?.querySelectorAll('[data-tick] text') ?? [])].map((e) => e.textContent ?? ''),
    injected: [...(m.container.querySelectorAll('img, script, iframe, object, embed, foreignObject') ?? [])].map((e) =>
      e.outerHTML.slice(0, 120),
    ),
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    ms,
  };
}

const robust = {
  revive,
  mount(id: string, props: unknown, options: MountOptions = {}): void {
    const container = document.createElement('div');
    container.dataset.harness = id;
    if (options.containerStyle) container.setAttribute('style', options.containerStyle);
    document.body.append(container);
    const m: Chart = { root: createRoot(container), container, handle: createRef(), errors: [], readyCalls: 0 };
    charts.set(id, m);
    render(m, revive(props) as Record<string, unknown>, options);
  },
  update(id: string, props: unknown, options: MountOptions = {}): void {
    render(charts.get(id)!, revive(props) as Record<string, unknown>, options);
  },
  unmount(id: string): void {
    const m = charts.get(id);
    if (!m) return;
    flushSync(() => m.root.unmount());
    m.container.remove();
    charts.delete(id);
  },
  errors: (id: string) => [...charts.get(id)!.errors],
  host: (id: string) => charts.get(id)!.container.querySelector<HTMLElement>('.contour-heatmap'),
  container: (id: string) => charts.get(id)!.container,
  handle: (id: string) => charts.get(id)!.handle.current!,
  ready: (id: string) => charts.get(id)!.handle.current!.whenReady(),
  toBase64: (id: string) => charts.get(id)!.handle.current!.toBase64(),
  observe: (id: string, waitMs = 20_000, exportIt = true) => observe(id, performance.now(), waitMs, exportIt),
  /** Mounts props alone, waits until drawn or failed, reads everything a test checks, unmounts. */
  async run(props: unknown, options: MountOptions & { waitMs?: number } = {}): Promise<Observed> {
    const id = `run-${Math.random().toString(36).slice(2)}`;
    const started = performance.now();
    try {
      robust.mount(id, props, options);
      return await observe(id, started, options.waitMs ?? 20_000, true);
    } finally {
      robust.unmount(id);
    }
  },
  sleep,
  frame,
};

declare global {
  interface Window {
    robust: typeof robust;
  }
}
window.robust = robust;
