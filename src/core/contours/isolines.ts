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
  /** Scratch arrays from {@link isolineWorkspace}, re-used across levels of one grid. */
  readonly workspace?: IsolineWorkspace;
  /** The quads (row · (cols − 1) + col) this level crosses, if known; the others are skipped. */
  readonly quads?: Int32Array;
}

/**
 * Scratch arrays sized for one grid's edges, so that tracing many levels allocates them once:
 * after a level only the entries it touched are reset.
 */
export interface IsolineWorkspace {
  readonly linkA: Int32Array;
  readonly linkB: Int32Array;
  readonly visited: Uint8Array;
  /** Edges with a link, in the order they got one. */
  readonly touched: Int32Array;
}

export function isolineWorkspace(rows: number, cols: number): IsolineWorkspace {
  const edgeCount = rows * (cols - 1) + (rows - 1) * cols + (rows - 1) * (cols - 1);
  return {
    linkA: new Int32Array(edgeCount).fill(-1),
    linkB: new Int32Array(edgeCount).fill(-1),
    visited: new Uint8Array(edgeCount),
    touched: new Int32Array(edgeCount),
  };
}

/**
 * Isolines of a row-major grid at one level, traced as lines rather than filled rings:
 * marching squares over every quad whose four corners are valid (and, with `cornerMask`, marching
 * triangles over the valid half of a quad with one invalid corner), crossing points linearly
 * interpolated along quad edges and diagonals (as matplotlib/contourpy's mpl2014 does), and the
 * per-cell segments stitched through the edges they share. Lines that reach the grid frame, a
 * dropped quad or a corner triangle's diagonal stay open there, so no line ever runs along the
 * frame or around a hole — d3-contour's filled rings do both, which is why this is traced here
 * instead of post-processing d3's output. NaN and ±Infinity are invalid (matplotlib masks them).
 * A saddle quad is resolved by the mean of its corners, as mpl2014 does. A node exactly at the
 * level counts as below it (matplotlib's `z > level`).
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
  const horizontalEdges = rows * (cols - 1);
  const gridEdges = horizontalEdges + (rows - 1) * cols;
  // Edge ids: horizontal edges, vertical edges, then one diagonal per quad (used by corner triangles only).
  // Each crossed edge links to the edges its (at most two) neighbouring cells connect it to.
  const { linkA, linkB, visited, touched } = options.workspace ?? isolineWorkspace(rows, cols);
  let touchedCount = 0;
  const link = (from: number, to: number): void => {
    if (linkA[from] === -1) {
      linkA[from] = to;
      touched[touchedCount++] = from;
    } else linkB[from] = to;
  };
  const connect = (e1: number, e2: number): void => {
    link(e1, e2);
    link(e2, e1);
  };

  const quad = (q: number): void => {
    const r = Math.floor(q / (cols - 1));
    const c = q - r * (cols - 1);
    const bl = values[r * cols + c]!;
    const br = values[r * cols + c + 1]!;
    const tl = values[(r + 1) * cols + c]!;
    const tr = values[(r + 1) * cols + c + 1]!;
    const bottom = r * (cols - 1) + c;
    const top = bottom + (cols - 1);
    const left = horizontalEdges + r * cols + c;
    const right = left + 1;
    // sum - sum is 0 only when every corner is finite (NaN and ±Infinity are matplotlib's masked values).
    const sum = bl + br + tl + tr;
    if (sum - sum !== 0) {
      const invalid = cornerMask ? singleInvalidCorner(bl, br, tr, tl) : -1;
      if (invalid >= 0) {
        traceCornerTriangle([bl, br, tr, tl], invalid, level, [bottom, right, top, left], gridEdges + r * (cols - 1) + c, connect);
      }
      return;
    }
    const kind = (bl > level ? 1 : 0) | (br > level ? 2 : 0) | (tr > level ? 4 : 0) | (tl > level ? 8 : 0);
    if (kind === 0 || kind === 15) return;
    switch (kind) {
      case 1:
      case 14:
        connect(bottom, left);
        break;
      case 2:
      case 13:
        connect(bottom, right);
        break;
      case 3:
      case 12:
        connect(left, right);
        break;
      case 4:
      case 11:
        connect(right, top);
        break;
      case 6:
      case 9:
        connect(bottom, top);
        break;
      case 7:
      case 8:
        connect(left, top);
        break;
      case 5: // bl and tr above
        if (sum / 4 > level) {
          connect(bottom, right);
          connect(left, top);
        } else {
          connect(bottom, left);
          connect(right, top);
        }
        break;
      case 10: // br and tl above
        if (sum / 4 > level) {
          connect(bottom, left);
          connect(right, top);
        } else {
          connect(bottom, right);
          connect(left, top);
        }
        break;
    }
  };
  // Only the quads the level crosses, when the caller knows them; otherwise every quad.
  const { quads } = options;
  if (quads) for (let i = 0; i < quads.length; i++) quad(quads[i]!);
  else for (let q = 0; q < (rows - 1) * (cols - 1); q++) quad(q);

  // The crossing point on an edge, linear between its end nodes a and b (node (row, col) at (col, row)).
  const crossing = (edge: number, out: number[]): void => {
    let a: number, b: number;
    if (edge < horizontalEdges) {
      const r = Math.floor(edge / (cols - 1));
      a = r * cols + (edge - r * (cols - 1));
      b = a + 1;
    } else if (edge < gridEdges) {
      a = edge - horizontalEdges;
      b = a + cols;
    } else {
      // A corner triangle's diagonal joins the two corners next to its quad's invalid corner.
      const q = edge - gridEdges;
      const r = Math.floor(q / (cols - 1));
      const sw = r * cols + (q - r * (cols - 1));
      const invalid = singleInvalidCorner(values[sw]!, values[sw + 1]!, values[sw + cols + 1]!, values[sw + cols]!);
      [a, b] = invalid % 2 === 0 ? [sw + 1, sw + cols] : [sw, sw + cols + 1];
    }
    const za = values[a]!;
    const t = (level - za) / (values[b]! - za);
    const ax = a % cols;
    const ay = (a - ax) / cols;
    const bx = b % cols;
    const by = (b - bx) / cols;
    out.push(ax + t * (bx - ax), ay + t * (by - ay));
  };

  const lines: IsoLine[] = [];
  const walk = (start: number, closed: boolean): void => {
    const points: number[] = [];
    let previous = -1;
    let edge = start;
    while (edge !== -1 && !visited[edge]) {
      visited[edge] = 1;
      crossing(edge, points);
      const next = linkA[edge] === previous ? linkB[edge]! : linkA[edge]!;
      previous = edge;
      edge = next;
    }
    lines.push({ points: Float64Array.from(points), closed });
  };
  // Open lines first, from their ends (edges with a single link); what remains forms closed loops.
  // Then reset what this level touched, leaving the workspace clean for the next one.
  for (let i = 0; i < touchedCount; i++) {
    const e = touched[i]!;
    if (linkB[e] === -1 && !visited[e]) walk(e, false);
  }
  for (let i = 0; i < touchedCount; i++) {
    const e = touched[i]!;
    if (!visited[e]) walk(e, true);
  }
  for (let i = 0; i < touchedCount; i++) {
    const e = touched[i]!;
    linkA[e] = linkB[e] = -1;
    visited[e] = 0;
  }
  return lines;
}

/** Which corner (0 bl, 1 br, 2 tr, 3 tl) is the only non-finite one, or -1 when that is not the case. */
export function singleInvalidCorner(bl: number, br: number, tr: number, tl: number): number {
  const bad = (bl - bl === 0 ? 0 : 1) | (br - br === 0 ? 0 : 2) | (tr - tr === 0 ? 0 : 4) | (tl - tl === 0 ? 0 : 8);
  return bad === 1 ? 0 : bad === 2 ? 1 : bad === 4 ? 2 : bad === 8 ? 3 : -1;
}

/**
 * The contour segment through the valid triangle of a quad whose corner `invalid` is masked
 * (corners and sides counter-clockwise from bottom-left / the bottom side; side k joins corners k
 * and k + 1; `diagonal` the edge id of the cut). The triangle's sides are the two quad sides away
 * from the invalid corner and the diagonal; a level crosses none or two of them. A diagonal
 * crossing has only this link, so the line ends there.
 */
function traceCornerTriangle(
  corners: readonly number[],
  invalid: number,
  level: number,
  sides: readonly number[],
  diagonal: number,
  connect: (e1: number, e2: number) => void,
): void {
  const next = corners[(invalid + 1) % 4]! > level;
  const opposite = corners[(invalid + 2) % 4]! > level;
  const previous = corners[(invalid + 3) % 4]! > level;
  // Side invalid + 1 runs from the next corner to the opposite one, side invalid + 2 on to the previous one.
  const first = sides[(invalid + 1) % 4]!;
  const second = sides[(invalid + 2) % 4]!;
  if (next !== opposite && opposite !== previous) connect(first, second);
  else if (next !== opposite) connect(first, diagonal);
  else if (opposite !== previous) connect(second, diagonal);
}
