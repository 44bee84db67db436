import { LUT_SIZE } from './lut';

/** One channel of matplotlib segment data: rows of (x, y0, y1), x ascending from 0 to 1. */
export type Segments = readonly (readonly [number, number, number])[];

/**
 * matplotlib.colors._create_lookup_table(N, data, gamma=1) for segment data: sample i sits at
 * x = i / (N - 1) and takes the linear interpolation, inside its segment, from the left
 * breakpoint's y1 to the right breakpoint's y0; the ends take y1[0] and y0[-1]; then clip to [0, 1].
 */
export function lookupTable(segments: Segments, n = LUT_SIZE): Float64Array {
  const xs = segments.map((s) => s[0] * (n - 1));
  const y0 = segments.map((s) => s[1]);
  const y1 = segments.map((s) => s[2]);
  const lut = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // xind = (N - 1) * linspace(0, 1, N); numpy computes linspace as i * (1 / (N - 1)) then scales.
    const xind = (n - 1) * (i * (1 / (n - 1)));
    // ind = searchsorted(x, xind)[1:-1]: the first breakpoint with x >= xind.
    let k = xs.findIndex((x) => x >= xind);
    if (k < 1) k = 1;
    const distance = (xind - xs[k - 1]!) / (xs[k]! - xs[k - 1]!);
    lut[i] = distance * (y0[k]! - y1[k - 1]!) + y1[k - 1]!;
  }
  lut[0] = y1[0]!;
  lut[n - 1] = y0[y0.length - 1]!;
  for (let i = 0; i < n; i++) lut[i] = Math.min(1, Math.max(0, lut[i]!));
  return lut;
}
