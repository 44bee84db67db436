import { cellShapes } from './bandCells';
import { traceFaces } from './bandFaces';
import { assemble } from './bandRings';

/**
 * One connected region of a filled-contour band in grid index space (x = fractional column,
 * y = fractional row, node (row, col) at (col, row)): its outer ring anticlockwise and its holes
 * clockwise (with y pointing up, as matplotlib's contourf polygons on an ascending grid). Rings
 * are interleaved x, y pairs and do not repeat their first point.
 */
export interface BandPolygon {
  readonly outer: Float64Array;
  readonly holes: readonly Float64Array[];
}

/**
 * A tracer for the polygons of bands lower < z ≤ upper (matplotlib's contourf interval) over one
 * row-major grid, with contourpy mpl2014's geometry: crossings linearly interpolated on quad edges
 * (and on the diagonal of corner triangles), saddle quads resolved per level by the mean of their
 * corners, quads with an invalid (non-finite) corner dropped, or with `cornerMask` reduced to the
 * triangle of their three valid corners when only one is invalid. Where a band reaches the grid
 * frame or a masked region its polygons run along it. The grid's cell layout is worked out once
 * for all the bands traced with it.
 *
 * How: each cell (quad or corner triangle) is cut by its lower- and upper-level chords into faces;
 * walking the cell boundary anticlockwise and turning onto a chord at every crossing gives the
 * cell's in-band faces. Boundary pieces on an edge shared with another cell cancel (the neighbour
 * holds the same piece reversed) and join the two faces into one region; the rest — chords, frame
 * and mask edges — are stitched into rings. Where rings touch at a grid node (two masked quads
 * meeting diagonally) the ring turns as sharply left as it can, as mpl2014 does, so each ring
 * stays a simple loop. Holes go to the outer ring of the region they bound.
 */
export function bandTracer(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  cornerMask = true,
): (lower: number, upper: number) => BandPolygon[] {
  if (rows < 2 || cols < 2) return () => [];
  const cells = cellShapes(values, rows, cols, cornerMask);
  return (lower, upper) => assemble(traceFaces(values, rows, cols, cells, lower, upper));
}
