import { windowPoint, type ResampleTarget } from './reference';

/**
 * The output pixels that show the grid: columns [left, right) and rows [top, bottom), counted
 * from the top left. A window's sample points move linearly across the output, so the pixels whose
 * sample point lies on the grid ([0, cols) × [0, rows), unquantised) form one box; the rest of the
 * axes lies outside the image's extent, where matplotlib draws nothing (transparent).
 */
export interface Coverage {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Which pixels of the target show the grid: all of them unless the target has a window. */
export function coverage(rows: number, cols: number, target: ResampleTarget): Coverage {
  const { window, width, height } = target;
  if (!window) return { left: 0, right: width, top: 0, bottom: height };
  const [left, right] = onGrid(width, cols, (px) => windowPoint(px, 0, window, target)[0]);
  const [top, bottom] = onGrid(height, rows, (py) => windowPoint(0, py, window, target)[1]);
  // A pixel shows the grid only if both its column and its row do.
  return left < right && top < bottom ? { left, right, top, bottom } : { left: 0, right: 0, top: 0, bottom: 0 };
}

/** The output positions [first, end) of `size` whose sample point lies in [0, n). */
function onGrid(size: number, n: number, at: (i: number) => number): [number, number] {
  let [first, end] = [size, 0];
  for (let i = 0; i < size; i++) {
    const s = at(i);
    if (s >= 0 && s < n) [first, end] = [Math.min(first, i), i + 1];
  }
  return first < end ? [first, end] : [0, 0];
}

export function covers(c: Coverage, px: number, py: number): boolean {
  return px >= c.left && px < c.right && py >= c.top && py < c.bottom;
}

/**
 * Makes the pixels of straight RGBA bytes that `c` does not cover transparent (all four bytes 0).
 * `pixels` holds rows [top, top + pixels.length / 4 / width) of the output.
 */
export function clearUncoveredPixels(pixels: Uint8ClampedArray, width: number, c: Coverage, top: number): void {
  const rows = pixels.length / 4 / width;
  for (let y = 0; y < rows; y++) {
    const py = top + y;
    const rowStart = y * width * 4;
    if (py < c.top || py >= c.bottom) {
      pixels.fill(0, rowStart, rowStart + width * 4);
      continue;
    }
    pixels.fill(0, rowStart, rowStart + c.left * 4);
    pixels.fill(0, rowStart + c.right * 4, rowStart + width * 4);
  }
}
