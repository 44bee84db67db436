import { singleInvalidCorner } from '../contours/isolines';

// Sides of a quad, anticlockwise: side k runs from corner k to corner k + 1, corners 0 bl, 1 br, 2 tr, 3 tl.
const BOTTOM = 1;
const RIGHT = 2;
const TOP = 4;
const LEFT = 8;
export const ALL_SIDES = BOTTOM | RIGHT | TOP | LEFT;

/** The cells of one grid, worked out once for every band traced over it. */
export interface CellShapes {
  /** Per quad: which sides belong to its cell (all four, the two of a corner triangle, or none). */
  readonly sides: Uint8Array;
  /** Per quad: which of its sides the cell across also has (band pieces on them cancel). */
  readonly shared: Uint8Array;
  /** Per quad: the invalid corner of a corner triangle, or -1. */
  readonly invalidCorner: Int8Array;
}

/** Which quads are whole cells, which are corner triangles (with `cornerMask`) and which sides neighbours share. */
export function cellShapes(values: ArrayLike<number>, rows: number, cols: number, cornerMask: boolean): CellShapes {
  const quads = (rows - 1) * (cols - 1);
  const sides = new Uint8Array(quads);
  const invalidCorner = new Int8Array(quads).fill(-1);
  for (let r = 0, q = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++, q++) {
      const p = r * cols + c;
      const bl = values[p]!;
      const br = values[p + 1]!;
      const tr = values[p + cols + 1]!;
      const tl = values[p + cols]!;
      const sum = bl + br + tr + tl;
      if (sum - sum === 0) sides[q] = ALL_SIDES;
      else if (cornerMask) {
        const m = singleInvalidCorner(bl, br, tr, tl);
        if (m >= 0) {
          invalidCorner[q] = m;
          // The triangle keeps the two sides away from the invalid corner: sides m + 1 and m + 2.
          sides[q] = (1 << ((m + 1) % 4)) | (1 << ((m + 2) % 4));
        }
      }
    }
  }
  const shared = new Uint8Array(quads);
  const across = (q: number, side: number) => (sides[q]! & side) !== 0;
  for (let r = 0, q = 0; r < rows - 1; r++) {
    for (let c = 0; c < cols - 1; c++, q++) {
      shared[q] =
        sides[q]! &
        ((r > 0 && across(q - (cols - 1), TOP) ? BOTTOM : 0) |
          (c < cols - 2 && across(q + 1, LEFT) ? RIGHT : 0) |
          (r < rows - 2 && across(q + (cols - 1), BOTTOM) ? TOP : 0) |
          (c > 0 && across(q - 1, RIGHT) ? LEFT : 0));
    }
  }
  return { sides, shared, invalidCorner };
}
