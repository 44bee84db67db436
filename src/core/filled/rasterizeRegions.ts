import type { RGBA } from '../color/colormaps';

/** A filled region to paint: rings in device-pixel space (x right, y down), interleaved x, y, not repeating their first point. */
export interface PixelRegion {
  readonly color: RGBA;
  readonly rings: readonly Float64Array[];
}

/**
 * Paints filled-contour regions into straight (un-premultiplied) RGBA bytes, width × height,
 * the way matplotlib's Agg backend draws contourf: with `antialiased=False` (so neighbouring bands
 * leave no seams), every pixel the region covers at all — by any area, not just its centre — takes
 * the region's colour, and regions are painted in order, so along a shared edge the later band
 * wins. (Measured on the contourf fixtures: every pixel where centre sampling differs from
 * matplotlib holds the later band there.) Regions use the even-odd rule over their rings. A
 * translucent colour is blended over what is already there with Agg's integer "plain" (straight
 * alpha) blender, as matplotlib's canvas does, so a pixel two translucent bands share holds both.
 */
export function rasterizeRegions(regions: readonly PixelRegion[], width: number, height: number): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (const { color, rings } of regions) {
    const rows = edgesByRow(rings, height);
    for (let r = 0; r < height; r++) {
      const edges = rows[r];
      if (edges) paintRow(pixels, width, r, edges, color);
    }
  }
  return pixels;
}

/** A non-horizontal edge, from its upper end (smaller y) to its lower end. */
interface Edge {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The edges reaching into each pixel row's strip [r, r + 1); rows no edge reaches are left empty. */
function edgesByRow(rings: readonly Float64Array[], height: number): (Edge[] | undefined)[] {
  const rows: (Edge[] | undefined)[] = new Array(height);
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0; i < n; i += 2) {
      const j = (i + 2) % n;
      const [xa, ya, xb, yb] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (ya === yb) continue;
      const edge = ya < yb ? { x0: xa, y0: ya, x1: xb, y1: yb } : { x0: xb, y0: yb, x1: xa, y1: ya };
      const first = Math.max(0, Math.floor(edge.y0));
      const end = Math.min(height, Math.ceil(edge.y1));
      for (let r = first; r < end; r++) (rows[r] ??= []).push(edge);
    }
  }
  return rows;
}

/**
 * Paints the pixels of row r that the region covers with a positive area. The row's strip is cut
 * at every vertex inside it; within each piece no edge starts or ends, so the region is a set of
 * trapezoids between consecutive crossings (even-odd), and a trapezoid touches the columns between
 * its leftmost and rightmost x. Each pixel is painted once per region, however many pieces touch it.
 */
function paintRow(pixels: Uint8ClampedArray, width: number, r: number, edges: readonly Edge[], color: RGBA): void {
  const cuts = [r, r + 1];
  for (const e of edges) {
    if (e.y0 > r && e.y0 < r + 1) cuts.push(e.y0);
    if (e.y1 > r && e.y1 < r + 1) cuts.push(e.y1);
  }
  cuts.sort((a, b) => a - b);
  const spans: [number, number, number][] = [];
  const columns: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const top = cuts[k]!;
    const bottom = cuts[k + 1]!;
    if (bottom === top) continue;
    const mid = 0.5 * (top + bottom);
    spans.length = 0;
    for (const e of edges) {
      if (e.y0 <= mid && mid < e.y1) spans.push([xAt(e, mid), xAt(e, top), xAt(e, bottom)]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (let s = 0; s + 1 < spans.length; s += 2) {
      const [, lt, lb] = spans[s]!;
      const [, rt, rb] = spans[s + 1]!;
      columns.push([Math.max(0, Math.floor(Math.min(lt, lb))), Math.min(width, Math.ceil(Math.max(rt, rb)))]);
    }
  }
  columns.sort((a, b) => a[0] - b[0]);
  let painted = 0;
  for (const [first, end] of columns) {
    for (let c = Math.max(first, painted), o = (r * width + c) * 4; c < end; c++, o += 4) paint(pixels, o, color);
    painted = Math.max(painted, end);
  }
}

/** Agg's `blend_pix` of `fixed_blender_rgba_plain` (8-bit channels), or a plain copy for an opaque colour. */
function paint(pixels: Uint8ClampedArray, o: number, [cr, cg, cb, alpha]: RGBA): void {
  if (alpha === 255) {
    pixels[o] = cr;
    pixels[o + 1] = cg;
    pixels[o + 2] = cb;
    pixels[o + 3] = 255;
    return;
  }
  if (alpha === 0) return;
  const a = pixels[o + 3]!;
  const blended = ((alpha + a) << 8) - alpha * a;
  for (const [k, value] of [
    [0, cr],
    [1, cg],
    [2, cb],
  ] as const) {
    const premultiplied = pixels[o + k]! * a;
    pixels[o + k] = Math.trunc((((value << 8) - premultiplied) * alpha + (premultiplied << 8)) / blended);
  }
  pixels[o + 3] = blended >> 8;
}

/** The edge's x at height y, clamped to the edge's own y range. */
function xAt(e: Edge, y: number): number {
  const t = Math.min(1, Math.max(0, (y - e.y0) / (e.y1 - e.y0)));
  return e.x0 + t * (e.x1 - e.x0);
}
