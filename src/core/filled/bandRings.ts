import type { BandPolygon } from './bandPolygons';
import type { Faces } from './bandFaces';

/** Stitches the kept pieces into rings and groups each region's holes with its outer ring. */
export function assemble(faces: Faces): BandPolygon[] {
  const total = faces.from.length;
  // Pieces leaving each node: the first one, then a chain (several only at a grid node where rings touch).
  const firstOut = new Map<number, number>();
  const nextOut = new Int32Array(total).fill(-1);
  for (let s = total - 1; s >= 0; s--) {
    const node = faces.from[s]!;
    const first = firstOut.get(node);
    if (first !== undefined) nextOut[s] = first;
    firstOut.set(node, s);
  }
  const successor = (s: number): number => {
    let out = firstOut.get(faces.to[s]!)!;
    if (nextOut[out] === -1) return out;
    // Several ways on: turn as sharply left as possible (left 135°, 90°, 45°, straight, right …).
    const incoming = faces.dir[s]!;
    let best = out;
    let bestTurn = Infinity;
    for (; out !== -1; out = nextOut[out]!) {
      const turn = (incoming + 3 - faces.dir[out]! + 8) % 8;
      if (turn < bestTurn) [best, bestTurn] = [out, turn];
    }
    return best;
  };

  const used = new Uint8Array(total);
  const outers = new Map<number, { outer: Float64Array; holes: Float64Array[] }>();
  const holes: { region: number; ring: Float64Array }[] = [];
  for (let start = 0; start < total; start++) {
    if (used[start]) continue;
    const ring: number[] = [];
    let s = start;
    do {
      if (used[s]) throw new Error('contour-heatmap: internal error, a filled-contour ring does not close');
      used[s] = 1;
      const x = faces.x[s]!;
      const y = faces.y[s]!;
      // Crossings that coincide with a grid node (a node exactly at a level) add zero-length pieces.
      if (ring.length === 0 || x !== ring[ring.length - 2] || y !== ring[ring.length - 1]) ring.push(x, y);
      s = successor(s);
    } while (s !== start);
    if (ring.length > 2 && ring[0] === ring[ring.length - 2] && ring[1] === ring[ring.length - 1]) ring.length -= 2;
    const area = ringArea(ring);
    if (area === 0) continue;
    const region = faces.find(faces.face[start]!);
    if (area > 0) outers.set(region, { outer: Float64Array.from(ring), holes: [] });
    else holes.push({ region, ring: Float64Array.from(ring) });
  }
  for (const { region, ring } of holes) outers.get(region)!.holes.push(ring);
  return [...outers.values()];
}

/** Signed area (shoelace) of an interleaved ring: positive when anticlockwise with y up. */
export function ringArea(ring: ArrayLike<number>): number {
  let twice = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    twice += ring[i]! * ring[j + 1]! - ring[j]! * ring[i + 1]!;
  }
  return twice / 2;
}
