/**
 * Rectangles in figure pixels and the two Bbox operations matplotlib's layout code is built
 * from (transforms.py `shrunk_to_aspect`, `anchored`), rewritten for a y-down origin.
 *
 * Everything in the figure modules is in CSS px at matplotlib's dpi 100 (1 pt = 100/72 px),
 * figure origin top-left, y down. matplotlib works in figure fractions with y up; converting a
 * box is `left = x0·W`, `top = H − y1·H`, which is exact enough (< 1e-9 px) that the fixtures
 * compare at 0.5 px only to leave room for nothing but rounding.
 */

/** An axis-aligned rectangle: top-left corner and size, in px. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A closed polygon's corners, [x, y] in px (not repeating the first). */
export type Polygon = readonly (readonly [number, number])[];

/** CSS px per typographic point at matplotlib's dpi 100. */
export const PX_PER_PT = 100 / 72;

export function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, width, height };
}

export function boxRight(b: Box): number {
  return b.left + b.width;
}

export function boxBottom(b: Box): number {
  return b.top + b.height;
}

/**
 * An anchor as matplotlib gives it: (cx, cy) with 0 = left / bottom and 1 = right / top
 * (so cy is measured upwards, as in matplotlib, even though our boxes are y-down).
 */
export type Anchor = readonly [number, number];

/**
 * `Bbox.shrunk_to_aspect(box_aspect, container)`: the largest box with height / width =
 * `boxAspect` that fits the container, with the container's size. In px the figure-aspect
 * factor matplotlib threads through cancels, so this is the plain rule.
 */
export function shrunkToAspect(container: Box, boxAspect: number): { width: number; height: number } {
  if (!(boxAspect > 0)) throw new RangeError(`box aspect must be positive, got ${boxAspect}`);
  const h = container.width * boxAspect;
  return h <= container.height ? { width: container.width, height: h } : { width: container.height / boxAspect, height: container.height };
}

/**
 * `Bbox.anchored(c, container)`: a box of the given size placed inside the container so that the
 * leftover space splits cx : 1 − cx horizontally and cy : 1 − cy vertically (cy upwards: 0 puts
 * it at the container's bottom).
 */
export function anchored(size: { width: number; height: number }, anchor: Anchor, container: Box): Box {
  const left = container.left + anchor[0] * (container.width - size.width);
  // matplotlib's y0 = b + cy·(h − H) counts from the bottom; the top in y-down px follows.
  const bottom = boxBottom(container) - anchor[1] * (container.height - size.height);
  return { left, top: bottom - size.height, width: size.width, height: size.height };
}

/** Boxes that share no interior (touching edges do not count), with a tolerance. */
export function boxesOverlap(a: Box, b: Box, eps = 1e-9): boolean {
  return a.left < boxRight(b) - eps && b.left < boxRight(a) - eps && a.top < boxBottom(b) - eps && b.top < boxBottom(a) - eps;
}

/** Whether `inner` lies within `outer`, with a tolerance. */
export function boxContains(outer: Box, inner: Box, eps = 1e-9): boolean {
  return (
    inner.left >= outer.left - eps &&
    inner.top >= outer.top - eps &&
    boxRight(inner) <= boxRight(outer) + eps &&
    boxBottom(inner) <= boxBottom(outer) + eps
  );
}
