// Test code for e2e/resampleWorkers.spec.ts: draws a picture with the chart's resample workers
// (src/worker/resampleWorkers.ts) and with the CPU renderer on the main thread, in the page; and
// plain charts of grids too big to send as JSON.
import { createContourHeatmap, type ChartOptions, type ContourHeatmapChart } from '../../src/chart/createContourHeatmap';
import { loadColormaps } from '../../src/core/color/colormaps';
import { kernelFor, resolvePicture, type PictureOptions } from '../../src/core/options';
import { heatmapPixelsOnCpu, pictureBand } from '../../src/cpu/cpuRenderer';
import { createResampleWorkers } from '../../src/worker/resampleWorkers';
import { createWorkerGate } from '../../src/worker/workerGate';

/** A rows × cols field with NaN holes, all values positive (for the log norm). */
function field(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      (r * 7 + c * 3) % 13 === 0 ? NaN : 2 + Math.sin(r * 0.37 + c * 0.21) * Math.cos(c * 0.11 - r * 0.05),
    ),
  );
}

export interface BandsResult {
  /** Whether the workers' bands joined equal the main thread's picture byte for byte. */
  readonly same: boolean;
  readonly differingBytes: number;
  readonly bands: number;
}

/** The picture (options without z, on a rows × cols field) at width × height: in `count` workers, and whole on the main thread. */
export async function workersVsMainThread(
  options: Omit<PictureOptions, 'z'>,
  grid: { rows: number; cols: number },
  width: number,
  height: number,
  count: number,
): Promise<BandsResult> {
  const p = resolvePicture({ ...options, z: field(grid.rows, grid.cols) }, undefined, await loadColormaps());
  const kernel = kernelFor(p, width, height);
  const whole = heatmapPixelsOnCpu(p, kernel, width, height);
  const workers = createResampleWorkers(createWorkerGate(), count);
  try {
    const rowsEach = Math.ceil(height / count);
    const bands = Array.from({ length: count }, (_, i) => ({ top: i * rowsEach, bottom: Math.min(height, (i + 1) * rowsEach) }));
    const drawn = await workers.draw(bands.map((band) => pictureBand(p, kernel, width, height, band)));
    if (!drawn) throw new Error('the workers did not run');
    const joined = new Uint8ClampedArray(whole.length);
    drawn.forEach((d, i) => joined.set(d.pixels, bands[i]!.top * width * 4));
    let differingBytes = 0;
    for (let i = 0; i < whole.length; i++) if (joined[i] !== whole[i]) differingBytes++;
    return { same: differingBytes === 0, differingBytes, bands: drawn.length };
  } finally {
    workers.destroy();
  }
}

/** Plain charts (createContourHeatmap) of big fields, by id: their grids are made here, too big for JSON. */
const charts = new Map<string, { chart: ContourHeatmapChart; div: HTMLDivElement; options: ChartOptions }>();

/** Mounts a plain chart of a rows × cols field (smooth, no holes) with the other options as given; resolves once drawn. */
export async function mountPlain(
  id: string,
  grid: { rows: number; cols: number },
  options: Omit<ChartOptions, 'z'>,
): Promise<string | null> {
  const { rows, cols } = grid;
  const values = new Float64Array(rows * cols).map((_, i) => Math.sin((i % cols) / 37) * Math.cos(Math.floor(i / cols) / 53));
  const div = document.createElement('div');
  div.dataset.harness = id;
  document.body.append(div);
  const chart = createContourHeatmap(div);
  const all = { ...options, z: { values, rows, cols } };
  charts.set(id, { chart, div, options: all });
  chart.update(all);
  return chart.whenReady().then(
    () => null,
    (e: Error) => e.message,
  );
}

/** Updates a plain chart (same z) with some options changed; resolves once drawn. */
export async function updatePlain(id: string, changes: Partial<ChartOptions>): Promise<string | null> {
  const c = charts.get(id)!;
  c.options = { ...c.options, ...changes };
  c.chart.update(c.options);
  return c.chart.whenReady().then(
    () => null,
    (e: Error) => e.message,
  );
}

export const exportPlain = (id: string): Promise<string> => charts.get(id)!.chart.toBase64();

/** Destroys a plain chart `times` times (once must be enough, more must be harmless). */
export function destroyPlain(id: string, times: number): void {
  const { chart, div } = charts.get(id)!;
  for (let i = 0; i < times; i++) chart.destroy();
  div.remove();
  charts.delete(id);
}
