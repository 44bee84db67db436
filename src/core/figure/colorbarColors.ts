import { normLutIndex } from '../color/normValue';
import type { RGBA } from '../color/colormaps';
import { pictureBandColors } from '../filled/filledLayer';
import type { ResolvedPicture } from '../options';
import type { ColorbarSource } from './colorbarSource';

/** The colours of a colorbar: its interior as equal bands from the lower end, and its triangles' fills. */
export interface ColorbarColors {
  /** Band k covers the fraction [k / n, (k + 1) / n) of the interior, from the vmin end. */
  readonly bands: readonly RGBA[];
  readonly under: RGBA;
  readonly over: RGBA;
}

/**
 * What matplotlib's colorbar paints. A continuous norm: one band per colormap entry (the colorbar
 * is a mesh of Colormap.N cells whose positions follow the norm's own scale, so entry k lands at
 * fraction k / N). A BoundaryNorm: one band per pair of boundaries, uniformly spaced, each in the
 * colour the norm gives its middle. Filled contours: their bands' colours, extension bands in the
 * triangles.
 */
export function colorbarColors(p: ResolvedPicture, source: ColorbarSource): ColorbarColors {
  const cmap = source.kind === 'bands' ? p.contours!.fill!.cmap : p.colormap;
  if (source.kind === 'bands') {
    const all = pictureBandColors(p);
    const lower = source.extend === 'min' || source.extend === 'both';
    const upper = source.extend === 'max' || source.extend === 'both';
    const bands = all.slice(lower ? 1 : 0, upper ? all.length - 1 : all.length);
    return { bands, under: lower ? all[0]! : cmap.under, over: upper ? all[all.length - 1]! : cmap.over };
  }
  const entry = (i: number): RGBA => {
    if (Number.isNaN(i)) return cmap.bad;
    if (i < 0) return cmap.under;
    if (i >= cmap.n) return cmap.over;
    const l = cmap.lut;
    return [l[i * 4]!, l[i * 4 + 1]!, l[i * 4 + 2]!, l[i * 4 + 3]!];
  };
  if (source.norm.kind === 'boundary') {
    const b = source.norm.boundaries;
    const bands = b.slice(0, -1).map((lower, k) => entry(normLutIndex(p.norm, 0.5 * (lower + b[k + 1]!), cmap.n)));
    // A BoundaryNorm with `extend` gives the values beyond its boundaries colours of their own.
    const first = b[0]!;
    const last = b[b.length - 1]!;
    const beyond = (v: number) => entry(normLutIndex(p.norm, v, cmap.n));
    return { bands, under: beyond(first - Math.abs(first) - 1), over: beyond(last + Math.abs(last) + 1) };
  }
  return { bands: Array.from({ length: cmap.n }, (_, k) => entry(k)), under: cmap.under, over: cmap.over };
}

/**
 * The interior's pixels (straight RGBA bytes, width × height device px): each pixel takes the
 * band under its centre along the long axis — up the page for a vertical bar, rightwards for a
 * horizontal one.
 */
export function colorbarPixels(
  colors: ColorbarColors,
  orientation: 'vertical' | 'horizontal',
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  const n = colors.bands.length;
  const long = orientation === 'vertical' ? height : width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const along = orientation === 'vertical' ? height - 1 - y : x;
      const k = Math.min(n - 1, Math.floor(((along + 0.5) / long) * n));
      pixels.set(colors.bands[k]!, (y * width + x) * 4);
    }
  }
  return pixels;
}
