import type { PathMove } from './movedPaths';
/**
 * The scene: a plain, immutable description of everything one chart draws, in CSS px with the
 * origin at the figure's top-left corner and y down. Painters turn it into pixels or elements (the
 * SVG/DOM painter on screen, the Canvas 2-D painter for exports and Node); since they all read the
 * same scene, the screen and the export cannot disagree about what is drawn.
 *
 * The raster layers are drawn first, then the vector nodes, each list in order (later on top):
 * the screen keeps the rasters in one canvas under an SVG, which matches matplotlib's z-order
 * (images at 0, every line, patch and text at 1 or above).
 */
export interface Scene<Raster = unknown> {
  /** The figure's size in CSS px. */
  readonly width: number;
  readonly height: number;
  /** Figure background (a CSS colour) or null for transparent. */
  readonly background: string | null;
  /** Solid boxes over the background and under the rasters: the axes' face (white, as matplotlib's). */
  readonly fills: readonly { readonly box: Box; readonly color: string }[];
  readonly images: readonly ImageNode<Raster>[];
  readonly vectors: readonly VectorNode[];
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Tags a painter that makes elements puts on them (class, `data-*`); pixel painters ignore them. */
export interface Tags {
  readonly className?: string;
  readonly data?: Readonly<Record<string, string>>;
}

export type VectorNode = PathNode | LineNode | TextNode | GroupNode;

/**
 * A raster layer (the heatmap, the filled contours) covering `box`. Its pixels were made for one
 * device-pixel ratio: `raster` is round(box.width × ratio) × round(box.height × ratio) pixels,
 * which painters place on whole device pixels without resampling.
 */
export interface ImageNode<Raster = unknown> extends Tags {
  readonly kind: 'image';
  readonly box: Box;
  readonly raster: Raster;
  /**
   * Set on a raster made for another box (the screen's preview while a new view waits to be
   * drawn): painters stretch it to `box` and show only what lies within `clip`.
   */
  readonly clip?: Box;
}

export interface Stroke {
  readonly color: string;
  /** CSS px. */
  readonly width: number;
  /** Dash pattern in CSS px; none for a solid line. */
  readonly dash?: readonly number[];
  readonly cap: 'butt' | 'round' | 'square';
  readonly join: 'miter' | 'round' | 'bevel';
  /** Snap a straight line to the device pixel grid as Agg does (spines, ticks): crisp, not smeared over two pixels. */
  readonly snap?: boolean;
}

/** A path in SVG path syntax (M, L, Z): Canvas 2-D's Path2D takes the same string. */
export interface PathNode extends Tags {
  readonly kind: 'path';
  readonly d: string;
  readonly stroke?: Stroke;
  readonly fill?: string;
}

/** A straight line (tick marks): SVG keeps it a <line>, which pages and tests can find as such. */
export interface LineNode extends Tags {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly stroke: Stroke;
}

/** A superscript's font size and baseline rise, as fractions of its text's font size. */
export const SUPERSCRIPT_SCALE = 0.7;
export const SUPERSCRIPT_RISE = 0.5;

/**
 * A line of text. Alignment is resolved here, not left to the painter: (x, y) is the start,
 * middle or end of the text's baseline, before `rotation` (degrees, counter-clockwise as
 * matplotlib's) is applied about that point. `superscript` is drawn after `text`, raised and
 * smaller (log tick labels: "10" + "−2").
 */
export interface TextNode extends Tags {
  readonly kind: 'text';
  readonly text: string;
  readonly superscript?: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly rotation: number;
  readonly font: Font;
  readonly color: string;
}

export interface Font {
  /** CSS px. */
  readonly size: number;
  readonly family: string;
}

/** Children drawn translated by (x, y) and, with `clip`, clipped to that box (in the group's coordinates). */
export interface GroupNode extends Tags {
  readonly kind: 'group';
  readonly x: number;
  readonly y: number;
  readonly clip?: { readonly width: number; readonly height: number };
  /**
   * Set on lines laid out for another view (the screen's preview while a new view waits to be
   * drawn): the points of the group's paths are moved so (their strokes keep their widths).
   */
  readonly moved?: PathMove;
  readonly children: readonly VectorNode[];
}
