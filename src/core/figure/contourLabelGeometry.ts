/**
 * The per-segment steps of matplotlib 3.6.3's clabel (contour.py:240-406), on polylines in
 * screen px with y down: which segments get a label, the candidate positions (blocks of
 * int(w) vertices, straightest first), the rotation from the chord ±w/2 along the path, and the
 * inline cut. matplotlib does this in display coordinates (y up); everything here is invariant
 * under the flip except the rotation's sign, which is flipped back so angles stay
 * matplotlib's (counter-clockwise, in degrees).
 */

export type Point = readonly [number, number];

/** numpy.interp: linear interpolation in increasing `xp`, clamped (or `left` / `right`) outside. */
export function interp(x: number, xp: ArrayLike<number>, fp: (i: number) => number, left?: number, right?: number): number {
  const n = xp.length;
  if (x < xp[0]!) return left ?? fp(0);
  if (x > xp[n - 1]!) return right ?? fp(n - 1);
  if (x === xp[n - 1]) return fp(n - 1);
  // The j with xp[j] <= x < xp[j + 1] (the last of equal xp, as numpy's search finds it).
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xp[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const slope = (fp(lo + 1) - fp(lo)) / (xp[lo + 1]! - xp[lo]!);
  return slope * (x - xp[lo]!) + fp(lo);
}

/** contour.py `_is_closed_polygon`: np.allclose(first, last, rtol=1e-10, atol=1e-13). */
export function endsMeet(points: readonly Point[]): boolean {
  const a = points[0]!;
  const b = points[points.length - 1]!;
  return Math.abs(a[0] - b[0]) <= 1e-13 + 1e-10 * Math.abs(b[0]) && Math.abs(a[1] - b[1]) <= 1e-13 + 1e-10 * Math.abs(b[1]);
}

/** `print_label`: more than 10·w vertices, or an x or y extent above 1.2·w. */
export function longEnoughForLabel(points: readonly Point[], w: number): boolean {
  if (points.length > 10 * w) return true;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return x1 - x0 > 1.2 * w || y1 - y0 > 1.2 * w;
}

/**
 * `locate_label`'s candidates: the vertex list (cycled to fill the last block, as np.resize does)
 * is cut into blocks of int(w) vertices (one block if that covers it); each block scores the
 * summed distance of its vertices from its first→last chord. Returns each block's middle vertex
 * index, straightest block first (NaN scores, from a block whose ends coincide, last).
 */
export function blockCandidates(points: readonly Point[], w: number): number[] {
  const n = points.length;
  const blocks = w > 1 ? Math.ceil(n / w) : 1;
  const size = blocks === 1 ? n : Math.trunc(w);
  const scores: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const [xf, yf] = points[(b * size) % n]!;
    const [xl, yl] = points[(b * size + size - 1) % n]!;
    const chord = Math.hypot(xl - xf, yl - yf);
    let sum = 0;
    for (let j = 0; j < size; j++) {
      const [x, y] = points[(b * size + j) % n]!;
      // |cross| / chord: 0 / 0 gives NaN and c / 0 Infinity, as numpy does.
      sum += Math.abs((yf - y) * (xl - xf) - (xf - x) * (yl - yf)) / chord;
    }
    scores.push(sum);
  }
  // np.argsort: ascending, infinities after finite scores, NaN last; ties keep block order.
  const rank = (v: number): number => (Number.isNaN(v) ? 2 : v === Infinity ? 1 : 0);
  const order = scores
    .map((_, i) => i)
    .sort((a, b) => rank(scores[a]!) - rank(scores[b]!) || (rank(scores[a]!) === 0 ? scores[a]! - scores[b]! : 0) || a - b);
  const half = Math.floor(size / 2);
  return order.map((b) => (b * size + half) % n);
}

/** Cumulative path length along the vertices. */
export function pathLengths(points: readonly Point[]): Float64Array {
  const pl = new Float64Array(points.length);
  for (let i = 1; i < points.length; i++) {
    pl[i] = pl[i - 1]! + Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  }
  return pl;
}

export interface RotationAndInline {
  /** Counter-clockwise degrees, as matplotlib's Text rotation. */
  readonly rotationDeg: number;
  /** What is left of the segment after the cut (open polylines of ≥ 2 points); null when not inlining. */
  readonly pieces: Point[][] | null;
}

/**
 * `calc_label_rot_and_inline` for the label at vertex `ind`. A closed segment (ends meet) is
 * first rotated to start at the label. The rotation is the chord between the points w/2 before
 * and after the label along the path (clamped to the ends of an open path); the cut removes the
 * path from w/2 + spacing before to w/2 + spacing after, a closed loop shorter than that
 * disappearing and a cut loop becoming one open piece.
 */
export function rotationAndInline(
  input: readonly Point[],
  ind: number,
  w: number,
  spacing: number,
  inline: boolean,
  rightsideUp = true,
): RotationAndInline {
  let points = input;
  const closed = endsMeet(points);
  if (closed) {
    points = [...points.slice(ind, -1), ...points.slice(0, ind + 1)];
    ind = 0;
  }
  const raw = pathLengths(points);
  const pl = raw.map((v) => v - raw[ind]!);
  const xs = (i: number): number => points[i]![0];
  const ys = (i: number): number => points[i]![1];
  const hlw = w / 2;
  const dp = closed ? [pl[pl.length - 1]!, 0] : [0, 0];
  const [a, b] = [dp[0]! - hlw, dp[1]! + hlw];
  const dx = interp(b, pl, xs) - interp(a, pl, xs);
  const dyUp = -(interp(b, pl, ys) - interp(a, pl, ys));
  let rotationDeg = (Math.atan2(dyUp, dx) * 180) / Math.PI;
  // Python's (r + 90) % 180 − 90: a floored modulo, so text is never upside down.
  if (rightsideUp) rotationDeg = ((((rotationDeg + 90) % 180) + 180) % 180) - 90;
  if (!inline) return { rotationDeg, pieces: null };

  const lo = a - spacing;
  const hi = b + spacing;
  const index = (i: number): number => i;
  const i0 = Math.floor(interp(lo, pl, index, -1, -1));
  const i1 = Math.ceil(interp(hi, pl, index, -1, -1));
  const at = (s: number): Point => [interp(s, pl, xs), interp(s, pl, ys)];
  const pieces: Point[][] = [];
  if (closed) {
    if (i0 !== -1 && i1 !== -1) pieces.push([at(hi), ...points.slice(i1, i0 + 1), at(lo)]);
  } else {
    if (i0 !== -1) pieces.push([...points.slice(0, i0 + 1), at(lo)]);
    if (i1 !== -1) pieces.push([at(hi), ...points.slice(i1)]);
  }
  return { rotationDeg, pieces: pieces.filter((p) => p.length > 1) };
}

/**
 * The path with a vertex at arc length `s` (inserted unless one is already there), and that
 * vertex's index: how matplotlib's `add_label_near` labels a point between vertices.
 */
export function withVertexAt(points: readonly Point[], pl: Float64Array, s: number): { points: readonly Point[]; ind: number } {
  const j = Math.max(0, Math.min(points.length - 2, upperIndex(pl, s)));
  if (Math.abs(pl[j]! - s) < 1e-9) return { points, ind: j };
  if (Math.abs(pl[j + 1]! - s) < 1e-9) return { points, ind: j + 1 };
  const t = (s - pl[j]!) / (pl[j + 1]! - pl[j]!);
  const [ax, ay] = points[j]!;
  const [bx, by] = points[j + 1]!;
  const p: Point = [ax + t * (bx - ax), ay + t * (by - ay)];
  return { points: [...points.slice(0, j + 1), p, ...points.slice(j + 1)], ind: j + 1 };
}

/** The last j with pl[j] <= s. */
function upperIndex(pl: Float64Array, s: number): number {
  let j = 0;
  while (j + 1 < pl.length && pl[j + 1]! <= s) j++;
  return j;
}
