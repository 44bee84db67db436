// How many seed figures a second Node draws: the benchmark's seed figure (bench/README.md, as
// bench/matplotlib_seed.py draws it) as base64 PNG, in this thread or in worker threads. For the
// benchmark to call; not part of the package's API (index.ts does not export it). No test runner.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChartOptions } from '../chart/chartOptions';
import { renderToBase64 } from './index';

export interface ThroughputOptions {
  /** 1 (default): one after another in this thread; n > 1: n worker threads, each drawing one after another. */
  readonly threads?: number;
  /** Figures timed in all (default 40), shared evenly among the threads. */
  readonly figures?: number;
  /** Untimed figures each thread draws first (default 3). */
  readonly warmup?: number;
  /** With threads > 1: the built module the workers import renderToBase64 from (a file URL or path of dist/node/index.js). */
  readonly module?: string | URL;
}

export interface ThroughputResult {
  readonly threads: number;
  readonly figures: number;
  /** Wall time from the first timed figure to the last, all threads together. */
  readonly seconds: number;
  readonly figuresPerSecond: number;
  /** The median time of one figure, as each thread saw it. */
  readonly medianMs: number;
}

/** The seed figure: bench/matplotlib_seed.py's (axes off, the picture fills 1000 × 500) as props. */
export function seedFigureProps(): ChartOptions {
  const bivariate = (x: number, y: number, sx: number, sy: number, mx: number, my: number) =>
    Math.exp(-((x - mx) ** 2 / sx ** 2 + (y - my) ** 2 / sy ** 2) / 2) / (2 * Math.PI * sx * sy);
  const x = Array.from({ length: 15 }, (_, i) => -3 + i * 0.5);
  const y = Array.from({ length: 15 }, (_, i) => -4 + i * 0.5);
  const z = y.map((yv) => x.map((xv) => (bivariate(xv, yv, 1, 1, 0, 0) - bivariate(xv, yv, 1.5, 0.5, 1, 1)) * 10));
  return {
    z,
    extent: [-3, 4, -4, 3],
    origin: 'lower',
    interpolation: 'spline36',
    cmap: 'jet',
    contours: { levels: 10, colors: 'k', x, y },
    axes: false,
    width: 1000,
    height: 500,
    pixelRatio: 1,
  };
}

/** A worker's program: warm up, then draw its figures one after another, timing each. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { renderToBase64 } = await import(workerData.module);
  for (let i = 0; i < workerData.warmup; i++) await renderToBase64(workerData.props);
  parentPort.postMessage('ready');
  await new Promise((resolve) => parentPort.once('message', resolve));
  const times = [];
  for (let i = 0; i < workerData.figures; i++) {
    const t0 = performance.now();
    await renderToBase64(workerData.props);
    times.push(performance.now() - t0);
  }
  parentPort.postMessage(times);
})().catch((e) => { throw e; });
`;

/** Draws seed figures as fast as the options allow and reports the rate. */
export async function measureSeedThroughput(options: ThroughputOptions = {}): Promise<ThroughputResult> {
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  const perThread = Math.max(1, Math.round((options.figures ?? 40) / threads));
  const warmup = options.warmup ?? 3;
  const props = seedFigureProps();
  let times: number[];
  let seconds: number;
  if (threads === 1) {
    for (let i = 0; i < warmup; i++) await renderToBase64(props);
    times = [];
    const start = performance.now();
    for (let i = 0; i < perThread; i++) {
      const t0 = performance.now();
      await renderToBase64(props);
      times.push(performance.now() - t0);
    }
    seconds = (performance.now() - start) / 1000;
  } else {
    // Required, not guessed from this module's URL: the library build allows module URLs only for its own worker.
    if (options.module === undefined)
      throw new Error(
        'contour-heatmap: measureSeedThroughput with threads > 1 needs `module`, the built dist/node/index.js the workers import',
      );
    const module = options.module;
    const href = module instanceof URL || module.startsWith('file:') ? String(module) : String(pathToFileURL(module));
    const workers = Array.from(
      { length: threads },
      () => new Worker(WORKER_SOURCE, { eval: true, workerData: { module: href, props, warmup, figures: perThread } }),
    );
    try {
      const next = (w: Worker) =>
        new Promise<unknown>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        });
      await Promise.all(workers.map(next)); // all warm
      const start = performance.now();
      const results = workers.map(next);
      for (const w of workers) w.postMessage('go');
      times = ((await Promise.all(results)) as number[][]).flat();
      seconds = (performance.now() - start) / 1000;
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    threads,
    figures: times.length,
    seconds,
    figuresPerSecond: times.length / seconds,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
  };
}
