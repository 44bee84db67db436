import { invalidProp } from '../errors';

/**
 * The largest canvas side browsers draw (Chromium and Firefox: 32767 px; Safari's area limit is
 * smaller still) and the most device pixels a picture may have: 2^26 px is 256 MiB of RGBA, held
 * several times over (layers, screen, export) — past that a page runs out of memory instead.
 */
export const MAX_CANVAS_SIDE = 32767;
export const MAX_DEVICE_PIXELS = 2 ** 26;

/**
 * Checks that a figure of width × height CSS px at `pixelRatio` can be drawn whole and has at least
 * one device pixel; throws naming the props to change otherwise (never a partial or empty picture
 * marked ready).
 */
export function checkDeviceSize(width: number, height: number, pixelRatio: number): void {
  const w = Math.round(width * pixelRatio);
  const h = Math.round(height * pixelRatio);
  if (w < 1 || h < 1) {
    throw invalidProp(
      w < 1 ? 'width' : 'height',
      `the figure would be ${w} × ${h} device px (width × height × pixelRatio), nothing to draw; make width, height or pixelRatio larger`,
    );
  }
  if (w > MAX_CANVAS_SIDE || h > MAX_CANVAS_SIDE || w * h > MAX_DEVICE_PIXELS) {
    throw invalidProp(
      'width',
      `the figure would be ${w} × ${h} device px (width × height × pixelRatio), beyond what a browser can draw ` +
        `(at most ${MAX_CANVAS_SIDE} px a side and ${MAX_DEVICE_PIXELS} px in all); make width, height or pixelRatio smaller`,
    );
  }
}
