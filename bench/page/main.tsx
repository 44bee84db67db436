// The benchmark page (bench.html): exposes window.bench, one async function per measurement, each
// returning plain numbers. bench/run.mjs decides what runs when (interleaving, warm-ups, repetitions).
import { contours as d3Contours } from 'd3-contour';
import { traceLevels, traceLevelSteps } from '../../src/core/contours/levelTracing';
import { runInSlices } from '../../src/chart/slices';
import { probeWebglKind } from '../../src/gl/webglKind';
import { evenLevels, seedGrid, toRows, withNaN, type BenchGrid } from './fields';
import { equalProps, longTasks } from './blocking';
import { pointerMoves, wheelGesture } from './interaction';
import { floorRun } from './floor';
import { mount, ready, seedProps, unmount, update, type Mounted } from './ours';
import { Plotly, plotlyFigure, plotlyHost, type PlotlyData } from './peers';

const SEED_N = 15; // the seed: 15 × 15 nodes, x ∈ [−3, 4] and y ∈ [−4, 3] in steps of 0.5

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

// ---------------------------------------------------------------------------------------------
// Data, made once per size and kept until released: no timing includes making it.
const grids = new Map<number, BenchGrid>();
const rowsFor = new Map<number, PlotlyData>();

function grid(n: number): BenchGrid {
  let g = grids.get(n);
  if (!g) grids.set(n, (g = seedGrid(n)));
  return g;
}

function plotlyData(n: number): PlotlyData {
  let d = rowsFor.get(n);
  if (!d) {
    const g = grid(n);
    rowsFor.set(n, (d = { x: g.x, y: g.y, z: toRows(g), min: g.min, max: g.max }));
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// Our chart: mount → data-ready → resolved toBase64('image/png'), then unmount (untimed).
async function oursFigure(
  n: number,
  width: number,
  height: number,
): Promise<{ readyMs: number; exportMs: number; bytes: number; renderer: string | null }> {
  const props = seedProps(grid(n), width, height);
  const t0 = performance.now();
  const m = mount([props]);
  await ready(m);
  const t1 = performance.now();
  const b64 = await m.handles[0]!.current!.toBase64('image/png');
  const t2 = performance.now();
  const host = m.container.querySelector<HTMLElement>('[data-ready="true"]');
  if (host === null) throw new Error('ours: ready but no data-ready="true"');
  // Which renderer 'auto' drew the heatmap with on this machine (read before unmounting clears it).
  const renderer = host.dataset.renderer ?? null;
  unmount(m);
  return { readyMs: t1 - t0, exportMs: t2 - t0, bytes: b64.length, renderer };
}

// Plotly: newPlot resolved + one animation frame → "drawn"; then Plotly.toImage → "exported".
async function plotlyFigureRun(n: number, width: number, height: number): Promise<{ readyMs: number; exportMs: number; bytes: number }> {
  const { traces, layout, config } = plotlyFigure(plotlyData(n), width, height);
  const div = plotlyHost(width, height);
  try {
    const t0 = performance.now();
    await Plotly.newPlot(div, traces, layout, config);
    await frame();
    const t1 = performance.now();
    const url = await Plotly.toImage(div, { format: 'png', width, height });
    const t2 = performance.now();
    return { readyMs: t1 - t0, exportMs: t2 - t0, bytes: url.length - url.indexOf(',') - 1 };
  } finally {
    Plotly.purge(div);
    div.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Isolines: the same values and the same explicit levels for every tracer.
let iso: { n: number; nan: number; values: Float64Array; levels: number[] } | null = null;
let worker: Worker | null = null;
let jobId = 0;

function isoPrepare(n: number, nanFraction: number, levelCount: number): { levels: number[]; nanCells: number } {
  const g = grid(n);
  const values = nanFraction > 0 ? withNaN(g.values, nanFraction) : g.values;
  isoRelease();
  iso = { n, nan: nanFraction, values, levels: evenLevels(g.min, g.max, levelCount) };
  let nanCells = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]!)) nanCells++;
  return { levels: iso.levels, nanCells };
}

function isoOurs(): { totalMs: number; perLevelMs: number[]; lines: number; points: number } {
  const { values, n, levels } = iso!;
  // All levels at once, as the chart traces them (one bucketing pass over the grid, then each level).
  const t0 = performance.now();
  const perLevel = traceLevels(values, n, n, levels);
  const totalMs = performance.now() - t0;
  let lines = 0;
  let points = 0;
  for (const ls of perLevel) {
    lines += ls.length;
    for (const l of ls) points += l.points.length / 2;
  }
  return { totalMs, perLevelMs: levels.map(() => totalMs / levels.length), lines, points };
}

async function isoOursWorker(): Promise<{ roundTripMs: number; workerMs: number; lines: number }> {
  worker ??= new Worker(new URL('./isolineWorker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const { values, n, levels } = iso!;
  const id = ++jobId;
  const t0 = performance.now();
  const reply = await new Promise<{ id: number; lines: { points: Float64Array }[][]; workerMs: number }>((resolve, reject) => {
    w.onmessage = (e) => resolve(e.data);
    w.onerror = (e) => reject(new Error(`isoline worker: ${e.message}`));
    w.postMessage({ id, values, rows: n, cols: n, levels }); // structured clone: the chart keeps its data
  });
  const roundTripMs = performance.now() - t0;
  if (reply.id !== id) throw new Error('isoline worker: stale reply');
  return { roundTripMs, workerMs: reply.workerMs, lines: reply.lines.reduce((a, ls) => a + ls.length, 0) };
}

// The chart's own path: src/chart/contourLayer.ts traces lines with traceLevelSteps on the main
// thread, in slices of a few milliseconds (src/chart/slices.ts), yielding to the browser between them.
async function isoSliced(): Promise<{ wallMs: number; lines: number }> {
  const { values, n, levels } = iso!;
  const t0 = performance.now();
  const traced = await runInSlices(traceLevelSteps(values, n, n, levels), () => false);
  const wallMs = performance.now() - t0;
  return { wallMs, lines: traced!.value.reduce((a, ls) => a + ls.length, 0) };
}

function isoRelease(): void {
  iso = null;
}

function isoD3(): { totalMs: number; polygons: number; rings: number } {
  const { values, n, levels } = iso!;
  const t0 = performance.now();
  const result = d3Contours().size([n, n]).thresholds(levels)(values as unknown as number[]);
  const totalMs = performance.now() - t0;
  let polygons = 0;
  let rings = 0;
  for (const mp of result) {
    polygons += mp.coordinates.length;
    for (const p of mp.coordinates) rings += p.length;
  }
  return { totalMs, polygons, rings };
}

// ---------------------------------------------------------------------------------------------
// Recolour: two charts stay mounted (a big and a small grid); each run changes vmin/vmax/cmap only.
let recolour: { charts: Map<number, Mounted>; flip: Map<number, boolean> } | null = null;

async function recolourSetup(sizes: number[]): Promise<void> {
  const charts = new Map<number, Mounted>();
  for (const n of sizes) {
    const m = mount([seedProps(grid(n), 1000, 500)]);
    await ready(m);
    charts.set(n, m);
  }
  recolour = { charts, flip: new Map(sizes.map((n) => [n, false])) };
}

async function recolourRun(n: number): Promise<{ ms: number }> {
  const m = recolour!.charts.get(n)!;
  const flip = !recolour!.flip.get(n);
  recolour!.flip.set(n, flip);
  const g = grid(n);
  const span = g.max - g.min;
  // Same z and contours objects: only the colouring changes.
  const base = m.props[0]!;
  const next = flip
    ? { ...base, cmap: 'viridis' as const, vmin: g.min + 0.1 * span, vmax: g.max - 0.1 * span }
    : { ...base, cmap: 'jet' as const, vmin: g.min - 0.05 * span, vmax: g.max + 0.05 * span };
  const t0 = performance.now();
  update(m, [next]);
  await ready(m);
  return { ms: performance.now() - t0 };
}

function recolourTeardown(): void {
  for (const m of recolour?.charts.values() ?? []) unmount(m);
  recolour = null;
}

// ---------------------------------------------------------------------------------------------
// Many charts: `count` seed charts on one page, all mounted at once, until every one is ready.
async function manyOurs(count: number, width: number, height: number): Promise<{ ms: number }> {
  const props = Array.from({ length: count }, () => seedProps(grid(SEED_N), width, height));
  const t0 = performance.now();
  const m = mount(props, 'bench-many');
  await ready(m);
  const ms = performance.now() - t0;
  unmount(m);
  return { ms };
}

async function manyPlotly(count: number, width: number, height: number): Promise<{ ms: number }> {
  const data = plotlyData(SEED_N);
  const parent = document.createElement('div');
  parent.className = 'bench-many';
  document.body.append(parent);
  const divs = Array.from({ length: count }, () => plotlyHost(width, height, parent));
  try {
    const t0 = performance.now();
    await Promise.all(
      divs.map((div) => {
        const { traces, layout, config } = plotlyFigure(data, width, height);
        return Plotly.newPlot(div, traces, layout, config);
      }),
    );
    await frame();
    return { ms: performance.now() - t0 };
  } finally {
    for (const div of divs) Plotly.purge(div);
    parent.remove();
  }
}

// ---------------------------------------------------------------------------------------------
function environment(): Record<string, unknown> {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl');
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  const env = {
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    webglRenderer: gl && info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl ? gl.getParameter(gl.RENDERER) : null,
    // As the chart's renderer 'auto' judges it (src/gl/webglKind.ts).
    webglKind: probeWebglKind(),
    maxTextureSize: gl?.getParameter(gl.MAX_TEXTURE_SIZE) ?? null,
    plotly: Plotly.version,
    longtaskSupported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return env;
}

/**
 * Touches every code path once (WebGL, the workers, Plotly, d3) on tiny data, so that the page's
 * first compilations and caches are behind it before any measurement.
 */
async function preflight(): Promise<void> {
  await oursFigure(SEED_N, 100, 50);
  await plotlyFigureRun(SEED_N, 100, 50);
  isoPrepare(20, 0.01, 3);
  isoOurs();
  await isoOursWorker();
  await isoSliced();
  isoD3();
  isoRelease();
}

const bench = {
  environment,
  preflight,
  /** Makes (or drops) the n × n data ahead of the timed runs; `plotly` also builds Plotly's rows. */
  prepare(n: number, plotly = false): void {
    grid(n);
    if (plotly) plotlyData(n);
  },
  release(n: number): void {
    grids.delete(n);
    rowsFor.delete(n);
  },
  gc(): void {
    (globalThis as { gc?: () => void }).gc?.();
  },
  oursFigure,
  plotlyFigure: plotlyFigureRun,
  seed: () => oursFigure(SEED_N, 1000, 500),
  floor: (withContext: boolean) => floorRun(1000, 500, withContext),
  isoPrepare,
  isoOurs,
  isoOursWorker,
  isoSliced,
  isoRelease,
  isoD3,
  recolourSetup,
  recolourRun,
  recolourTeardown,
  longTasks: (n: number) => longTasks(grid(n)),
  equalProps: (renders: number) => equalProps(grid(SEED_N), renders),
  pointerMoves: (n: number, moves: number) => pointerMoves(grid(n), moves),
  wheelGesture: (n: number, steps: number) => wheelGesture(grid(n), steps),
  manyOurs,
  manyPlotly,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.body.dataset.bench = 'ready';
