import { CHANNEL_FUNCTIONS, type ChannelFunctionName } from './functions';
import type { BASE_COLORMAP_NAMES } from './data/names';
import type { Channel, ChannelFunction, SegmentData } from './segmented';

/** The colormaps matplotlib registers under their own names. */
export type BaseColormapName = (typeof BASE_COLORMAP_NAMES)[number];

/** Every name matplotlib 3.6.3 registers (`matplotlib.colormaps`): each base colormap and its `_r` reversal. */
export type ColormapName = BaseColormapName | `${BaseColormapName}_r`;

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

/**
 * A colormap matplotlib registers, as `contour-heatmap/colormaps` exports it (`viridis`, `jet`, …):
 * pass it as a `cmap` and an app's bundle holds that colormap's data only. Frozen; its lookup
 * table is built by each chart that uses it.
 */
export interface RegisteredColormap {
  /** matplotlib's name for it: the base colormap's, with `_r` when reversed. */
  readonly name: ColormapName;
  /** How matplotlib builds the base colormap. */
  readonly spec: ColormapSpec;
  /** Whether this is the base colormap reversed, as matplotlib's `Colormap.reversed()` makes it. */
  readonly reversed: boolean;
}

function registered(name: BaseColormapName, spec: ColormapSpec): RegisteredColormap {
  return Object.freeze({ name, spec: Object.freeze(spec), reversed: false });
}

export function segmented(name: BaseColormapName, data: { red: Channel; green: Channel; blue: Channel }): RegisteredColormap {
  const freeze = (c: Channel): Channel => (typeof c === 'function' ? c : Object.freeze(c));
  return registered(name, {
    kind: 'segmented',
    data: Object.freeze({ red: freeze(data.red), green: freeze(data.green), blue: freeze(data.blue) }),
  });
}

export function fromList(name: BaseColormapName, rgb: readonly number[], positions?: readonly number[]): RegisteredColormap {
  return registered(name, {
    kind: 'fromList',
    rgb: Object.freeze(rgb),
    ...(positions === undefined ? {} : { positions: Object.freeze(positions) }),
  });
}

export function listed(name: BaseColormapName, rgb: readonly number[]): RegisteredColormap {
  return registered(name, { kind: 'listed', rgb: Object.freeze(rgb) });
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
