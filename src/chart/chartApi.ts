import type { ImageType } from '../export/exportScene';
import type { ChartOptions } from './chartOptions';
import type { ContextBudget } from './contextBudget';
import type { PickInfo } from '../core/interaction/pick';
import type { PointerSettings } from './pointer';
import type { View } from '../core/view/view';

export interface ContourHeatmapChart {
  /** Applies new options. Invalid options show an error in the chart (and reject exports) instead of throwing. */
  update(options: ChartOptions): void;
  /** Resolves once the options of the latest update are fully drawn; rejects if they are invalid. */
  whenReady(): Promise<void>;
  /**
   * The whole figure (the scene on screen) as a data URL, once the latest options are drawn. With
   * `scale`, it is drawn again at scale × the pixel ratio — the image layer resampled at that size,
   * vectors and text crisp — instead of upscaling the screen's pixels.
   */
  toDataURL(type?: ImageType, quality?: number, options?: ExportOptions): Promise<string>;
  /** The base64 payload of {@link toDataURL}, without the `data:…;base64,` prefix. */
  toBase64(type?: ImageType, quality?: number, options?: ExportOptions): Promise<string>;
  /** The whole figure as a standalone SVG document: vector axes, text, lines and labels, the raster layers embedded as PNG. */
  toSVG(): Promise<string>;
  /**
   * What lies under the point (x, y), CSS px from the host's top-left (padding) corner, once the
   * latest options are drawn: the value drawn at that pixel and the cell under it; null outside
   * the image. Rejects as exports do (invalid options, a destroyed chart).
   */
  pick(x: number, y: number): Promise<PickInfo | null>;
  /**
   * Shows the readout (and a crosshair) at a data point as if the pointer were there — its own
   * value at that point — or hides it (null). Linked charts show each other's hover this way.
   */
  showHover(point: { readonly x: number; readonly y: number } | null): void;
  /** The error the latest options produced, if any. */
  readonly error: Error | null;
  /** Frees the WebGL context, the worker and all DOM the chart added. Safe to call more than once. */
  destroy(): void;
}

export interface ExportOptions {
  /** Draw the export at this multiple of the chart's pixel ratio (1 to 16). Default 1: the screen's pixels. */
  readonly scale?: number | undefined;
}

export interface ChartSettings extends PointerSettings {
  /** The budget of live WebGL contexts this chart draws under. Default: the page's. */
  readonly budget?: ContextBudget | undefined;
  /**
   * Called once with every error the chart finds, whenever it finds it: invalid options at update,
   * and problems found while drawing (a big grid validated in slices, a GPU limit, a failed worker).
   */
  readonly onError?: ((error: Error) => void) | undefined;
  /**
   * Asked each time an error is shown: false shows no error box (the page shows the error its own
   * way); the error still reaches onError, sets `data-error` and rejects exports. Default: a box.
   */
  readonly errorBox?: ((error: Error) => boolean) | undefined;
  /** Called with the view each user zoom, pan or reset asks for (see `ChartOptions.view`). */
  readonly onViewChange?: ((view: View) => void) | undefined;
}
