import { invalidProp } from '../core/errors';
import type { FigureOptions } from '../core/figure/figureOptions';
import type { PictureOptions } from '../core/options';
import type { RendererChoice } from './heatmapLayer';
import type { SizeOptions } from './hostSize';
import { resolveView, type View } from '../core/view/view';

/** Everything a chart is given: the picture, the figure around it, and its layout. */
export interface ChartOptions extends PictureOptions, FigureOptions {
  /** The figure's width in CSS px (matplotlib's figure at dpi 100). Default: the host element's width, followed as it changes. */
  readonly width?: number | undefined;
  /** The figure's height in CSS px. Default: the host element's height, followed as it changes. */
  readonly height?: number | undefined;
  /** Device pixels per CSS pixel for drawing and export. Default `window.devicePixelRatio` (1 in Node). */
  readonly pixelRatio?: number | undefined;
  /**
   * 'gpu' draws with WebGL, 'cpu' with the CPU (same picture, no WebGL context; big pictures in
   * the chart's workers with 4 or more logical cores, else on the main thread in slices). 'auto' takes the CPU for small pictures, where a context would cost more
   * than the drawing, and wherever WebGL is a software rasteriser (SwiftShader, llvmpipe: CI, VMs,
   * remote desktops) or cannot be had or cannot draw the picture; WebGL on a GPU for the rest. The
   * host's `data-renderer` says which drew. Default 'auto'.
   */
  readonly renderer?: RendererChoice | undefined;
  /**
   * What the axes show, in data coordinates: `{ x: [x0, x1], y: [y0, y1] }`, as matplotlib's
   * `set_xlim(x0, x1)` and `set_ylim(y0, y1)`; a reversed pair inverts the axis. The image is
   * resampled for the view at full resolution, the contours and ticks follow, the export shows it.
   * Given, it controls the view: gestures report the view they ask for (onViewChange) and the
   * chart shows it once `view` says so. Default: the view the user's gestures left, else
   * `defaultView`, else the extent.
   */
  readonly view?: View | undefined;
  /** The view to start from when `view` is not given (the user's gestures then move it). Default: the extent. */
  readonly defaultView?: View | undefined;
  /**
   * Whether the user can move the view: wheel or pinch zooms about the pointer, dragging pans,
   * double click resets to the extent; when the chart has focus, + and − zoom, arrow keys move a
   * cursor cell by cell and 0 resets. Default true.
   */
  readonly interactive?: boolean | undefined;
  /**
   * The chart's accessible name (the host's `aria-label`), which screen readers say for it.
   * Default: the host's own aria-label when the page set one, else a summary of what is drawn,
   * such as "heatmap, 15 × 15 cells, values −1.8 to 1.5, 10 contour levels" (with the view when
   * zoomed).
   */
  readonly ariaLabel?: string | undefined;
}

const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** The options' width and height where they are valid: the chart keeps its given size whatever else is wrong. */
export function validSize(options: ChartOptions): SizeOptions {
  return { width: isSize(options.width) ? options.width : undefined, height: isSize(options.height) ? options.height : undefined };
}

/** Checks the options that are the chart's, not the picture's; throws naming the prop. */
export function validateLayout(options: ChartOptions): void {
  if (options.renderer !== undefined && !['auto', 'gpu', 'cpu'].includes(options.renderer)) {
    throw invalidProp('renderer', `expected 'auto', 'gpu' or 'cpu', got ${JSON.stringify(options.renderer)}`);
  }
  for (const prop of ['view', 'defaultView'] as const) {
    if (options[prop] !== undefined) resolveView(prop, options[prop]);
  }
  if (options.interactive !== undefined && typeof options.interactive !== 'boolean') {
    throw invalidProp('interactive', `expected true or false, got ${JSON.stringify(options.interactive)}`);
  }
  if (options.ariaLabel !== undefined && typeof options.ariaLabel !== 'string') {
    throw invalidProp('ariaLabel', `expected a string, got ${JSON.stringify(options.ariaLabel)}`);
  }
  for (const prop of ['width', 'height', 'pixelRatio'] as const) {
    const v = options[prop];
    if (v !== undefined && !isSize(v)) {
      throw invalidProp(prop, `must be a positive number, got ${String(v)}`);
    }
  }
}
