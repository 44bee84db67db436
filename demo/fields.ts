// Deterministic test fields for the demo and the browser tests.

/** matplotlib's old mlab.bivariate_normal. */
function bivariateNormal(x: number, y: number, sigmaX: number, sigmaY: number, muX: number, muY: number): number {
  const dx = x - muX;
  const dy = y - muY;
  const z = (dx * dx) / (sigmaX * sigmaX) + (dy * dy) / (sigmaY * sigmaY);
  return Math.exp(-z / 2) / (2 * Math.PI * sigmaX * sigmaY);
}

/** `start, start + step, …` up to `stop` inclusive (numpy's arange(start, stop + ε, step)). */
export function arange(start: number, stop: number, step: number): number[] {
  const n = Math.floor((stop - start) / step + 1e-9) + 1;
  return Array.from({ length: n }, (_, i) => start + i * step);
}

/** The seed: Z = (N(0,0; 1,1) − N(1,1; 1.5,0.5)) · 10 on x ∈ [−3, 4], y ∈ [−4, 3] in steps of `step`. */
export function seedField(step = 0.5): { x: number[]; y: number[]; z: number[][] } {
  const x = arange(-3, 4, step);
  const y = arange(-4, 3, step);
  const z = y.map((yv) => x.map((xv) => (bivariateNormal(xv, yv, 1, 1, 0, 0) - bivariateNormal(xv, yv, 1.5, 0.5, 1, 1)) * 10));
  return { x, y, z };
}

/** A smooth field with saddles: sin(col/3)·cos(row/4) + 0.3·sin((row + col)/5). */
export function wavesField(rows = 24, cols = 32): number[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => Math.sin(j / 3) * Math.cos(i / 4) + 0.3 * Math.sin((i + j) / 5)),
  );
}

/** MATLAB's peaks on [−3, 3]², with NaN holes at the given cells. */
export function peaksField(rows: number, cols: number, holes: readonly [number, number][] = []): number[][] {
  const z = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const x = -3 + (6 * j) / (cols - 1);
      const y = -3 + (6 * i) / (rows - 1);
      return (
        3 * (1 - x) ** 2 * Math.exp(-(x ** 2) - (y + 1) ** 2) -
        10 * (x / 5 - x ** 3 - y ** 5) * Math.exp(-(x ** 2) - y ** 2) -
        (1 / 3) * Math.exp(-((x + 1) ** 2) - y ** 2)
      );
    }),
  );
  for (const [r, c] of holes) z[r]![c] = NaN;
  return z;
}

/** Concentric ripples, damped: a field with many closed contours. */
export function rippleField(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const r = Math.hypot((j - cols / 2) / (cols / 8), (i - rows / 2) / (rows / 8));
      return Math.cos(r * 1.6) * Math.exp(-r / 6);
    }),
  );
}

/** A seeded generator (mulberry32): the same seed gives the same sequence, in the demo, tests and bench. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A small seeded pseudo-random grid, for block plots. */
export function randomField(rows: number, cols: number, seed: number, lo = -1, hi = 3): number[][] {
  const next = seededRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => lo + (hi - lo) * next()));
}
