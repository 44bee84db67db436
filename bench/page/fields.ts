// The benchmark's data: the seed's field (demo/fields.ts seedField), sampled on n × n nodes.
import { seededRandom } from '../../demo/fields';

/** matplotlib's old mlab.bivariate_normal with rho = 0, as demo/fields.ts computes it. */
function bivariateNormal(x: number, y: number, sigmaX: number, sigmaY: number, muX: number, muY: number): number {
  const dx = x - muX;
  const dy = y - muY;
  const z = (dx * dx) / (sigmaX * sigmaX) + (dy * dy) / (sigmaY * sigmaY);
  return Math.exp(-z / 2) / (2 * Math.PI * sigmaX * sigmaY);
}

export interface BenchGrid {
  /** Node x (one per column) on [-3, 4] and y (one per row) on [-4, 3]. */
  readonly x: number[];
  readonly y: number[];
  /** Row-major n × n, row = y index (origin 'lower', like the seed). */
  readonly values: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly min: number;
  readonly max: number;
}

export function linspace(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (n === 1 ? a : a + ((b - a) * i) / (n - 1)));
}

/**
 * The seed's Z = (N(0,0; 1,1) − N(1,1; 1.5,0.5)) · 10 on x ∈ [−3, 4], y ∈ [−4, 3] with n × n
 * samples; `scale` and `shift` make "new data" of the same shape for update measurements.
 */
export function seedGrid(n: number, scale = 1, shift = 0): BenchGrid {
  const x = linspace(-3, 4, n);
  const y = linspace(-4, 3, n);
  const values = new Float64Array(n * n);
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < n; r++) {
    const yv = y[r]! + shift;
    for (let c = 0; c < n; c++) {
      const xv = x[c]! + shift;
      const v = (bivariateNormal(xv, yv, 1, 1, 0, 0) - bivariateNormal(xv, yv, 1.5, 0.5, 1, 1)) * 10 * scale;
      values[r * n + c] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { x, y, values, rows: n, cols: n, min, max };
}

/** Rows of plain arrays (what Plotly takes), built beforehand so no timing includes it. */
export function toRows(grid: BenchGrid): number[][] {
  const out: number[][] = new Array(grid.rows);
  for (let r = 0; r < grid.rows; r++) out[r] = Array.from(grid.values.subarray(r * grid.cols, (r + 1) * grid.cols));
  return out;
}

/** A seeded (mulberry32) copy of `values` with `fraction` of the cells set to NaN. */
export function withNaN(values: Float64Array, fraction: number, seed = 20240501): Float64Array {
  const out = Float64Array.from(values);
  const next = seededRandom(seed);
  const count = Math.round(values.length * fraction);
  let set = 0;
  while (set < count) {
    const i = Math.floor(next() * values.length);
    if (!Number.isNaN(out[i]!)) {
      out[i] = NaN;
      set++;
    }
  }
  return out;
}

/** `count` levels evenly spaced strictly inside (min, max): the same explicit levels for every tracer. */
export function evenLevels(min: number, max: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => min + ((max - min) * (i + 1)) / (count + 1));
}
