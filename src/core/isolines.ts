/**
 * One contour line in grid index space: x is a fractional column, y a fractional row
 * (node (row, col) sits at (col, row)). Closed lines do not repeat their first point.
 */
export interface IsoLine {
  /** Interleaved x, y pairs. */
  readonly points: Float64Array;
  readonly closed: boolean;
}

/**
 * Isolines of a row-major grid at one level, traced as lines rather than filled rings:
 * marching squares over every quad whose four corners are valid, crossing points linearly
 * interpolated along quad edges (as matplotlib/contourpy do), and the per-quad segments stitched
 * through the edges they share. Lines that reach the grid frame or a quad with an invalid (NaN)
 * corner stay open there, so no line ever runs along the frame or around a hole — d3-contour's
 * filled rings do both, which is why this is traced here instead of post-processing d3's output.
 * Quads with a NaN or infinite corner are dropped whole (matplotlib's `corner_mask=False`). A saddle quad is resolved by
 * the mean of its corners, as matplotlib's mpl2014 algorithm does. A node exactly at the level
 * counts as below it (matplotlib's `z > level`).
 */
export function traceIsolines(values: ArrayLike<number>, rows: number, cols: number, level: number): IsoLine[] {
  if (rows < 2 || cols < 2) return [];
  const horizontalEdges = rows * (cols - 1);
  const edgeCount = horizontalEdges + (rows - 1) * cols;
  // Each crossed edge links to the edges its (at most two) neighbouring quads connect it to.
  const linkA = new Int32Array(edgeCount).fill(-1);
  const linkB = new Int32Array(edgeCount).fill(-1);
  const connect = (e1: number, e2: number): void => {
    if (linkA[e1] === -1) linkA[e1] = e2;
    else linkB[e1] = e2;
    if (linkA[e2] === -1) linkA[e2] = e1;
    else linkB[e2] = e1;
  };

  for (let r = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++) {
      const bl = values[r * cols + c]!;
      const br = values[r * cols + c + 1]!;
      const tl = values[(r + 1) * cols + c]!;
      const tr = values[(r + 1) * cols + c + 1]!;
      // sum - sum is 0 only when every corner is finite (NaN and ±Infinity are matplotlib's masked values).
      const sum = bl + br + tl + tr;
      if (sum - sum !== 0) continue;
      const kind = (bl > level ? 1 : 0) | (br > level ? 2 : 0) | (tr > level ? 4 : 0) | (tl > level ? 8 : 0);
      if (kind === 0 || kind === 15) continue;
      const bottom = r * (cols - 1) + c;
      const top = bottom + (cols - 1);
      const left = horizontalEdges + r * cols + c;
      const right = left + 1;
      switch (kind) {
        case 1: case 14: connect(bottom, left); break;
        case 2: case 13: connect(bottom, right); break;
        case 3: case 12: connect(left, right); break;
        case 4: case 11: connect(right, top); break;
        case 6: case 9: connect(bottom, top); break;
        case 7: case 8: connect(left, top); break;
        case 5: // bl and tr above
          if (sum / 4 > level) { connect(bottom, right); connect(left, top); }
          else { connect(bottom, left); connect(right, top); }
          break;
        case 10: // br and tl above
          if (sum / 4 > level) { connect(bottom, left); connect(right, top); }
          else { connect(bottom, right); connect(left, top); }
          break;
      }
    }
  }

  const crossing = (edge: number, out: number[]): void => {
    let a: number, b: number, x0: number, y0: number, horizontal: boolean;
    if (edge < horizontalEdges) {
      const r = Math.floor(edge / (cols - 1));
      const c = edge - r * (cols - 1);
      a = r * cols + c; b = a + 1; x0 = c; y0 = r; horizontal = true;
    } else {
      const e = edge - horizontalEdges;
      const r = Math.floor(e / cols);
      const c = e - r * cols;
      a = r * cols + c; b = a + cols; x0 = c; y0 = r; horizontal = false;
    }
    const za = values[a]!;
    const t = (level - za) / (values[b]! - za);
    out.push(horizontal ? x0 + t : x0, horizontal ? y0 : y0 + t);
  };

  const visited = new Uint8Array(edgeCount);
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
  for (let e = 0; e < edgeCount; e++) if (linkA[e] !== -1 && linkB[e] === -1 && !visited[e]) walk(e, false);
  for (let e = 0; e < edgeCount; e++) if (linkA[e] !== -1 && !visited[e]) walk(e, true);
  return lines;
}
