import { invalidProp } from '../errors';
import type { IsoLine } from '../contours/isolines';
import type { Origin } from '../resample/reference';

/** [left, right, bottom, top]: the outer edges of the image's cells, as matplotlib's `extent`. */
export type Extent = readonly [number, number, number, number];

/**
 * The extent in force: the given one after validation, or matplotlib's default, which puts cell
 * centres on integer indices: (-0.5, cols - 0.5, rows - 0.5, -0.5) for 'upper' (row 0 on top) and
 * (-0.5, cols - 0.5, -0.5, rows - 0.5) for 'lower'.
 */
export function resolveExtent(extent: Extent | undefined, rows: number, cols: number, origin: Origin): Extent {
  if (extent === undefined) {
    return origin === 'upper' ? [-0.5, cols - 0.5, rows - 0.5, -0.5] : [-0.5, cols - 0.5, -0.5, rows - 0.5];
  }
  if (!Array.isArray(extent) || extent.length !== 4) {
    throw invalidProp('extent', 'expected [left, right, bottom, top]');
  }
  extent.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalidProp('extent', `${['left', 'right', 'bottom', 'top'][i]} is ${String(v)}, not a finite number`);
    }
  });
  const [left, right, bottom, top] = extent;
  if (left === right) throw invalidProp('extent', `left and right are both ${left}; the image would have no width`);
  if (bottom === top) throw invalidProp('extent', `bottom and top are both ${bottom}; the image would have no height`);
  return [left, right, bottom, top];
}

export function resolveOrigin(origin: unknown): Origin {
  if (origin === undefined) return 'upper';
  if (origin !== 'upper' && origin !== 'lower') {
    throw invalidProp('origin', `expected 'upper' or 'lower', got ${JSON.stringify(origin)}`);
  }
  return origin;
}

/**
 * Coordinates of the contour grid's nodes along one axis: the given ones after validation, or the
 * image's cell centres (column j at left + (j + 0.5)·dx; row i at bottom + (i + 0.5)·dy for 'lower'
 * and top - (i + 0.5)·dy for 'upper').
 */
export function resolveNodes(
  given: readonly number[] | undefined,
  count: number,
  axis: 'x' | 'y',
  extent: Extent,
  origin: Origin,
): Float64Array {
  if (given === undefined) {
    const [left, right, bottom, top] = extent;
    const nodes = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      if (axis === 'x') nodes[i] = cellCentre(left, right, i, count);
      else if (origin === 'lower') nodes[i] = cellCentre(bottom, top, i, count);
      else nodes[i] = cellCentre(top, bottom, i, count);
    }
    return nodes;
  }
  const prop = `contours.${axis}`;
  if (!Array.isArray(given) && !ArrayBuffer.isView(given)) throw invalidProp(prop, 'expected an array of numbers');
  if (given.length !== count) {
    throw invalidProp(prop, `has ${given.length} values but the grid has ${count} ${axis === 'x' ? 'columns' : 'rows'}`);
  }
  const nodes = Float64Array.from(given as ArrayLike<number>);
  nodes.forEach((v, i) => {
    if (!Number.isFinite(v)) throw invalidProp(prop, `value ${i} is ${String(given[i])}, not a finite number`);
  });
  const direction = Math.sign(nodes[count - 1]! - nodes[0]!);
  for (let i = 1; i < count; i++) {
    if (Math.sign(nodes[i]! - nodes[i - 1]!) !== direction || direction === 0) {
      throw invalidProp(prop, `values must be strictly increasing or strictly decreasing (see index ${i})`);
    }
  }
  return nodes;
}

/**
 * The centre of cell i of `count` from `start` to `end`. Spans near ±1e308 overflow the usual
 * formula (kept as it is for all others, so nodes stay bit-exact): they are computed on halves.
 */
function cellCentre(start: number, end: number, i: number, count: number): number {
  const usual = start + ((i + 0.5) * (end - start)) / count;
  return Number.isFinite(usual) ? usual : lerpOnHalves(start, end, (i + 0.5) / count);
}

/** a + t·(b − a) for spans that overflow: every step on halves, doubled at the end. */
function lerpOnHalves(a: number, b: number, t: number): number {
  return (a / 2 + t * (b / 2 - a / 2)) * 2;
}

/** a + t·(b − a), also where b − a overflows (extents near ±1e308). */
export function lerp(a: number, b: number, t: number): number {
  const v = a + t * (b - a);
  return Number.isFinite(v) ? v : lerpOnHalves(a, b, t);
}

/** (v − a) / (b − a), also where the differences overflow (extents near ±1e308): then computed on halves. */
export function fractionOf(v: number, a: number, b: number): number {
  const span = b - a;
  const offset = v - a;
  if (Number.isFinite(span) && Number.isFinite(offset)) return offset / span;
  return (v / 2 - a / 2) / (b / 2 - a / 2);
}

/** Maps an isoline from grid index space to the plot's pixel space (y down), through node coordinates and the extent. */
export function lineToPixels(
  line: IsoLine,
  xNodes: Float64Array,
  yNodes: Float64Array,
  extent: Extent,
  width: number,
  height: number,
): Float64Array {
  const [left, right, bottom, top] = extent;
  const out = new Float64Array(line.points.length);
  for (let i = 0; i < line.points.length; i += 2) {
    const x = atIndex(xNodes, line.points[i]!);
    const y = atIndex(yNodes, line.points[i + 1]!);
    out[i] = fractionOf(x, left, right) * width;
    out[i + 1] = fractionOf(y, top, bottom) * height;
  }
  return out;
}

/** The coordinate at a fractional node index, linear between neighbouring nodes. */
export function atIndex(nodes: Float64Array, index: number): number {
  const i = Math.min(Math.floor(index), nodes.length - 2);
  if (i < 0) return nodes[0]!;
  const t = index - i;
  if (t === 0) return nodes[i]!;
  const value = nodes[i]! + t * (nodes[i + 1]! - nodes[i]!);
  return Number.isFinite(value) ? value : lerpOnHalves(nodes[i]!, nodes[i + 1]!, t);
}
