import { BASE_COLORMAP_NAMES } from './data/names';
import { viridis } from './data/maps/viridis';
import { LUT_SIZE, colormapFromFloatRows, type Colormap } from './lut';
import { reverseSegmentData, segmentDataFromList, segmentedRows, type SegmentData } from './segmented';
import type { BaseColormapName, ColormapName, RegisteredColormap } from './spec';

/** All registered names, in matplotlib's registry order (listed maps, then `datad`, then the reversals). */
export const COLORMAP_NAMES: readonly ColormapName[] = Object.freeze([
  ...BASE_COLORMAP_NAMES,
  ...BASE_COLORMAP_NAMES.map((name) => `${name}_r` as const),
]);

/**
 * The registered colormaps that names resolve to, by base name. Resolution is synchronous, so
 * whoever resolves options gets the colormaps they name first (see core/colormapSource.ts).
 */
export type ColormapSource = { readonly [K in BaseColormapName]?: RegisteredColormap };

/** The default colormap (rcParams['image.cmap']) is bundled: a chart that names no other one loads nothing. */
export const DEFAULT_COLORMAPS: ColormapSource = Object.freeze({ viridis });

/**
 * Every registered colormap, imported on demand: an app's bundler makes data/lazy.ts one lazy
 * chunk, fetched the first time a chart resolves a name other than the default's. Nothing is kept
 * here: each caller holds what it loaded (the module system fetches the chunk once).
 */
export async function loadColormaps(): Promise<ColormapSource> {
  const all: Readonly<Record<BaseColormapName, RegisteredColormap>> = await import('./data/lazy');
  return all;
}

export function isColormapName(name: unknown): name is ColormapName {
  return typeof name === 'string' && (COLORMAP_NAMES as readonly string[]).includes(name);
}

/** The base colormap a registered name stands for. */
export function baseName(name: ColormapName): BaseColormapName {
  return (BASE_COLORMAP_NAMES as readonly string[]).includes(name) ? (name as BaseColormapName) : (name.slice(0, -2) as BaseColormapName);
}

/** Whether `value` is one of the frozen colormaps `contour-heatmap/colormaps` exports (or their reversals). */
export function isRegisteredColormap(value: unknown): value is RegisteredColormap {
  if (value === null || typeof value !== 'object' || !('spec' in value)) return false;
  const { name, spec, reversed } = value as RegisteredColormap;
  return (
    isColormapName(name) &&
    typeof reversed === 'boolean' &&
    typeof spec === 'object' &&
    spec !== null &&
    ['segmented', 'fromList', 'listed'].includes(spec.kind)
  );
}

/**
 * `cmap` reversed, as matplotlib's `Colormap.reversed()`: `reversed(viridis)` is the colormap
 * registered as 'viridis_r'. Reversing a reversed colormap gives the base one back, by name and
 * byte for byte.
 */
export function reversed(cmap: RegisteredColormap): RegisteredColormap {
  if (!isRegisteredColormap(cmap)) throw new TypeError('reversed: expected a colormap from contour-heatmap/colormaps');
  const base = cmap.reversed ? cmap.name.slice(0, -2) : cmap.name;
  return Object.freeze({ name: (cmap.reversed ? base : `${base}_r`) as ColormapName, spec: cmap.spec, reversed: !cmap.reversed });
}

/** The registered colormap's LUT with matplotlib's default extremes, built anew for the caller. */
export function registeredColormap({ name, spec, reversed }: RegisteredColormap): Colormap {
  if (spec.kind === 'listed') {
    // ListedColormap.reversed(): colours[::-1], same N.
    const rows = rgbRows(spec.rgb);
    return colormapFromFloatRows(name, reversed ? reverseRows(rows) : rows);
  }
  const data: SegmentData = spec.kind === 'segmented' ? spec.data : segmentDataFromList(rgbaList(spec.rgb), spec.positions);
  return colormapFromFloatRows(name, segmentedRows(reversed ? reverseSegmentData(data) : data, LUT_SIZE));
}

/** Flat RGB rows to the colours matplotlib's `to_rgba_array` makes of them (alpha 1). */
function rgbaList(rgb: readonly number[]): number[][] {
  return Array.from({ length: rgb.length / 3 }, (_, i) => [rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 1]);
}

function rgbRows(rgb: readonly number[]): Float64Array {
  return Float64Array.from(rgbaList(rgb).flat());
}

function reverseRows(rows: Float64Array): Float64Array {
  const out = new Float64Array(rows.length);
  const n = rows.length / 4;
  for (let i = 0; i < n; i++) out.set(rows.subarray((n - 1 - i) * 4, (n - i) * 4), i * 4);
  return out;
}
