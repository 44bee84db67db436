// What a mounted chart costs the page's main thread: long tasks while it takes new data and is
// exported, and the work a re-render with equal props does (none, if props are compared by value).
import { seedGrid, type BenchGrid } from './fields';
import { mount, ready, seedProps, unmount, update } from './ours';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const settle = async (): Promise<void> => {
  // Long-task entries are delivered after their task ends: let them arrive.
  await frame();
  await new Promise((r) => setTimeout(r, 100));
};

/** Collects 'longtask' entries (tasks over 50 ms) from now until `take()`. */
function observeLongTasks(): { take(): Promise<number[]>; readonly supported: boolean } {
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  let tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  if (supported) observer.observe({ entryTypes: ['longtask'] });
  return {
    supported,
    async take() {
      await settle();
      for (const e of observer.takeRecords()) tasks.push(e.duration);
      const taken = tasks;
      tasks = [];
      return taken;
    },
  };
}

export interface LongTaskRun {
  /** The longest long task while the new data is drawn (update → ready), 0 if none; then while the figure is exported. */
  readonly longestMs: number;
  readonly exportLongestMs: number;
  readonly count: number;
  readonly totalLongMs: number;
  readonly updateMs: number;
  readonly exportMs: number;
  readonly tasksMs: number[];
  readonly renderer: string | null;
  readonly supported: boolean;
}

/** A mounted n × n chart gets new data (update → ready), then is exported (toBase64), each watched for long tasks. */
export async function longTasks(first: BenchGrid): Promise<LongTaskRun> {
  const n = first.rows;
  const second = seedGrid(n, 1.3, 0.25); // new data, same shape, made before the observer starts
  const m = mount([seedProps(first, 1000, 500)]);
  await ready(m);
  await settle();
  const watch = observeLongTasks();
  const t0 = performance.now();
  update(m, [seedProps(second, 1000, 500)]);
  await ready(m);
  const updateMs = performance.now() - t0;
  const tasks = await watch.take();
  const t1 = performance.now();
  await m.handles[0]!.current!.toBase64('image/png');
  const exportMs = performance.now() - t1;
  const exportTasks = await watch.take();
  const renderer = m.container.querySelector<HTMLElement>('.contour-heatmap')?.dataset.renderer ?? null;
  unmount(m);
  const all = [...tasks, ...exportTasks];
  return {
    longestMs: Math.max(0, ...tasks),
    exportLongestMs: Math.max(0, ...exportTasks),
    count: all.length,
    totalLongMs: all.reduce((a, b) => a + b, 0),
    updateMs,
    exportMs,
    tasksMs: all,
    renderer,
    supported: watch.supported,
  };
}

export interface EqualPropsRun {
  /** Re-renders done (each with new but equal props objects). */
  readonly renders: number;
  /** Times the chart set `data-ready` (it does to draw again), and DOM changes in the chart. */
  readonly readyFlips: number;
  readonly mutations: number;
  /** The React re-renders (flushSync) in all, and per render. */
  readonly totalMs: number;
  readonly perRenderMs: number;
}

/**
 * The seed chart, mounted and drawn, re-rendered `renders` times with props equal in value but
 * new in identity (fresh extent, contours, z wrapper objects: what an inline JSX literal gives).
 * Zero work means the chart never leaves data-ready="true" and its DOM never changes.
 */
export async function equalProps(seed: BenchGrid, renders: number): Promise<EqualPropsRun> {
  const m = mount([seedProps(seed, 1000, 500)]);
  await ready(m);
  await settle();
  const host = m.container.querySelector<HTMLElement>('.contour-heatmap')!;
  let readyFlips = 0;
  let mutations = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      mutations++;
      if (r.attributeName === 'data-ready') readyFlips++;
    }
  });
  observer.observe(host, { attributes: true, childList: true, subtree: true, characterData: true });
  const t0 = performance.now();
  for (let i = 0; i < renders; i++) update(m, [seedProps(seed, 1000, 500)]);
  const totalMs = performance.now() - t0;
  await settle();
  for (const r of observer.takeRecords()) if (r) mutations++;
  observer.disconnect();
  unmount(m);
  return { renders, readyFlips, mutations, totalMs, perRenderMs: totalMs / renders };
}
