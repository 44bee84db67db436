/**
 * A colorbar fitted into the slot its layout gave it, as matplotlib 3.6.3 does at draw time:
 * `set_box_aspect(aspect)` and the anchor from make_axes(_gridspec), then `_ColorbarAxesLocator`
 * (colorbar.py:147-185) shrinking it for the extend triangles, which are drawn outside the
 * colorbar axes (colorbar.py `_do_extends`, 627-700). Shared by the plain and the constrained layout.
 */
import { anchored, boxBottom, boxRight, shrunkToAspect, type Anchor, type Box, type Polygon } from './layoutBox';

export type ColorbarLocation = 'left' | 'right' | 'top' | 'bottom';
export type ColorbarOrientation = 'vertical' | 'horizontal';
export type ColorbarExtend = 'neither' | 'min' | 'max' | 'both';

export interface ColorbarShapeOptions {
  /** Long side / short side of the colorbar, extends included. Default 20. */
  readonly aspect?: number;
  /** Default 'neither'. */
  readonly extend?: ColorbarExtend;
  /**
   * Triangle length as a share of the interior length: one for both ends, or [lower, upper].
   * Default .05. (matplotlib's 'auto', one colour band, needs the boundaries: pass that share.)
   */
  readonly extendfrac?: number | readonly [number, number];
}

/** The colorbar's own boxes, wherever its slot is. */
export interface ColorbarGeometry {
  readonly orientation: ColorbarOrientation;
  /** The colorbar including its extend triangles (the outline's extent). */
  readonly colorbar: Box;
  /** The coloured part, without triangles: matplotlib's `cbar.ax.get_position()`. */
  readonly interior: Box;
  /** Extend triangles, the lower (vmin) end first: bottom when vertical, left when horizontal. */
  readonly triangles: readonly Polygon[];
  readonly extendLower: boolean;
  readonly extendUpper: boolean;
}

export interface LocationSettings {
  readonly orientation: ColorbarOrientation;
  /** Where the bar sits in its slot (x, y with y upwards, as matplotlib's anchors). */
  readonly anchor: Anchor;
  /** Where a fixed-aspect parent sits in its cell. */
  readonly panchor: Anchor;
  /** Default pad without constrained layout. */
  readonly pad: number;
}

/** `_normalize_location_orientation` (colorbar.py:1346-1369). */
export const COLORBAR_LOCATIONS: Readonly<Record<ColorbarLocation, LocationSettings>> = Object.freeze({
  left: settings('vertical', [1, 0.5], [0, 0.5], 0.1),
  right: settings('vertical', [0, 0.5], [1, 0.5], 0.05),
  top: settings('horizontal', [0.5, 0], [0.5, 1], 0.05),
  bottom: settings('horizontal', [0.5, 1], [0.5, 0], 0.15),
});

function settings(orientation: ColorbarOrientation, anchor: [number, number], panchor: [number, number], pad: number): LocationSettings {
  return Object.freeze({ orientation, anchor: Object.freeze(anchor), panchor: Object.freeze(panchor), pad });
}

/** matplotlib's `location`, or the one its `orientation` implies ('vertical' → right, 'horizontal' → bottom). */
export function colorbarLocation(options: {
  readonly orientation?: ColorbarOrientation;
  readonly location?: ColorbarLocation;
}): ColorbarLocation {
  return options.location ?? (options.orientation === 'horizontal' ? 'bottom' : 'right');
}

/**
 * The colorbar in its slot. The locator shrinks the slot along the long axis to
 * 1 / (1 + lo + hi), shifted by lo so the triangles fill the rest, and sets the box aspect to
 * aspect / (1 + lo + hi), so the bar with its triangles keeps `aspect`; apply_aspect then takes
 * the largest box of that aspect in the shrunken slot, placed at the anchor.
 */
export function colorbarGeometry(
  slot: Box,
  orientation: ColorbarOrientation,
  anchor: Anchor,
  options: ColorbarShapeOptions = {},
): ColorbarGeometry {
  const extend = options.extend ?? 'neither';
  const frac = options.extendfrac ?? 0.05;
  const [fracLo, fracHi] = typeof frac === 'number' ? [frac, frac] : frac;
  const extendLower = extend === 'both' || extend === 'min';
  const extendUpper = extend === 'both' || extend === 'max';
  const lo = extendLower ? fracLo : 0;
  const hi = extendUpper ? fracHi : 0;
  const total = 1 + lo + hi;
  const aspect = options.aspect ?? 20;
  let interior: Box;
  if (orientation === 'vertical') {
    // pos.shrunk(1, 1/total).translated(0, lo/total · slot height): its bottom rises by the lower triangle.
    const height = slot.height / total;
    const pos = { left: slot.left, top: boxBottom(slot) - (lo / total) * slot.height - height, width: slot.width, height };
    interior = anchored(shrunkToAspect(pos, aspect / total), anchor, pos);
  } else {
    const width = slot.width / total;
    const pos = { left: slot.left + (lo / total) * slot.width, top: slot.top, width, height: slot.height };
    interior = anchored(shrunkToAspect(pos, total / aspect), anchor, pos);
  }
  return { orientation, interior, extendLower, extendUpper, ...extendShapes(interior, orientation, lo, hi) };
}

/** The outline's extent and the triangles: `_do_extends`' axes-coordinate shapes in px. */
function extendShapes(interior: Box, orientation: ColorbarOrientation, lo: number, hi: number): { colorbar: Box; triangles: Polygon[] } {
  const { left: l, top: t, width: w, height: h } = interior;
  const r = boxRight(interior);
  const b = boxBottom(interior);
  const triangles: Polygon[] = [];
  if (orientation === 'vertical') {
    // Apexes at (.5, −lo) and (.5, 1 + hi) in axes coordinates; y grows downwards here.
    if (lo > 0)
      triangles.push([
        [l, b],
        [l + w / 2, b + lo * h],
        [r, b],
      ]);
    if (hi > 0)
      triangles.push([
        [l, t],
        [l + w / 2, t - hi * h],
        [r, t],
      ]);
    return { colorbar: { left: l, top: t - hi * h, width: w, height: h * (1 + lo + hi) }, triangles };
  }
  if (lo > 0)
    triangles.push([
      [l, b],
      [l - lo * w, t + h / 2],
      [l, t],
    ]);
  if (hi > 0)
    triangles.push([
      [r, b],
      [r + hi * w, t + h / 2],
      [r, t],
    ]);
  return { colorbar: { left: l - lo * w, top: t, width: w * (1 + lo + hi), height: h }, triangles };
}
