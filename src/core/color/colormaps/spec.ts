import { CHANNEL_FUNCTIONS, type ChannelFunctionName } from './functions';
import type { Channel, ChannelFunction, SegmentData } from './segmented';

/**
 * How matplotlib builds each registered colormap (`cm._gen_cmap_registry`), as the generated data
 * modules describe them. Colours are flat RGB rows (alpha is 1 in every registered colormap).
 */
export type ColormapSpec =
  /** `LinearSegmentedColormap(name, segmentdata, 256)`. */
  | { readonly kind: 'segmented'; readonly data: SegmentData }
  /** `LinearSegmentedColormap.from_list(name, colors, 256)`, with (position, colour) pairs when `positions` is set. */
  | { readonly kind: 'fromList'; readonly rgb: readonly number[]; readonly positions?: readonly number[] }
  /** `ListedColormap(colors, name)`: one LUT entry per colour. */
  | { readonly kind: 'listed'; readonly rgb: readonly number[] };

export function segmented(data: { red: Channel; green: Channel; blue: Channel }): ColormapSpec {
  const freeze = (c: Channel): Channel => (typeof c === 'function' ? c : Object.freeze(c));
  return Object.freeze({
    kind: 'segmented',
    data: Object.freeze({ red: freeze(data.red), green: freeze(data.green), blue: freeze(data.blue) }),
  });
}

export function fromList(rgb: readonly number[], positions?: readonly number[]): ColormapSpec {
  return Object.freeze({
    kind: 'fromList',
    rgb: Object.freeze(rgb),
    ...(positions === undefined ? {} : { positions: Object.freeze(positions) }),
  });
}

export function listed(rgb: readonly number[]): ColormapSpec {
  return Object.freeze({ kind: 'listed', rgb: Object.freeze(rgb) });
}

/** A function channel: matplotlib's `_cm.<name>`, or `partial(_cm.<name>, *args)`. */
export function fn(name: ChannelFunctionName, args: readonly number[] = []): ChannelFunction {
  // Every entry takes x first and then the partial's arguments; the table's union of signatures
  // cannot express that, hence the cast.
  const f = CHANNEL_FUNCTIONS[name] as (x: number, ...params: number[]) => number;
  // The partials carry at most six parameters (cubehelix's helper); the others ignore extra ones.
  const [a = 0, b = 0, c = 0, d = 0, e = 0, g = 0] = args;
  return (x: number) => f(x, a, b, c, d, e, g);
}

/**
 * `_cm_listed._twilight_shifted_data`: twilight rotated by half its length, then reversed.
 * Derived here rather than stored twice (the generator checks it reproduces matplotlib's table).
 */
export function twilightShifted(rgb: readonly number[]): readonly number[] {
  const rows = rgb.length / 3;
  const half = Math.floor(rows / 2);
  const shifted: number[] = [];
  for (let k = rows - 1; k >= 0; k--) {
    const src = (k + half) % rows;
    shifted.push(rgb[src * 3]!, rgb[src * 3 + 1]!, rgb[src * 3 + 2]!);
  }
  return shifted;
}
