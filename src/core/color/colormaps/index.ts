import { parseColor, type Color, type RGBAFloat } from '../colors';
import { invalidProp } from '../../errors';
import { customColormap, type CustomColormapInput } from './custom';
import { toBytes, type Colormap, type RGBA } from './lut';
import { COLORMAP_NAMES, isColormapName, registeredColormap, type ColormapName } from './registry';

export { LUT_SIZE, colorOf, lutIndex, toByte, type Colormap, type ColormapFloats, type RGBA } from './lut';
export { COLORMAP_NAMES, type BaseColormapName, type ColormapName } from './registry';
export type { CustomColormapInput, ListedColormapInput, StopsColormapInput } from './custom';

/** What the `cmap` prop accepts: a registered name (with or without `_r`) or a custom colormap. */
export type ColormapInput = ColormapName | (string & {}) | CustomColormapInput;

/** Colours for out-of-range and invalid values, as matplotlib's `with_extremes(under=, over=, bad=)`. */
export interface ColormapExtremes {
  /** Values below vmin. Default: the first LUT entry. */
  readonly under?: Color;
  /** Values above vmax. Default: the last LUT entry. */
  readonly over?: Color;
  /** NaN and ±Infinity. Default: transparent. */
  readonly bad?: Color;
}

/** Prop names the extremes are validated under. */
const EXTREME_PROPS = Object.freeze({ under: 'underColor', over: 'overColor', bad: 'badColor' });

/**
 * The colormap for a `cmap` prop, built fresh (LUT building is microseconds; nothing is cached
 * globally), with matplotlib's byte LUT and default extremes; `extremes` overrides them the way
 * `Colormap.with_extremes` does (the colour is converted with `to_rgba`, then truncated to bytes).
 */
export function resolveColormap(cmap: ColormapInput, extremes: ColormapExtremes = {}, prop = 'cmap'): Colormap {
  const base = typeof cmap === 'string' ? getColormap(cmap, prop) : resolveCustom(cmap, prop);
  const overrides: Partial<Record<keyof ColormapExtremes, RGBA>> = {};
  const floats: Partial<Record<keyof ColormapExtremes, RGBAFloat>> = {};
  for (const key of ['under', 'over', 'bad'] as const) {
    const color = extremes[key];
    if (color === undefined) continue;
    const rgba = parseColor(color, EXTREME_PROPS[key]);
    floats[key] = rgba;
    overrides[key] = toBytes(rgba);
  }
  if (Object.keys(overrides).length === 0) return base;
  return Object.freeze({ ...base, ...overrides, floats: Object.freeze({ ...base.floats, ...floats }) });
}

/** The colormap matplotlib registers under `name` (every `matplotlib.colormaps` name); unknown names throw naming the prop. */
export function getColormap(name: string, prop = 'cmap'): Colormap {
  if (!isColormapName(name)) {
    const near = COLORMAP_NAMES.find((known) => known.toLowerCase() === String(name).toLowerCase());
    const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}? names are case-sensitive)`;
    throw invalidProp(
      prop,
      `unknown colormap ${JSON.stringify(name)}${hint}; known: matplotlib's ${COLORMAP_NAMES.length} registered names ` +
        `(${COLORMAP_NAMES.filter((n) => !n.endsWith('_r')).join(', ')}, each also reversed with "_r")`,
    );
  }
  return registeredColormap(name);
}

function resolveCustom(cmap: CustomColormapInput, prop: string): Colormap {
  if (cmap === null || typeof cmap !== 'object') {
    throw invalidProp(prop, `expected a colormap name or a custom colormap object, got ${String(cmap)}`);
  }
  return customColormap(cmap, prop);
}
