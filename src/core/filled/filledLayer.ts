import type { RGBA } from '../color/colormaps';
import { bandColors, type Band, type BandGeometry } from './bands';
import { lineToPixels, type Extent } from '../grid/coords';
import type { Extend } from '../contours/extend';
import type { ResolvedContours } from '../contourOptions';
import type { ResolvedPicture } from '../options';
import { rasterizeRegions } from './rasterizeRegions';

type Picture = Pick<ResolvedPicture, 'grid' | 'contours'>;

/** What decides the bands' geometry (the arguments of `bandGeometry` besides the grid's values). */
export interface BandRequest {
  readonly levels: readonly number[];
  readonly extend: Extend;
  readonly cornerMask: boolean;
}

/**
 * The geometry the picture's filled-contour bands (matplotlib's contourf) are traced with; null
 * without filled contours. They are traced from the user's values in full precision, as the
 * isolines are (see worker/contourTracer.ts).
 */
export function bandRequest({ contours }: Picture): BandRequest | null {
  return contours?.fill ? { levels: contours.levels, extend: contours.fill.extend, cornerMask: contours.cornerMask } : null;
}

/** What decides the bands' geometry: equal keys (for one grid) mean traced bands can be re-used. */
export function bandGeometryKey(picture: Picture): string {
  const request = bandRequest(picture);
  return request ? `${request.levels.join(',')}|${request.extend}|${request.cornerMask}` : '';
}

/** The colour of each of the picture's bands, in band order; empty without filled contours. */
export function pictureBandColors(picture: Picture): RGBA[] {
  const fill = picture.contours?.fill;
  if (!fill) return [];
  return bandColors(picture.contours.levels, {
    extend: fill.extend,
    cmap: fill.cmap,
    ...(fill.colors ? { colors: fill.colors } : {}),
    ...(fill.alpha === undefined ? {} : { alpha: fill.alpha }),
  });
}

/** Traced bands with the picture's colours. */
export function colorBands(picture: Picture, geometry: readonly BandGeometry[]): Band[] {
  if (!picture.contours?.fill || geometry.length === 0) return [];
  const colors = pictureBandColors(picture);
  return geometry.map((band, i) => ({ ...band, color: colors[i]! }));
}

/** Where bands are painted: the contour grid's node coordinates and the picture's extent. */
export interface BandPlacement {
  readonly contours: Pick<ResolvedContours, 'xNodes' | 'yNodes'> | null;
  readonly extent: Extent;
}

/**
 * Paints bands into a width × height device-pixel picture (straight RGBA bytes), placed as the
 * isolines are: grid index space → node coordinates → extent → pixels.
 */
export function paintBands(
  { contours, extent }: BandPlacement,
  bands: readonly Band[],
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  const place = (ring: Float64Array) =>
    lineToPixels({ points: ring, closed: true }, contours!.xNodes, contours!.yNodes, extent, width, height);
  return rasterizeRegions(
    bands.map((band) => ({ color: band.color, rings: band.polygons.flatMap((p) => [place(p.outer), ...p.holes.map(place)]) })),
    width,
    height,
  );
}
