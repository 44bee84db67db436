import { invalidProp } from '../core/errors';
import type { FigureOptions } from '../core/figure/figureOptions';
import type { PictureOptions } from '../core/options';
import type { RendererChoice } from './heatmapLayer';
import type { SizeOptions } from './hostSize';

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
   * the chart's workers). 'auto' takes the CPU for small pictures, where a context would cost more
   * than the drawing, and wherever WebGL is a software rasteriser (SwiftShader, llvmpipe: CI, VMs,
   * remote desktops) or cannot be had or cannot draw the picture; WebGL on a GPU for the rest. The
   * host's `data-renderer` says which drew. Default 'auto'.
   */
  readonly renderer?: RendererChoice | undefined;
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
  for (const prop of ['width', 'height', 'pixelRatio'] as const) {
    const v = options[prop];
    if (v !== undefined && !isSize(v)) {
      throw invalidProp(prop, `must be a positive number, got ${String(v)}`);
    }
  }
}
