import { checkColormapName, DEFAULT_COLORMAPS, loadColormaps, type BaseColormapName, type ColormapSource } from './color/colormaps';
import type { PictureOptions } from './options';

/**
 * The registered colormaps the options name as strings (`cmap`, `contours.cmap`,
 * `contours.filled.cmap`), checked now, so that an unknown name is reported at once, before any
 * colormap loads. Everything else about the options is left to their resolution.
 */
export function namedColormaps(options: PictureOptions): BaseColormapName[] {
  const contours: { readonly cmap?: unknown; readonly filled?: unknown } =
    isObject(options) && isObject(options.contours) ? options.contours : {};
  const filled: { readonly cmap?: unknown } = isObject(contours.filled) ? contours.filled : {};
  const named: [unknown, string][] = [
    [isObject(options) ? options.cmap : undefined, 'cmap'],
    [contours.cmap, 'contours.cmap'],
    [filled.cmap, 'contours.filled.cmap'],
  ];
  return named.filter(([cmap]) => typeof cmap === 'string').map(([cmap, prop]) => checkColormapName(cmap, prop));
}

/** `loaded` when it holds every colormap the options name, else null: they must be loaded first. */
export function colormapsFor(options: PictureOptions, loaded: ColormapSource): ColormapSource | null {
  return namedColormaps(options).every((name) => loaded[name] !== undefined) ? loaded : null;
}

/** The colormaps to resolve the options with, for a one-off resolution (Node): all of them only when a name needs it. */
export async function loadColormapsFor(options: PictureOptions): Promise<ColormapSource> {
  return colormapsFor(options, DEFAULT_COLORMAPS) ?? (await loadColormaps());
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
