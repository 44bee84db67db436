import { invalidProp } from '../core/errors';
import type { FigureOptions } from '../core/figure/figureOptions';
import type { PictureOptions } from '../core/options';
import type { RendererChoice } from './heatmapLayer';

/** Everything a chart is given: the picture, the figure around it, and its layout. */
export interface ChartOptions extends PictureOptions, FigureOptions {
  /** The figure's width in CSS px (matplotlib's figure at dpi 100); omitted → the host element's width, followed as it changes. */
  readonly width?: number;
  /** Height in CSS px; omitted → the host element's height, followed as it changes. */
  readonly height?: number;
  /** Device pixels per CSS pixel for drawing and export; default `window.devicePixelRatio`. */
  readonly pixelRatio?: number;
  /**
   * 'gpu' draws with WebGL, 'cpu' with the CPU (same picture, no WebGL context). 'auto' (default)
   * takes the CPU for small pictures, where a context would cost more than the drawing, WebGL
   * for the rest, and the CPU whenever no WebGL context can be had.
   */
  readonly renderer?: RendererChoice;
}

/** Checks the options that are the chart's, not the picture's; throws naming the prop. */
export function validateLayout(options: ChartOptions): void {
  if (options.renderer !== undefined && !['auto', 'gpu', 'cpu'].includes(options.renderer)) {
    throw invalidProp('renderer', `expected 'auto', 'gpu' or 'cpu', got ${JSON.stringify(options.renderer)}`);
  }
  for (const prop of ['width', 'height', 'pixelRatio'] as const) {
    const v = options[prop];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw invalidProp(prop, `must be a positive number, got ${String(v)}`);
    }
  }
}
