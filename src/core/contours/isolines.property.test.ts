import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceIsolines, type IsoLine } from './isolines';

/**
 * Property tests for the isoline tracer on small random grids with NaN / ±Infinity holes. The
 * tracer interpolates linearly along cell edges (and, for a quad with one invalid corner under
 * corner_mask, along the diagonal of its valid triangle), so every vertex must lie on such an
 * edge, between two valid nodes, where the linear interpolation of their values equals the level.
 */

interface Field {
  readonly rows: number;
  readonly cols: number;
  readonly values: readonly number[];
}

/**
 * Small grids of `cell` values with NaN / ±Infinity holes; in integer mode the values are a few
 * integers, so nodes lie exactly at a level and ties abound.
 */
const fieldOf = (cell: fc.Arbitrary<number>) =>
  fc
    .record({ rows: fc.integer({ min: 2, max: 6 }), cols: fc.integer({ min: 2, max: 6 }), integers: fc.boolean() })
    .chain(({ rows, cols, integers }) =>
      fc
        .array(
          fc.oneof(
            { weight: 12, arbitrary: integers ? fc.integer({ min: -3, max: 3 }) : cell },
            { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
          ),
          { minLength: rows * cols, maxLength: rows * cols },
        )
        .map((values): Field => ({ rows, cols, values })),
    );

/** Any double in ±1000, subnormals included: crossings can round onto a node. */
const field = fieldOf(fc.double({ min: -1e3, max: 1e3, noNaN: true }));
/** Values in steps of 0.001 within ±1000: a crossing lands on a node only when the node is at the level. */
const moderateField = fieldOf(fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000));

/** A field with a level: often one of its own values (a node exactly at the level), else anything in range. */
const withLevel = (fields: fc.Arbitrary<Field>) =>
  fields.chain((f) => {
    const finite = f.values.filter((v) => Number.isFinite(v));
    const level = finite.length
      ? fc.oneof(fc.constantFrom(...finite), fc.double({ min: Math.min(...finite) - 1, max: Math.max(...finite) + 1, noNaN: true }))
      : fc.double({ min: -10, max: 10, noNaN: true });
    return fc.tuple(fc.constant(f), level, fc.boolean());
  });
const fieldAndLevel = withLevel(field);

const at = (f: Field, col: number, row: number) => f.values[row * f.cols + col]!;
const valid = (v: number) => Number.isFinite(v);

/** Which corner (0 bl, 1 br, 2 tr, 3 tl) of quad (c, r) is its only invalid one, or -1. */
function onlyInvalidCorner(f: Field, c: number, r: number): number {
  const bad = [at(f, c, r), at(f, c + 1, r), at(f, c + 1, r + 1), at(f, c, r + 1)].map((v) => !valid(v));
  return bad.filter(Boolean).length === 1 ? bad.indexOf(true) : -1;
}

/**
 * The edges the tracer may put a vertex on near (x, y): the four sides of each quad whose closure
 * holds the point, and the diagonal of a corner triangle (a quad with a single invalid corner,
 * with corner_mask), which joins the two corners next to the invalid one. As node pairs [a, b].
 */
function candidateEdges(f: Field, x: number, y: number, cornerMask: boolean): [number, number, number, number][] {
  const edges: [number, number, number, number][] = [];
  const cs = [Math.floor(x) - 1, Math.floor(x)];
  const rs = [Math.floor(y) - 1, Math.floor(y)];
  for (const c of cs) {
    for (const r of rs) {
      if (c < 0 || r < 0 || c >= f.cols - 1 || r >= f.rows - 1) continue;
      edges.push([c, r, c + 1, r], [c, r + 1, c + 1, r + 1], [c, r, c, r + 1], [c + 1, r, c + 1, r + 1]);
      const invalid = cornerMask ? onlyInvalidCorner(f, c, r) : -1;
      if (invalid >= 0) edges.push(invalid % 2 === 0 ? [c + 1, r, c, r + 1] : [c, r, c + 1, r + 1]);
    }
  }
  return edges;
}

/**
 * How far the linear interpolation at vertex (x, y) is from the level, on the best edge between
 * two valid nodes that passes within 1e-12 cells of it (relative to `scale`); Infinity when the
 * vertex lies on no such edge.
 */
function levelError(f: Field, x: number, y: number, level: number, cornerMask: boolean): number {
  let best = Infinity;
  for (const [c0, r0, c1, r1] of candidateEdges(f, x, y, cornerMask)) {
    const [za, zb] = [at(f, c0, r0), at(f, c1, r1)];
    if (!valid(za) || !valid(zb)) continue;
    const [dx, dy] = [c1 - c0, r1 - r0];
    const t = ((x - c0) * dx + (y - r0) * dy) / (dx * dx + dy * dy);
    if (t < -1e-12 || t > 1 + 1e-12 || Math.hypot(c0 + t * dx - x, r0 + t * dy - y) > 1e-12) continue;
    best = Math.min(best, Math.abs(za + t * (zb - za) - level));
  }
  return best;
}

/** Whether (x, y) touches a quad with an invalid corner (a hole), or the grid frame. */
function onFrame(f: Field, x: number, y: number): boolean {
  return x === 0 || y === 0 || x === f.cols - 1 || y === f.rows - 1;
}

function nextToHole(f: Field, x: number, y: number): boolean {
  const cs = Number.isInteger(x) ? [x - 1, x] : [Math.floor(x)];
  const rs = Number.isInteger(y) ? [y - 1, y] : [Math.floor(y)];
  return cs.some((c) =>
    rs.some(
      (r) =>
        c >= 0 &&
        r >= 0 &&
        c < f.cols - 1 &&
        r < f.rows - 1 &&
        [at(f, c, r), at(f, c + 1, r), at(f, c, r + 1), at(f, c + 1, r + 1)].some((v) => !valid(v)),
    ),
  );
}

/** The largest finite |value| of a field. */
function magnitude(f: Field): number {
  let m = 0;
  for (const v of f.values) if (valid(v)) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * Whether the frame has nodes where the tracer's arithmetic can put a segment on it: two
 * neighbouring nodes both at the level, or a node within rounding of the level without being
 * exactly at it (a crossing 1e-324 cells from the frame is computed onto it). "Within rounding" is
 * 1e-9 of the field's magnitude.
 */
function frameTie(f: Field, level: number): boolean {
  const near = (v: number) => Math.abs(v - level) <= 1e-9 * Math.max(magnitude(f), Math.abs(level));
  const frame: [number, number][] = [];
  for (let c = 0; c < f.cols; c++) frame.push([c, 0]);
  for (let r = 1; r < f.rows; r++) frame.push([f.cols - 1, r]);
  for (let c = f.cols - 2; c >= 0; c--) frame.push([c, f.rows - 1]);
  for (let r = f.rows - 2; r >= 0; r--) frame.push([0, r]);
  return frame.some(([c, r], i) => {
    const [c2, r2] = frame[(i + 1) % frame.length]!;
    const v = at(f, c, r);
    return (near(v) && v !== level) || (near(v) && near(at(f, c2, r2)));
  });
}

function points(line: IsoLine): [number, number][] {
  return Array.from({ length: line.points.length / 2 }, (_, i) => [line.points[2 * i]!, line.points[2 * i + 1]!]);
}

function trace(f: Field, level: number, cornerMask: boolean): IsoLine[] {
  return traceIsolines(f.values, f.rows, f.cols, level, { cornerMask });
}

describe('traceIsolines (property)', () => {
  it('puts every vertex on a cell edge (or a corner triangle’s diagonal) where the linear interpolation equals the level', () => {
    fc.assert(
      fc.property(fieldAndLevel, ([f, level, cornerMask]) => {
        // Relative to the field's magnitude: a crossing rounded onto a node (t = 1 − 1e-189) lies at
        // that node, whose value then differs from the level by up to the edge's span times 1e-189.
        const tolerance = 1e-9 * Math.max(magnitude(f), Math.abs(level), 1e-300);
        for (const line of trace(f, level, cornerMask)) {
          for (const [x, y] of points(line)) {
            expect(levelError(f, x, y, level, cornerMask), `vertex (${x}, ${y}) of ${JSON.stringify(f)} at ${level}`).toBeLessThanOrEqual(
              tolerance,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ends open lines only on the grid frame or next to a hole', () => {
    fc.assert(
      fc.property(fieldAndLevel, ([f, level, cornerMask]) => {
        for (const line of trace(f, level, cornerMask)) {
          const pts = points(line);
          expect(pts.length).toBeGreaterThanOrEqual(line.closed ? 3 : 2);
          if (line.closed) continue;
          for (const [x, y] of [pts[0]!, pts.at(-1)!]) {
            expect(onFrame(f, x, y) || nextToHole(f, x, y), `open end (${x}, ${y})`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not repeat a closed line’s first point, nor any point, when no node is near the level', () => {
    // With a node at (or within rounding of) the level, distinct crossings share its coordinates, as in
    // matplotlib (see the example below); away from that every crossing is a point of its own.
    fc.assert(
      fc.property(withLevel(moderateField), ([f, level, cornerMask]) => {
        if (f.values.some((v) => Math.abs(v - level) <= 1e-9 * Math.max(magnitude(f), 1))) return;
        for (const line of trace(f, level, cornerMask)) {
          const pts = points(line);
          const pairs = pts.slice(1).map((q, i) => [pts[i]!, q] as const);
          if (line.closed) pairs.push([pts.at(-1)!, pts[0]!]);
          for (const [[x0, y0], [x1, y1]] of pairs) expect(x0 === x1 && y0 === y1, `repeated point (${x0}, ${y0})`).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never runs a segment along the grid frame (unless nodes on it lie at the level)', () => {
    fc.assert(
      fc.property(fieldAndLevel, ([f, level, cornerMask]) => {
        if (frameTie(f, level)) return;
        for (const line of trace(f, level, cornerMask)) {
          const pts = points(line);
          const segments = pts.slice(1).map((q, i) => [pts[i]!, q] as const);
          if (line.closed) segments.push([pts.at(-1)!, pts[0]!]);
          for (const [[x0, y0], [x1, y1]] of segments) {
            const alongBottomOrTop = y0 === y1 && (y0 === 0 || y0 === f.rows - 1) && x0 !== x1;
            const alongLeftOrRight = x0 === x1 && (x0 === 0 || x0 === f.cols - 1) && y0 !== y1;
            expect(
              alongBottomOrTop || alongLeftOrRight,
              `segment (${x0}, ${y0}) – (${x1}, ${y1}) in ${JSON.stringify(f)} at ${level}`,
            ).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('draws what matplotlib 3.6.3 draws for nodes exactly at the level (they count as below it)', () => {
    const lines = (values: number[][], level: number) =>
      traceIsolines(values.flat(), values.length, values[0]!.length, level).map((l) => ({
        closed: l.closed,
        points: Array.from(l.points),
      }));
    // Either direction (the tracer does not orient its lines).
    const unoriented = (points: number[]) => {
      const reversed = points.map((_, i) => points[points.length - 2 - i + 2 * (i % 2)]!);
      return JSON.stringify(points) < JSON.stringify(reversed) ? points : reversed;
    };
    // contour([[-3, -3], [-2, 2], [-3, -3]], levels=[-3]).allsegs: [[0, 0], [1, 0]] and [[1, 2], [0, 2]], along the frame.
    expect(
      lines(
        [
          [-3, -3],
          [-2, 2],
          [-3, -3],
        ],
        -3,
      ).map((l) => ({ ...l, points: unoriented(l.points) })),
    ).toEqual([
      { closed: false, points: unoriented([0, 0, 1, 0]) },
      { closed: false, points: unoriented([1, 2, 0, 2]) },
    ]);
    // A local minimum exactly at the level: matplotlib's loop has every point at the node (1, 1).
    const loop = lines(
      [
        [1, 1, 1],
        [1, -3, 1],
        [1, 1, 1],
      ],
      -3,
    );
    expect(loop).toHaveLength(1);
    expect(loop[0]!.closed).toBe(true);
    expect(loop[0]!.points).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('finds no line for a level outside the data, and only closed lines on a hole-free grid surrounded by lower values', () => {
    fc.assert(
      fc.property(field, fc.boolean(), (f, cornerMask) => {
        const finite = f.values.filter(valid);
        if (finite.length === 0) return;
        let [lo, hi] = [Infinity, -Infinity];
        for (const v of finite) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
        expect(trace(f, hi, cornerMask)).toEqual([]); // nodes at the level count as below it
        expect(trace(f, lo - 1, cornerMask)).toEqual([]);
        // A frame of lows around a hole-free field: every line closes.
        const rows = f.rows + 2;
        const cols = f.cols + 2;
        const framed = Array.from({ length: rows * cols }, (_, i) => {
          const [r, c] = [Math.floor(i / cols), i % cols];
          const v = r > 0 && c > 0 && r < rows - 1 && c < cols - 1 ? at(f, c - 1, r - 1) : lo - 1;
          return valid(v) ? v : lo;
        });
        const lines = traceIsolines(framed, rows, cols, (lo + hi) / 2, { cornerMask });
        expect(lines.every((l) => l.closed)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
