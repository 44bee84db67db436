import { parseColor, type Color, type RGBAFloat } from '../colors';
import { invalidProp } from '../../errors';
import { customColormap, type CustomColormapInput } from './custom';
import { toBytes, type Colormap, type RGBA } from './lut';
import {
  COLORMAP_NAMES,
  DEFAULT_COLORMAPS,
  baseName,
  isColormapName,
  isRegisteredColormap,
  registeredColormap,
  reversed,
  type ColormapSource,
} from './registry';
import type { BaseColormapName, ColormapName, RegisteredColormap } from './spec';

export { LUT_SIZE, colorOf, lutIndex, toByte, type Colormap, type ColormapFloats, type RGBA } from './lut';
export { COLORMAP_NAMES, DEFAULT_COLORMAPS, loadColormaps, type ColormapSource } from './registry';
export type { BaseColormapName, ColormapName, RegisteredColormap } from './spec';
export type { CustomColormapInput, ListedColormapInput, StopsColormapInput } from './custom';

/**
 * What a `cmap` option accepts: a registered name (with or without `_r`; a misspelt one does not
 * compile, and is rejected at run time for JavaScript), a colormap object from
 * `contour-heatmap/colormaps`, or a custom colormap.
 */
export type ColormapInput = ColormapName | RegisteredColormap | CustomColormapInput;

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
 * Names resolve from `source`, which must hold the colormaps they name.
 */
export function resolveColormap(
  cmap: ColormapInput,
  extremes: ColormapExtremes = {},
  prop = 'cmap',
  source: ColormapSource = DEFAULT_COLORMAPS,
): Colormap {
  const base = typeof cmap === 'string' ? getColormap(cmap, prop, source) : resolveObject(cmap, prop);
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

/**
 * The colormap matplotlib registers under `name` (every `matplotlib.colormaps` name), from
 * `source`; unknown names throw naming the prop.
 */
export function getColormap(name: string, prop = 'cmap', source: ColormapSource = DEFAULT_COLORMAPS): Colormap {
  const cmap = source[checkColormapName(name, prop)];
  // A caller's bug, not the user's: the name is valid, but its colormap was not loaded first.
  if (!cmap) throw new Error(`contour-heatmap: the colormap ${JSON.stringify(name)} was resolved before it was loaded`);
  return registeredColormap(baseName(name as ColormapName) === name ? cmap : reversed(cmap));
}

/** The base colormap a registered name stands for; anything else throws naming the prop. */
export function checkColormapName(name: unknown, prop: string): BaseColormapName {
  if (!isColormapName(name)) {
    const near = COLORMAP_NAMES.find((known) => known.toLowerCase() === String(name).toLowerCase());
    const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}? names are case-sensitive)`;
    throw invalidProp(
      prop,
      `unknown colormap ${JSON.stringify(name)}${hint}; known: matplotlib's ${COLORMAP_NAMES.length} registered names ` +
        `(${COLORMAP_NAMES.filter((n) => !n.endsWith('_r')).join(', ')}, each also reversed with "_r")`,
    );
  }
  return baseName(name);
}

function resolveObject(cmap: RegisteredColormap | CustomColormapInput, prop: string): Colormap {
  if (cmap === null || typeof cmap !== 'object') {
    throw invalidProp(prop, `expected a colormap name or a colormap object, got ${String(cmap)}`);
  }
  return isRegisteredColormap(cmap) ? registeredColormap(cmap) : customColormap(cmap as CustomColormapInput, prop);
}
