/**
 * Where else a label could go on a line, for a level that matplotlib's block rule left without
 * one: positions every few px along the path, and how bent the path is under a label there.
 */
import { interp, type Point } from './contourLabelGeometry';

/** Arc lengths to try for a label: every h/4 px, keeping an open line's label on the line. */
export function arcPositions(pl: Float64Array, w: number, h: number, closed: boolean): number[] {
  const length = pl[pl.length - 1]!;
  const step = Math.max(0.5, h / 4);
  const [from, to] = closed ? [0, length - 1e-9] : length >= w ? [w / 2, length - w / 2] : [length / 2, length / 2];
  const out: number[] = [];
  for (let s = from; s <= to + 1e-9; s += step) out.push(Math.min(s, to));
  return out;
}

/** How far the path within ±w/2 of arc length s strays from its chord (max, px; 9 samples). */
export function bend(points: readonly Point[], pl: Float64Array, s: number, w: number, closed: boolean): number {
  const length = pl[pl.length - 1]!;
  const at = (t: number): Point => {
    const u = closed ? ((t % length) + length) % length : t;
    return [interp(u, pl, (i) => points[i]![0]), interp(u, pl, (i) => points[i]![1])];
  };
  const samples = Array.from({ length: 9 }, (_, k) => at(s - w / 2 + (k * w) / 8));
  const [ax, ay] = samples[0]!;
  const [bx, by] = samples[8]!;
  const chord = Math.hypot(bx - ax, by - ay) || 1;
  let worst = 0;
  for (const [x, y] of samples) worst = Math.max(worst, Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / chord);
  return worst;
}
