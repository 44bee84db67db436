/**
 * A label's footprint: its unrotated text box (w × h) turned about its centre, which is where
 * a centre-aligned, rotated matplotlib Text sits. Used to keep contour labels apart and inside
 * the axes.
 */
import { boxBottom, boxRight, type Box } from './layoutBox';

export type Corners = readonly (readonly [number, number])[];

/**
 * The four corners of a w × h box centred at (x, y), rotated by `rotationDeg` counter-clockwise
 * on screen (matplotlib's sense; with y down that is a negative angle in screen terms).
 */
export function rotatedCorners(x: number, y: number, w: number, h: number, rotationDeg: number): Corners {
  const r = (rotationDeg * Math.PI) / 180;
  // Unit vectors along the text (u) and across it (v), in y-down px.
  const ux = Math.cos(r);
  const uy = -Math.sin(r);
  const vx = -uy;
  const vy = ux;
  const corners: [number, number][] = [];
  for (const [su, sv] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const) {
    corners.push([x + (su * w * ux) / 2 + (sv * h * vx) / 2, y + (su * w * uy) / 2 + (sv * h * vy) / 2]);
  }
  return corners;
}

/** Separating-axis test for two convex quadrilaterals; touching (within eps) is not overlapping. */
export function cornersOverlap(a: Corners, b: Corners, eps = 1e-9): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i]!;
      const [x1, y1] = poly[(i + 1) % poly.length]!;
      const nx = y0 - y1;
      const ny = x1 - x0;
      const [aMin, aMax] = project(a, nx, ny);
      const [bMin, bMax] = project(b, nx, ny);
      const scale = Math.hypot(nx, ny) || 1;
      if (aMax - bMin <= eps * scale || bMax - aMin <= eps * scale) return false;
    }
  }
  return true;
}

function project(poly: Corners, nx: number, ny: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const [x, y] of poly) {
    const d = x * nx + y * ny;
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  }
  return [lo, hi];
}

/** Whether every corner lies inside the box (within eps). */
export function cornersInside(c: Corners, box: Box, eps = 1e-9): boolean {
  return c.every(([x, y]) => x >= box.left - eps && x <= boxRight(box) + eps && y >= box.top - eps && y <= boxBottom(box) + eps);
}
