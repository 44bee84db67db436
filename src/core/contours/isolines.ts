import { quadsPerLevel } from './crossedQuads';

/**
 * One contour line in grid index space: x is a fractional column, y a fractional row
 * (node (row, col) sits at (col, row)). Closed lines do not repeat their first point.
 */
export interface IsoLine {
  /** Interleaved x, y pairs. */
  readonly points: Float64Array;
  readonly closed: boolean;
}

export interface IsolineOptions {
  /**
   * matplotlib's `corner_mask` (default true, as matplotlib's rcParams['contour.corner_mask']):
   * a quad with exactly one invalid corner keeps the triangle of its other three corners, cut
   * along the diagonal between the two corners next to the invalid one. False drops every quad
   * with an invalid corner.
   */
  readonly cornerMask?: boolean;
  /**
   * The quads (row · (cols − 1) + col, ascending) this level crosses, if known
   * ({@link quadsPerLevel}); the others are skipped.
   */
  readonly quads?: Int32Array;
}

// A crossed quad's five crossing slots: its sides counter-clockwise from the bottom (side k joins
// corners k and k + 1, corners counter-clockwise from bottom-left), then its diagonal, which
// only a corner triangle uses.
const BOTTOM = 0;
const RIGHT = 1;
const TOP = 2;
const LEFT = 3;
const DIAGONAL = 4;
const SLOTS = 5;

/**
 * Isolines of a row-major grid at one level, traced as lines rather than filled rings:
 * marching squares over every quad whose four corners are valid (and, with `cornerMask`, marching
 * triangles over the valid half of a quad with one invalid corner), crossing points linearly
 * interpolated along quad edges and diagonals (as matplotlib/contourpy's mpl2014 does), and the
 * per-quad segments stitched through the edges they share. Lines that reach the grid frame, a
 * dropped quad or a corner triangle's diagonal stay open there, so no line ever runs along the
 * frame or around a hole — d3-contour's filled rings do both, which is why this is traced here
 * instead of post-processing d3's output. NaN and ±Infinity are invalid (matplotlib masks them).
 * A saddle quad is resolved by the mean of its corners, as mpl2014 does. A node exactly at the
 * level counts as below it (matplotlib's `z > level`).
 *
 * All work is proportional to the crossed quads: each gets five slots, a segment links two slots
 * of its quad, and a side's slot continues into the neighbouring crossed quad's opposite side —
 * found by position in the ascending quad list, so no array the size of the grid is touched.
 */
export function traceIsolines(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  level: number,
  options: IsolineOptions = {},
): IsoLine[] {
  if (rows < 2 || cols < 2) return [];
  const cornerMask = options.cornerMask ?? true;
  const quads = options.quads ?? quadsPerLevel(values, rows, cols, [level])[0]!;
  const count = quads.length;
  const quadCols = cols - 1;
  // segment[s]: the other slot of the segment through slot s of the same quad, or -1.
  const segment = new Int32Array(count * SLOTS).fill(-1);
  const connect = (i: number, sideA: number, sideB: number): void => {
    segment[i * SLOTS + sideA] = i * SLOTS + sideB;
    segment[i * SLOTS + sideB] = i * SLOTS + sideA;
  };
  for (let i = 0; i < count; i++) {
    const q = quads[i]!;
    const r = (q / quadCols) | 0;
    const sw = q + r; // the quad's bottom-left node
    const bl = values[sw]!;
    const br = values[sw + 1]!;
    const tl = values[sw + cols]!;
    const tr = values[sw + cols + 1]!;
    // sum - sum is 0 only when every corner is finite (NaN and ±Infinity are matplotlib's masked values).
    const sum = bl + br + tl + tr;
    if (sum - sum !== 0) {
      const invalid = cornerMask ? singleInvalidCorner(bl, br, tr, tl) : -1;
      if (invalid >= 0) traceCornerTriangle(i, [bl, br, tr, tl], invalid, level, connect);
      continue;
    }
    const kind = (bl > level ? 1 : 0) | (br > level ? 2 : 0) | (tr > level ? 4 : 0) | (tl > level ? 8 : 0);
    switch (kind) {
      case 1:
      case 14:
        connect(i, BOTTOM, LEFT);
        break;
      case 2:
      case 13:
        connect(i, BOTTOM, RIGHT);
        break;
      case 3:
      case 12:
        connect(i, LEFT, RIGHT);
        break;
      case 4:
      case 11:
        connect(i, RIGHT, TOP);
        break;
      case 6:
      case 9:
        connect(i, BOTTOM, TOP);
        break;
      case 7:
      case 8:
        connect(i, LEFT, TOP);
        break;
      case 5: // bl and tr above
        if (sum / 4 > level) {
          connect(i, BOTTOM, RIGHT);
          connect(i, LEFT, TOP);
        } else {
          connect(i, BOTTOM, LEFT);
          connect(i, RIGHT, TOP);
        }
        break;
      case 10: // br and tl above
        if (sum / 4 > level) {
          connect(i, BOTTOM, LEFT);
          connect(i, RIGHT, TOP);
        } else {
          connect(i, BOTTOM, RIGHT);
          connect(i, LEFT, TOP);
        }
        break;
    }
  }

  // The crossed quad above each one (index into quads, or -1), by one merge of the ascending list
  // with itself shifted a row; the one below is the inverse.
  const above = new Int32Array(count).fill(-1);
  const below = new Int32Array(count).fill(-1);
  for (let i = 0, j = 0; i < count; i++) {
    const up = quads[i]! + quadCols;
    while (j < count && quads[j]! < up) j++;
    if (j < count && quads[j] === up) {
      above[i] = j;
      below[j] = i;
    }
  }
  // The slot a side's crossing continues into: the same edge seen from the neighbouring quad, if
  // that quad is crossed and has a segment there (a dropped quad or the grid frame ends the line).
  const across = (slot: number): number => {
    const i = (slot / SLOTS) | 0;
    const side = slot - i * SLOTS;
    const q = quads[i]!;
    let next = -1;
    if (side === BOTTOM) next = below[i]! >= 0 ? below[i]! * SLOTS + TOP : -1;
    else if (side === TOP) next = above[i]! >= 0 ? above[i]! * SLOTS + BOTTOM : -1;
    else if (side === LEFT) next = i > 0 && quads[i - 1] === q - 1 && q % quadCols !== 0 ? (i - 1) * SLOTS + RIGHT : -1;
    else if (side === RIGHT) next = i + 1 < count && quads[i + 1] === q + 1 && (q + 1) % quadCols !== 0 ? (i + 1) * SLOTS + LEFT : -1;
    return next >= 0 && segment[next] !== -1 ? next : -1;
  };

  // The crossing point of a slot, linear between the ends a and b of its edge (node (row, col) at (col, row)).
  let points = new Float64Array(256);
  let length = 0;
  const push = (slot: number): void => {
    const i = (slot / SLOTS) | 0;
    const side = slot - i * SLOTS;
    const q = quads[i]!;
    const sw = q + ((q / quadCols) | 0);
    let a: number, b: number;
    if (side === BOTTOM) [a, b] = [sw, sw + 1];
    else if (side === TOP) [a, b] = [sw + cols, sw + cols + 1];
    else if (side === LEFT) [a, b] = [sw, sw + cols];
    else if (side === RIGHT) [a, b] = [sw + 1, sw + cols + 1];
    else {
      // A corner triangle's diagonal joins the two corners next to its quad's invalid corner.
      const invalid = singleInvalidCorner(values[sw]!, values[sw + 1]!, values[sw + cols + 1]!, values[sw + cols]!);
      [a, b] = invalid % 2 === 0 ? [sw + 1, sw + cols] : [sw, sw + cols + 1];
    }
    const za = values[a]!;
    const t = (level - za) / (values[b]! - za);
    const ax = a % cols;
    const ay = (a - ax) / cols;
    const bx = b % cols;
    const by = (b - bx) / cols;
    if (length + 2 > points.length) {
      const grown = new Float64Array(points.length * 2);
      grown.set(points);
      points = grown;
    }
    points[length++] = ax + t * (bx - ax);
    points[length++] = ay + t * (by - ay);
  };

  const lines: IsoLine[] = [];
  const visited = new Uint8Array(count * SLOTS);
  // Enter each quad through one slot, leave through its segment's other slot, continue across.
  // A closed line comes back to its first slot (whose point it does not repeat); an open one ends
  // at a slot with nothing across, whose point ends the line.
  const walk = (start: number, closed: boolean): void => {
    length = 0;
    let slot = start;
    for (;;) {
      visited[slot] = 1;
      push(slot);
      const exit = segment[slot]!;
      visited[exit] = 1;
      const next = across(exit);
      if (next === -1) {
        push(exit);
        break;
      }
      if (visited[next]) break;
      slot = next;
    }
    lines.push({ points: points.slice(0, length), closed });
  };
  // Open lines first, from their ends; what remains forms closed loops.
  for (let slot = 0; slot < count * SLOTS; slot++) {
    if (segment[slot] !== -1 && !visited[slot] && across(slot) === -1) walk(slot, false);
  }
  for (let slot = 0; slot < count * SLOTS; slot++) {
    if (segment[slot] !== -1 && !visited[slot]) walk(slot, true);
  }
  return lines;
}

/** Which corner (0 bl, 1 br, 2 tr, 3 tl) is the only non-finite one, or -1 when that is not the case. */
export function singleInvalidCorner(bl: number, br: number, tr: number, tl: number): number {
  const bad = (bl - bl === 0 ? 0 : 1) | (br - br === 0 ? 0 : 2) | (tr - tr === 0 ? 0 : 4) | (tl - tl === 0 ? 0 : 8);
  return bad === 1 ? 0 : bad === 2 ? 1 : bad === 4 ? 2 : bad === 8 ? 3 : -1;
}

/**
 * The contour segment through the valid triangle of quad i whose corner `invalid` is masked
 * (corners counter-clockwise from bottom-left; side k joins corners k and k + 1). The triangle's
 * sides are the two quad sides away from the invalid corner and the diagonal; a level crosses none
 * or two of them. A diagonal crossing continues nowhere, so the line ends there.
 */
function traceCornerTriangle(
  i: number,
  corners: readonly number[],
  invalid: number,
  level: number,
  connect: (i: number, sideA: number, sideB: number) => void,
): void {
  const next = corners[(invalid + 1) % 4]! > level;
  const opposite = corners[(invalid + 2) % 4]! > level;
  const previous = corners[(invalid + 3) % 4]! > level;
  // Side invalid + 1 runs from the next corner to the opposite one, side invalid + 2 on to the previous one.
  const first = (invalid + 1) % 4;
  const second = (invalid + 2) % 4;
  if (next !== opposite && opposite !== previous) connect(i, first, second);
  else if (next !== opposite) connect(i, first, DIAGONAL);
  else if (opposite !== previous) connect(i, second, DIAGONAL);
}
