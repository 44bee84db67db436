import { describe, expect, it } from 'vitest';
import { contours as d3Contours } from 'd3-contour';
import {
  CASE_NAMES,
  caseGrid,
  contourCaseNames,
  directedHausdorff,
  hausdorff,
  loadCase,
  loadContourCase,
} from '../../../test-support/matplotlibFixtures';
import { atIndex, resolveNodes } from '../grid/coords';
import { exactValues, toGrid } from '../grid/grid';
import { resolveLevels } from './levels';
import { traceIsolines, type IsoLine } from './isolines';

const pairs = (line: IsoLine): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i < line.points.length; i += 2) out.push([line.points[i]!, line.points[i + 1]!]);
  return line.closed ? [...out, out[0]!] : out;
};

describe('traceIsolines', () => {
  it('traces a closed loop around a single peak, crossing each edge by linear interpolation', () => {
    const lines = traceIsolines([0, 0, 0, 0, 4, 0, 0, 0, 0], 3, 3, 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.closed).toBe(true);
    const points = pairs(lines[0]!)
      .slice(0, -1)
      .map(([x, y]) => `${x},${y}`)
      .sort();
    expect(points).toEqual(['0.25,1', '1,0.25', '1,1.75', '1.75,1']);
  });

  it('leaves a line open where it reaches the grid frame and never runs along the frame', () => {
    // A ramp rising to the right: the level-1.5 line is one vertical open line at x = 1.5.
    const lines = traceIsolines([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3], 3, 4, 1.5);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.closed).toBe(false);
    expect(
      pairs(lines[0]!)
        .map(([x, y]) => [x, y])
        .sort((a, b) => a[1]! - b[1]!),
    ).toEqual([
      [1.5, 0],
      [1.5, 1],
      [1.5, 2],
    ]);
  });

  it('stops at quads with a NaN corner instead of drawing around the hole (cornerMask: false)', () => {
    const v = [0, 1, 2, 3, 4, 0, 1, NaN, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4];
    const lines = traceIsolines(v, 4, 5, 1.5, { cornerMask: false });
    // The x = 1.5 line survives only in the quad row that does not touch the NaN at (row 1, col 2).
    expect(lines).toHaveLength(1);
    expect(lines[0]!.closed).toBe(false);
    expect(pairs(lines[0]!).sort((a, b) => a[1] - b[1])).toEqual([
      [1.5, 2],
      [1.5, 3],
    ]);
  });

  it('keeps the valid triangle of a quad with one NaN corner and ends the line on its diagonal (cornerMask)', () => {
    const v = [0, 1, 2, 3, 4, 0, 1, NaN, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3, 4];
    const lines = traceIsolines(v, 4, 5, 1.5).map(pairs);
    // Row 0 of quads: the quad right of x = 1 has its top-right corner (row 1, col 2) masked; its
    // triangle bl-br-tl keeps the crossing on the bottom edge and cuts the diagonal br-tl at
    // (1.5, 0.5). Quad row 1 likewise ends on the diagonal of the quad whose bottom-right is masked.
    expect(lines.map((l) => l.sort((a, b) => a[1] - b[1]))).toEqual([
      [
        [1.5, 0],
        [1.5, 0.5],
      ],
      [
        [1.5, 1.5],
        [1.5, 2],
        [1.5, 3],
      ],
    ]);
  });

  it('resolves saddles by the mean of the quad corners, as mpl2014 does', () => {
    const segments = (v: number[], level: number) =>
      traceIsolines(v, 2, 2, level)
        .map((l) =>
          pairs(l)
            .map((p) => p.map((n) => +n.toFixed(6)).join(','))
            .sort(),
        )
        .sort();
    // bl = 2 and tr = 3 above level 1, mean 1.25 above too: the above corners join, cutting off br and tl.
    expect(segments([2, 0, 0, 3], 1)).toEqual([
      ['0,0.5', '0.333333,1'],
      ['0.5,0', '1,0.333333'],
    ]);
    // bl = 2 and tr = 1.5 above level 1.1, mean 0.875 below: the above corners are cut off each on its own.
    expect(segments([2, 0, 0, 1.5], 1.1)).toEqual([
      ['0,0.45', '0.45,0'],
      ['0.733333,1', '1,0.733333'],
    ]);
  });

  it('agrees with d3-contour: every isoline vertex lies on the boundary of d3’s filled band', () => {
    const c = loadCase('seed');
    const grid = toGrid(caseGrid(c));
    const values = Array.from(exactValues(grid));
    for (const level of c.levels.slice(1, -1)) {
      const ours = traceIsolines(values, grid.rows, grid.cols, level).map(pairs);
      // d3 puts node (col, row) at (col + 0.5, row + 0.5) and includes the frame in its rings.
      const rings = d3Contours()
        .size([grid.cols, grid.rows])
        .contour(values, level)
        .coordinates.flat()
        .map((ring) => ring.map(([x, y]) => [x! - 0.5, y! - 0.5] as [number, number]));
      expect(directedHausdorff(ours, rings)).toBeLessThan(1e-9);
    }
  });

  it.each(CASE_NAMES)('matches matplotlib’s contour lines for the %s fixture within 0.02 cells (Hausdorff)', (name) => {
    const c = loadCase(name);
    const grid = toGrid(caseGrid(c));
    const values = exactValues(grid);
    const levels = resolveLevels(c.levelsArg, grid.min, grid.max);
    const origin = c.origin;
    const extent = c.extent ?? [-0.5, c.cols - 0.5, origin === 'upper' ? c.rows - 0.5 : -0.5, origin === 'upper' ? -0.5 : c.rows - 0.5];
    const xNodes = resolveNodes(c.xyExplicit ? c.x : undefined, c.cols, 'x', extent, origin);
    const yNodes = resolveNodes(c.xyExplicit ? c.y : undefined, c.rows, 'y', extent, origin);
    Array.from(xNodes).forEach((x, i) => expect(x).toBeCloseTo(c.x[i]!, 12));
    Array.from(yNodes).forEach((y, i) => expect(y).toBeCloseTo(c.y[i]!, 12));
    const cellX = Math.abs(c.x[1]! - c.x[0]!);
    const cellY = Math.abs(c.y[1]! - c.y[0]!);
    const worst: number[] = [];
    levels.forEach((level, k) => {
      // Closed means "ends where it starts": matplotlib marks some loops open although their ends
      // agree to an ulp, and both emit a zero-length line where a node lies exactly on the level.
      const withClosure = (points: [number, number][]) => {
        const [first, last] = [points[0]!, points[points.length - 1]!];
        return { points, closed: Math.hypot(first[0] - last[0], first[1] - last[1]) < 1e-9 };
      };
      const ours = traceIsolines(values, grid.rows, grid.cols, level, { cornerMask: c.cornerMask }).map((line) =>
        withClosure(pairs(line).map(([i, j]) => [atIndex(xNodes, i) / cellX, atIndex(yNodes, j) / cellY] as [number, number])),
      );
      const theirs = c.contours[k]!.lines.map((l) => withClosure(l.points.map(([x, y]) => [x / cellX, y / cellY] as [number, number])));
      const shape = (lines: { points: unknown[]; closed: boolean }[]) =>
        lines.map((l) => `${l.points.length}${l.closed ? 'c' : 'o'}`).sort();
      expect(shape(ours)).toEqual(shape(theirs));
      const d = hausdorff(
        ours.map((l) => l.points),
        theirs.map((l) => l.points),
      );
      worst.push(d);
      expect(d).toBeLessThan(0.02);
    });
    console.info(`${name}: worst Hausdorff distance ${Math.max(...worst).toExponential(2)} cells over ${levels.length} levels`);
  });

  it.each(contourCaseNames())(
    'matches matplotlib’s lines with masked points for %s: same lines per level, Hausdorff ≤ 0.02 cells',
    (name) => {
      const c = loadContourCase(name);
      const values = c.z.flat().map((v) => (v === null ? NaN : v));
      const cell = [c.x[1]! - c.x[0]!, c.y[1]! - c.y[0]!] as const;
      const closure = (points: [number, number][]) => {
        const [first, last] = [points[0]!, points[points.length - 1]!];
        return Math.hypot(first[0] - last[0], first[1] - last[1]) < 1e-9 ? 'c' : 'o';
      };
      const shape = (lines: [number, number][][]) => lines.map((l) => `${l.length}${closure(l)}`).sort();
      let worst = 0;
      c.levels.forEach((level, k) => {
        const ours = traceIsolines(values, c.rows, c.cols, level, { cornerMask: c.cornerMask }).map(pairs);
        // matplotlib's points, in grid index units (x / y are uniform here).
        const theirs = c.contours[k]!.lines.map((l) =>
          l.points.map(([x, y]) => [(x - c.x[0]!) / cell[0], (y - c.y[0]!) / cell[1]] as [number, number]),
        );
        expect(shape(ours), `level ${level}`).toEqual(shape(theirs));
        const d = hausdorff(ours, theirs);
        worst = Math.max(worst, d === Infinity ? 0 : d);
        if (ours.length > 0) expect(d, `level ${level}`).toBeLessThanOrEqual(0.02);
      });
      console.info(`${name}: worst Hausdorff distance ${worst.toExponential(2)} cells over ${c.levels.length} levels`);
    },
  );

  it('reproduces the corner-mask vertex counts of the reference (seed with Z[7, 7] = NaN)', () => {
    const count = (name: string, cornerMask: boolean, level: number) => {
      const c = loadContourCase(name);
      const values = c.z.flat().map((v) => (v === null ? NaN : v));
      return traceIsolines(values, c.rows, c.cols, c.levels[level]!, { cornerMask }).map((l) => pairs(l).length);
    };
    // levels[9] = 0.9, levels[10] = 1.2, levels[8] = 0.6
    expect([count('nan-point-corner', true, 9), count('nan-point-corner', true, 10)]).toEqual([[12], [9]]);
    expect([8, 9, 10].map((k) => count('nan-point-nocorner', false, k))).toEqual([[16], [10], [7]]);
  });
});
