import { bandColors, bandGeometry, type Band, type BandGeometry } from './bands';
import { lineToPixels } from './coords';
import { exactValues } from './grid';
import type { ResolvedPicture } from './options';
import { rasterizeRegions } from './rasterizeRegions';

type Picture = Pick<ResolvedPicture, 'grid' | 'contours'>;

/**
 * The bounds and polygons of the picture's filled-contour bands (matplotlib's contourf), traced
 * from the user's values in full precision, as the isolines are; empty without filled contours.
 */
export function traceBands(picture: Picture): BandGeometry[] {
  const { grid, contours } = picture;
  if (!contours?.fill) return [];
  return bandGeometry(exactValues(grid), grid.rows, grid.cols, contours.levels, { extend: contours.fill.extend, cornerMask: contours.cornerMask });
}

/** What decides the bands' geometry: equal keys (for one grid) mean {@link traceBands} can be re-used. */
export function bandGeometryKey({ contours }: Picture): string {
  return contours?.fill ? `${contours.levels.join(',')}|${contours.fill.extend}|${contours.cornerMask}` : '';
}

/** Traced bands with the picture's colours. */
export function colorBands(picture: Picture, geometry: readonly BandGeometry[]): Band[] {
  const fill = picture.contours?.fill;
  if (!fill || geometry.length === 0) return [];
  const colors = bandColors(picture.contours.levels, { extend: fill.extend, cmap: fill.cmap, ...(fill.colors ? { colors: fill.colors } : {}), ...(fill.alpha === undefined ? {} : { alpha: fill.alpha }) });
  return geometry.map((band, i) => ({ ...band, color: colors[i]! }));
}

/**
 * Paints bands into a width × height device-pixel picture (straight RGBA bytes), placed as the
 * isolines are: grid index space → node coordinates → extent → pixels.
 */
export function paintBands(picture: Pick<ResolvedPicture, 'contours' | 'extent'>, bands: readonly Band[], width: number, height: number): Uint8ClampedArray<ArrayBuffer> {
  const { contours, extent } = picture;
  const place = (ring: Float64Array) => lineToPixels({ points: ring, closed: true }, contours!.xNodes, contours!.yNodes, extent, width, height);
  return rasterizeRegions(
    bands.map((band) => ({ color: band.color, rings: band.polygons.flatMap((p) => [place(p.outer), ...p.holes.map(place)]) })),
    width,
    height,
  );
}
