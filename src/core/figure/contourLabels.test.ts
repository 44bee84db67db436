import { describe, expect, it } from 'vitest';
import { loadClabelCases, type ClabelCase } from '../../../test-support/matplotlibFixtures';
import { blockCandidates, interp, rotationAndInline, type Point } from './contourLabelGeometry';
import { placeContourLabels, type ContourLabel, type ContourLabelResult } from './contourLabels';
import { cornersInside, cornersOverlap, rotatedCorners, type Corners } from './rotatedRect';

const cases = loadClabelCases();
const byName = (name: string): ClabelCase => cases.find((c) => c.name === name)!;

function place(c: ClabelCase, avoidOverlaps: boolean): ContourLabelResult {
  return placeContourLabels(c.levels, { axes: c.axes, avoidOverlaps, inlineSpacing: c.inlineSpacing, fontSize: c.fontSize });
}

function mplCorners(c: ClabelCase): Corners[] {
  return c.labels.map((l) =>
    rotatedCorners(l.x, l.y, c.levels[l.levelIndex]!.textWidth, c.levels[l.levelIndex]!.textHeight, l.rotationDeg),
  );
}

function overlappingPairs(corners: Corners[]): number {
  let n = 0;
  for (let i = 0; i < corners.length; i++) for (let j = i + 1; j < corners.length; j++) if (cornersOverlap(corners[i]!, corners[j]!)) n++;
  return n;
}

function maxLineError(ours: ContourLabelResult['lines'], theirs: ClabelCase['linesAfter']): number {
  expect(ours.map((ls) => ls.map((l) => l.points.length))).toEqual(theirs.map((ls) => ls.map((l) => l.points.length)));
  let worst = 0;
  ours.forEach((ls, i) =>
    ls.forEach((l, j) =>
      l.points.forEach(([x, y], k) => {
        const [mx, my] = theirs[i]![j]!.points[k]!;
        worst = Math.max(worst, Math.hypot(x - mx, y - my));
      }),
    ),
  );
  return worst;
}

describe('placeContourLabels, matplotlib mode (avoidOverlaps: false)', () => {
  it.each(cases.map((c) => c.name))("%s: labels, rotations and inlined paths are matplotlib's", (name) => {
    const c = byName(name);
    const r = place(c, false);
    expect(r.labels.length).toBe(c.labels.length);
    r.labels.forEach((l, i) => {
      const m = c.labels[i]!;
      expect(l.levelIndex).toBe(m.levelIndex);
      expect(Math.hypot(l.x - m.x, l.y - m.y)).toBeLessThan(1e-6);
      expect(Math.abs(l.rotationDeg - m.rotationDeg)).toBeLessThan(1e-6);
    });
    expect(maxLineError(r.lines, c.linesAfter)).toBeLessThan(1e-6);
  });

  it("the seed: 11 labels on 10 levels, all but 0.3 on their segment's middle vertex", () => {
    const c = byName('seed');
    const r = place(c, false);
    expect(r.labels.length).toBe(11);
    expect(new Set(r.labels.map((l) => l.levelIndex)).size).toBe(10);
    for (const l of r.labels) {
      const line = c.levels[l.levelIndex]!.lines[l.lineIndex]!.points;
      if (c.levels[l.levelIndex]!.text !== '0.3') expect([l.x, l.y]).toEqual(line[Math.floor(line.length / 2)]);
    }
  });
});

describe('placeContourLabels, avoiding overlaps (default)', () => {
  it.each(cases.map((c) => c.name))("%s: keeps matplotlib's labels that fit; none overlap or leave the axes", (name) => {
    const c = byName(name);
    const r = place(c, true);
    const theirs = mplCorners(c);
    let kept = 0;
    c.labels.forEach((m, i) => {
      const fits = cornersInside(theirs[i]!, c.axes) && theirs.every((o, j) => j === i || !cornersOverlap(o, theirs[i]!));
      if (!fits) return;
      const ours = r.labels.find((l) => l.levelIndex === m.levelIndex && Math.hypot(l.x - m.x, l.y - m.y) < 1);
      expect(ours, `${name} ${m.text} at (${m.x}, ${m.y})`).toBeDefined();
      expect(Math.abs(ours!.rotationDeg - m.rotationDeg)).toBeLessThan(1);
      kept++;
    });
    // In the #22367 cases every matplotlib label overlaps a neighbour; elsewhere two waves labels leave the axes.
    expect(kept).toBe({ seed: 11, smooth: 11, waves: 17, issue22367: 0, horizontal: 0 }[name]);
    expect(overlappingPairs(r.labels.map((l) => l.corners))).toBe(0);
    for (const l of r.labels) expect(cornersInside(l.corners, c.axes, 1e-6)).toBe(true);
  });

  it("where matplotlib's labels fit, the inlined paths are matplotlib's too", () => {
    for (const name of ['seed', 'smooth']) {
      const c = byName(name);
      expect(overlappingPairs(mplCorners(c))).toBe(0);
      expect(maxLineError(place(c, true).lines, c.linesAfter)).toBeLessThan(1e-6);
    }
  });

  it.each(['issue22367', 'horizontal'])('%s (matplotlib #22367): staggers the labels matplotlib stacks', (name) => {
    const c = byName(name);
    // matplotlib: one block per 20-vertex line, so every label sits on vertex 10, side by side.
    expect(overlappingPairs(mplCorners(c))).toBe(19);
    const r = place(c, true);
    expect(overlappingPairs(r.labels.map((l) => l.corners))).toBe(0);
    for (const l of r.labels) expect(cornersInside(l.corners, c.axes, 1e-6)).toBe(true);
    // Every level is labelled unless its lines are too near the axes' edge for any label to fit.
    const labelled = new Set(r.labels.map((l) => l.levelIndex));
    c.levels.forEach((lev, i) => {
      if (lev.lines.length === 0 || labelled.has(i)) return;
      const vertical = name === 'issue22367';
      const coord = lev.lines[0]!.points[0]![vertical ? 0 : 1];
      const [lo, hi] = vertical ? [c.axes.left, c.axes.left + c.axes.width] : [c.axes.top, c.axes.top + c.axes.height];
      expect(Math.min(coord - lo, hi - coord), `level ${lev.text}`).toBeLessThan(lev.textHeight / 2);
    });
    expect(labelled.size).toBe(18);
    // The gap around each label runs w/2 + 5 px either way along its straight line.
    for (const l of r.labels) {
      const pieces = r.lines[l.levelIndex]!;
      const along = (p: Point): number => (name === 'issue22367' ? p[1] - l.y : p[0] - l.x);
      const ends = pieces.flatMap((p) => [p.points[0]!, p.points[p.points.length - 1]!]).map(along);
      const gap = l.width / 2 + 5;
      expect(Math.min(...ends.map((e) => Math.abs(Math.abs(e) - gap)))).toBeLessThan(1e-6);
      for (const p of pieces) for (const q of p.points) expect(Math.abs(along(q))).toBeGreaterThanOrEqual(gap - 1e-6);
    }
  });

  it('never overlaps or leaves the axes on random tangles of lines', () => {
    let seed = 12345;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const axes = { left: 50, top: 40, width: 400, height: 300 };
    for (let trial = 0; trial < 20; trial++) {
      const levels = Array.from({ length: 8 }, (_, li) => ({
        level: li,
        textWidth: 20 + 15 * rand(),
        lines: Array.from({ length: 3 }, () => {
          const cx = 50 + 400 * rand();
          const cy = 40 + 300 * rand();
          const r = 20 + 120 * rand();
          const closed = rand() < 0.5;
          const n = 10 + Math.floor(40 * rand());
          const points: Point[] = Array.from({ length: n }, (_, k) => {
            const t = ((closed ? 2 : 1.2) * Math.PI * k) / n;
            return [cx + r * Math.cos(t), cy + 0.6 * r * Math.sin(t)];
          });
          return { points, closed };
        }),
      }));
      const r = placeContourLabels(levels, { axes });
      expect(overlappingPairs(r.labels.map((l: ContourLabel) => l.corners))).toBe(0);
      for (const l of r.labels) expect(cornersInside(l.corners, axes, 1e-6)).toBe(true);
    }
  });
});

describe('clabel geometry', () => {
  it('interp behaves as numpy.interp', () => {
    const xp = [0, 1, 1, 3];
    const fp = [0, 10, 20, 40];
    const f = (i: number): number => fp[i]!;
    expect(interp(-1, xp, f)).toBe(0);
    expect(interp(-1, xp, f, -1, -1)).toBe(-1);
    expect(interp(0.5, xp, f)).toBe(5);
    expect(interp(1, xp, f)).toBe(20); // the last of equal xp
    expect(interp(2, xp, f)).toBe(30);
    expect(interp(3, xp, f)).toBe(40);
    expect(interp(4, xp, f, -1, -1)).toBe(-1);
  });

  it('keeps text upright: a line drawn right to left or downwards reads left to right', () => {
    const leftwards: Point[] = Array.from({ length: 11 }, (_, i) => [100 - 10 * i, 50]);
    expect(rotationAndInline(leftwards, 5, 20, 5, false).rotationDeg).toBeCloseTo(0, 12);
    const down: Point[] = Array.from({ length: 11 }, (_, i) => [50, 10 * i]);
    expect(rotationAndInline(down, 5, 20, 5, false).rotationDeg).toBeCloseTo(-90, 12);
    // Rising to the right on screen (y decreasing) is a positive, counter-clockwise angle.
    const rising: Point[] = Array.from({ length: 11 }, (_, i) => [10 * i, 100 - 10 * i]);
    expect(rotationAndInline(rising, 5, 20, 5, false).rotationDeg).toBeCloseTo(45, 12);
  });

  it('cuts a closed loop into one open piece, and drops a loop shorter than half the label plus the spacing', () => {
    const loop: Point[] = Array.from({ length: 41 }, (_, i) => [
      100 + 50 * Math.cos((2 * Math.PI * i) / 40),
      100 + 50 * Math.sin((2 * Math.PI * i) / 40),
    ]);
    const { pieces } = rotationAndInline(loop, 10, 30, 5, true);
    expect(pieces!.length).toBe(1);
    const piece = pieces![0]!;
    expect(Math.hypot(piece[0]![0] - piece[piece.length - 1]![0], piece[0]![1] - piece[piece.length - 1]![1])).toBeGreaterThan(30);
    // Perimeter 12.2 < 30 / 2 + 5: the cut's ends fall off the path and the loop goes.
    const tiny: Point[] = Array.from({ length: 9 }, (_, i) => [2 * Math.cos((2 * Math.PI * i) / 8), 2 * Math.sin((2 * Math.PI * i) / 8)]);
    expect(rotationAndInline(tiny, 2, 30, 5, true).pieces).toEqual([]);
    // matplotlib's quirk, kept: a loop between w/2 + spacing and w + 2·spacing long leaves a
    // two-point piece from the cut's far end back to its near end.
    const small = tiny.map(([x, y]): Point => [x * 2.5, y * 2.5]);
    expect(rotationAndInline(small, 2, 30, 5, true).pieces!.map((p) => p.length)).toEqual([2]);
  });

  it("orders blocks straightest first and takes each block's middle vertex", () => {
    // 30 vertices, w = 10.5: three blocks of 10; the middle block is straight, the others bent.
    const pts: Point[] = Array.from({ length: 30 }, (_, i) => [i * 10, i < 10 || i >= 20 ? 30 * Math.sin(i) : 0]);
    expect(blockCandidates(pts, 10.5)[0]).toBe(15);
    // One block when ceil(n / w) = 1: the middle vertex.
    expect(blockCandidates(pts.slice(0, 9), 10)).toEqual([4]);
  });
});
