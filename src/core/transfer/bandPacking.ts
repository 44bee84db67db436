import type { BandPolygon } from '../filled/bandPolygons';
import type { BandGeometry } from '../filled/bands';

/**
 * Filled-contour bands packed into flat arrays, so they cross a worker boundary as transferable
 * buffers instead of being structured-cloned polygon by polygon (see isolinePacking.ts for lines).
 * Each level of nesting indexes the next: bands → polygons → rings → points.
 */
export interface PackedBands {
  /** lower, upper of every band (±Infinity for extended bands). */
  readonly bounds: Float64Array;
  /** For band k, its polygons run from bandStarts[k] to bandStarts[k + 1]. */
  readonly bandStarts: Uint32Array;
  /** For polygon i, its rings run from polygonStarts[i] to polygonStarts[i + 1]: the outer ring first, then its holes. */
  readonly polygonStarts: Uint32Array;
  /** For ring j, its points run from ringStarts[j] to ringStarts[j + 1] (in points, not numbers). */
  readonly ringStarts: Uint32Array;
  /** Interleaved x, y of every ring, in order. */
  readonly points: Float64Array;
}

export function packBands(bands: readonly BandGeometry[]): PackedBands {
  const polygons = bands.flatMap((band) => band.polygons);
  const rings = polygons.flatMap((polygon) => [polygon.outer, ...polygon.holes]);
  const bounds = new Float64Array(bands.length * 2);
  const bandStarts = new Uint32Array(bands.length + 1);
  bands.forEach((band, k) => {
    bounds[2 * k] = band.lower;
    bounds[2 * k + 1] = band.upper;
    bandStarts[k + 1] = bandStarts[k]! + band.polygons.length;
  });
  const polygonStarts = new Uint32Array(polygons.length + 1);
  polygons.forEach((polygon, i) => (polygonStarts[i + 1] = polygonStarts[i]! + 1 + polygon.holes.length));
  const ringStarts = new Uint32Array(rings.length + 1);
  rings.forEach((ring, j) => (ringStarts[j + 1] = ringStarts[j]! + ring.length / 2));
  const points = new Float64Array(ringStarts[rings.length]! * 2);
  rings.forEach((ring, j) => points.set(ring, ringStarts[j]! * 2));
  return { bounds, bandStarts, polygonStarts, ringStarts, points };
}

/** The bands back, their rings as views into `packed.points` (no copy). */
export function unpackBands(packed: PackedBands): BandGeometry[] {
  const { bounds, bandStarts, polygonStarts, ringStarts, points } = packed;
  const ring = (j: number) => points.subarray(ringStarts[j]! * 2, ringStarts[j + 1]! * 2);
  return Array.from({ length: bandStarts.length - 1 }, (_, k) => {
    const polygons: BandPolygon[] = [];
    for (let i = bandStarts[k]!; i < bandStarts[k + 1]!; i++) {
      const first = polygonStarts[i]!;
      const holes: Float64Array[] = [];
      for (let j = first + 1; j < polygonStarts[i + 1]!; j++) holes.push(ring(j));
      polygons.push({ outer: ring(first), holes });
    }
    return { lower: bounds[2 * k]!, upper: bounds[2 * k + 1]!, polygons };
  });
}

/** The buffers of packed bands, for a postMessage transfer list. */
export function packedBandBuffers(packed: PackedBands): ArrayBuffer[] {
  return [packed.bounds, packed.bandStarts, packed.polygonStarts, packed.ringStarts, packed.points].map((a) => a.buffer as ArrayBuffer);
}
