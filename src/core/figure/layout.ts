/**
 * Where matplotlib 3.6.3 puts a default subplot and the colorbar of `fig.colorbar(im, ax=ax)`,
 * plus a constrained-layout variant (layoutConstrained.ts).
 *
 * `fig.colorbar(..., ax=ax)` has `use_gridspec=True`, so a subplot parent goes through
 * `make_axes_gridspec` (colorbar.py:1470-1576): the parent's cell is split into the parent, a
 * pad and a slot for the colorbar, and the colorbar is fitted into the slot
 * (colorbarGeometry.ts). Checked against fixtures/matplotlib/figure/layout.json
 * (figure_layout.py): every box within 1e-9 px.
 */
import { COLORBAR_LOCATIONS, colorbarGeometry, colorbarLocation } from './colorbarGeometry';
import type { ColorbarGeometry, ColorbarLocation, ColorbarOrientation, ColorbarShapeOptions } from './colorbarGeometry';
import { anchored, shrunkToAspect, type Box } from './layoutBox';

export { constrainedLayout, axesDecorations } from './layoutConstrained';
export type {
  AxesDecorations,
  ColorbarDecorations,
  ConstrainedColorbarOptions,
  ConstrainedLayout,
  ConstrainedLayoutOptions,
  DecorationSizes,
} from './layoutConstrained';
export { colorbarGeometry, colorbarLocation, COLORBAR_LOCATIONS } from './colorbarGeometry';
export type { ColorbarExtend, ColorbarGeometry, ColorbarLocation, ColorbarOrientation, ColorbarShapeOptions } from './colorbarGeometry';
export type { Box, Polygon } from './layoutBox';

/** matplotlib's rc figure.subplot.{left, right, bottom, top} (matplotlibrc:568-571). */
const SUBPLOT = Object.freeze({ left: 0.125, right: 0.9, bottom: 0.11, top: 0.88 });

/** The default subplot's axes box, `fig.add_subplot()` without a colorbar. */
export function subplotBox(figureWidth: number, figureHeight: number): Box {
  return {
    left: SUBPLOT.left * figureWidth,
    top: (1 - SUBPLOT.top) * figureHeight,
    width: (SUBPLOT.right - SUBPLOT.left) * figureWidth,
    height: (SUBPLOT.top - SUBPLOT.bottom) * figureHeight,
  };
}

export interface ColorbarLayoutOptions extends ColorbarShapeOptions {
  /** 'vertical' (default, = location 'right') or 'horizontal' (= location 'bottom'). */
  readonly orientation?: ColorbarOrientation;
  /** matplotlib's `location`; overrides `orientation`. */
  readonly location?: ColorbarLocation;
  /** Share of the parent's width (height when horizontal) given to the colorbar's slot. Default .15. */
  readonly fraction?: number;
  /** Gap as a share of the parent's width (height). Default .05 right / top, .10 left, .15 bottom. */
  readonly pad?: number;
  /** Share of the parent's length the slot keeps along the colorbar's long axis. Default 1. */
  readonly shrink?: number;
  /**
   * height / width of the parent's box when its aspect is fixed (imshow's aspect 'equal': the
   * data y span / x span); null or omitted for aspect 'auto'. The box then shrinks to that
   * aspect and moves to `panchor` within its cell, as apply_aspect does.
   */
  readonly axesBoxAspect?: number | null;
  /** The parent's box before the split. Default: the figure's default subplot box. */
  readonly parent?: Box;
}

export interface ColorbarLayout extends ColorbarGeometry {
  /** The parent axes after the split (and apply_aspect, with `axesBoxAspect`). */
  readonly axes: Box;
  /** The slot the colorbar was fitted into. */
  readonly slot: Box;
}

/**
 * `fig.colorbar(im, ax=ax, **options)` on a subplot: the shrunken parent and the colorbar.
 * The 1×2 (2×1) gridspec with wspace 2·pad/(1 − pad) nets out to: parent (1 − fraction − pad)·W,
 * gap pad·W, slot fraction·W (heights when horizontal), and a 3×1 (1×3) sub-gridspec cuts the
 * slot to `shrink` of the length, splitting the rest by the anchor.
 */
export function colorbarLayout(figureWidth: number, figureHeight: number, options: ColorbarLayoutOptions = {}): ColorbarLayout {
  const location = colorbarLocation(options);
  const settings = COLORBAR_LOCATIONS[location];
  const { left, top, width: w, height: h } = options.parent ?? subplotBox(figureWidth, figureHeight);
  const fraction = options.fraction ?? 0.15;
  const pad = options.pad ?? settings.pad;
  const shrink = options.shrink ?? 1;
  let main: Box;
  let slot: Box;
  if (settings.orientation === 'vertical') {
    const first = location === 'left'; // the slot is the gridspec's first column
    main = { left: first ? left + (fraction + pad) * w : left, top, width: (1 - fraction - pad) * w, height: h };
    // Rows of the sub-gridspec, top first: (1 − ay)(1 − shrink), shrink, ay(1 − shrink).
    const slotTop = top + (1 - settings.anchor[1]) * (1 - shrink) * h;
    slot = { left: first ? left : left + (1 - fraction) * w, top: slotTop, width: fraction * w, height: shrink * h };
  } else {
    const first = location === 'top';
    main = { left, top: first ? top + (fraction + pad) * h : top, width: w, height: (1 - fraction - pad) * h };
    const slotLeft = left + settings.anchor[0] * (1 - shrink) * w;
    slot = { left: slotLeft, top: first ? top : top + (1 - fraction) * h, width: shrink * w, height: fraction * h };
  }
  const axes = options.axesBoxAspect ? anchored(shrunkToAspect(main, options.axesBoxAspect), settings.panchor, main) : main;
  return { axes, slot, ...colorbarGeometry(slot, settings.orientation, settings.anchor, options) };
}
