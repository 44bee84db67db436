/**
 * One channel of matplotlib segment data, flattened: (x, y0, y1) triples with x rising from 0 to 1.
 * Between breakpoints i and i + 1 the channel runs linearly from y1[i] to y0[i + 1].
 */
export type Segments = readonly number[];

/** A channel given as a function of x ∈ [0, 1], as matplotlib allows in segment data (gnuplot, cubehelix, …). */
export type ChannelFunction = (x: number) => number;

export type Channel = Segments | ChannelFunction;

/** matplotlib's `LinearSegmentedColormap` segment data; alpha defaults to 1. */
export interface SegmentData {
  readonly red: Channel;
  readonly green: Channel;
  readonly blue: Channel;
  readonly alpha?: Channel;
}

/**
 * numpy's `linspace(0, 1, n)[i]`: `i * (1 / (n - 1))`, with the last sample set to exactly 1.
 * The rounding matters: function channels are evaluated at these points.
 */
function linspace01(i: number, n: number): number {
  return i === n - 1 ? 1 : i * (1 / (n - 1));
}

/**
 * `matplotlib.colors._create_lookup_table(n, data, gamma=1)`, clipped to [0, 1].
 * Functions are evaluated at `linspace(0, 1, n)`. For segments, sample i sits at
 * xind = (n - 1) · linspace[i] and takes the interpolation inside the segment `searchsorted`
 * finds; the ends take y1[0] and y0[-1].
 */
export function lookupTable(channel: Channel, n: number): Float64Array {
  const lut = new Float64Array(n);
  if (typeof channel === 'function') {
    for (let i = 0; i < n; i++) lut[i] = channel(linspace01(i, n));
  } else {
    const count = channel.length / 3;
    const x = (k: number) => channel[k * 3]! * (n - 1);
    const y0 = (k: number) => channel[k * 3 + 1]!;
    const y1 = (k: number) => channel[k * 3 + 2]!;
    let k = 1;
    for (let i = 1; i < n - 1; i++) {
      const xind = (n - 1) * linspace01(i, n);
      // searchsorted(x, xind) (side 'left'): the first breakpoint with x ≥ xind; xind only grows.
      while (k < count - 1 && x(k) < xind) k++;
      const distance = (xind - x(k - 1)) / (x(k) - x(k - 1));
      lut[i] = distance * (y0(k) - y1(k - 1)) + y1(k - 1);
    }
    lut[0] = y1(0);
    lut[n - 1] = y0(count - 1);
  }
  for (let i = 0; i < n; i++) lut[i] = Math.min(1, Math.max(0, lut[i]!));
  return lut;
}

/** n float RGBA rows (flat) from segment data, as `LinearSegmentedColormap._init` fills its LUT. */
export function segmentedRows(data: SegmentData, n: number): Float64Array {
  const channels = [data.red, data.green, data.blue].map((c) => lookupTable(c, n));
  const alpha = data.alpha === undefined ? null : lookupTable(data.alpha, n);
  const rows = new Float64Array(n * 4);
  for (let i = 0; i < n; i++) {
    rows[i * 4] = channels[0]![i]!;
    rows[i * 4 + 1] = channels[1]![i]!;
    rows[i * 4 + 2] = channels[2]![i]!;
    rows[i * 4 + 3] = alpha === null ? 1 : alpha[i]!;
  }
  return rows;
}

/**
 * `LinearSegmentedColormap.reversed()`: a function channel becomes x ↦ f(1 - x) (`_reverser`);
 * segments become `[(1.0 - x, y1, y0) for x, y0, y1 in reversed(data)]`.
 */
export function reverseSegmentData(data: SegmentData): SegmentData {
  const reverse = (channel: Channel): Channel => {
    if (typeof channel === 'function') return (x: number) => channel(1 - x);
    const out: number[] = [];
    for (let k = channel.length - 3; k >= 0; k -= 3) out.push(1.0 - channel[k]!, channel[k + 2]!, channel[k + 1]!);
    return Object.freeze(out);
  };
  const reversed = { red: reverse(data.red), green: reverse(data.green), blue: reverse(data.blue) };
  return Object.freeze(data.alpha === undefined ? reversed : { ...reversed, alpha: reverse(data.alpha) });
}

/**
 * `LinearSegmentedColormap.from_list(name, colors)`: RGBA colours at `positions` (default
 * `linspace(0, 1, len(colors))`) become continuous segment data for all four channels.
 */
export function segmentDataFromList(colors: readonly (readonly number[])[], positions?: readonly number[]): SegmentData {
  const at = (i: number) => positions?.[i] ?? linspace01(i, colors.length);
  const channel = (c: number): Segments => Object.freeze(colors.flatMap((rgba, i) => [at(i), rgba[c]!, rgba[c]!]));
  return Object.freeze({ red: channel(0), green: channel(1), blue: channel(2), alpha: channel(3) });
}
