import { colorbarColors, colorbarPixels } from '../core/figure/colorbarColors';
import type { ResolvedFigure } from '../core/figure/figureOptions';
import { planFigure, viewFrame, type FigurePlan } from '../core/figure/planFigure';
import { kernelFor, type ResolvedPicture } from '../core/options';
import { buildScene, type SceneInput } from '../core/scene/buildScene';
import type { Scene } from '../core/scene/scene';
import { previewScene } from './viewPreview';
import type { HeatmapView } from '../gl/heatmapRenderer';
import type { ContextBudget } from './contextBudget';
import { createContourLayer } from './contourLayer';
import { createHeatmapLayer, type RendererChoice } from './heatmapLayer';
import type { Size } from './observe';
import type { DrawnFigure } from './pointer';
import { continueAfterSlices } from './slices';
import { createTextMeasure } from './textMeasure';
import { createWorkerGate } from '../worker/workerGate';
import { viewWindow, type View } from '../core/view/view';

/** What is on a chart's screen and what it was drawn from (exports at another scale draw it again, previews move it). */
export interface DrawnChart extends DrawnFigure {
  readonly scene: Scene<HTMLCanvasElement>;
  readonly input: SceneInput<HTMLCanvasElement>;
  readonly area: Size;
  /** The view it was drawn for; null: the extent. */
  readonly view: View | null;
}

export interface SceneRenderer {
  /** Starts tracing the picture's contours now (a trace of replaced data still running is cancelled). */
  prefetch(p: ResolvedPicture): void;
  /**
   * Plans the figure for the view (null: the extent), draws its layers at `pixelRatio` and builds
   * the scene; null when the work went stale (or the WebGL context was lost) meanwhile. `renderer` says who drew the heatmap;
   * `plan` is where the scene put everything (what reading values under the pointer needs).
   */
  render(
    p: ResolvedPicture,
    f: ResolvedFigure,
    area: Size,
    pixelRatio: number,
    choice: RendererChoice,
    view: View | null,
    stale: () => boolean,
  ): Promise<{ scene: Scene<HTMLCanvasElement>; input: SceneInput<HTMLCanvasElement>; renderer: 'cpu' | 'gpu' | null } | null>;
  /**
   * The scene drawn from `input` moved to another view, for the screen while that view waits to
   * be drawn: the figure planned for it (ticks follow), the contour lines laid out for it, and the
   * rasters stretched to where their data lands; null when that cannot be shown so (the view
   * flipped an axis).
   */
  preview(drawn: Pick<DrawnChart, 'scene' | 'input' | 'area'>, view: View): Scene<HTMLCanvasElement> | null;
  destroy(): void;
}

/**
 * One chart's scene renderer: it owns the heatmap layer (WebGL under the page's budget, or the
 * CPU and its workers), the contour layer (tracer and worker) and the text measure, and turns resolved options
 * into a scene for the screen or an export.
 */
export function createSceneRenderer(budget: ContextBudget, isVisible: () => boolean, onContextLost: () => void): SceneRenderer {
  // One gate for all the chart's workers: if one cannot start, none is tried again (one warning).
  const gate = createWorkerGate();
  const heatmapLayer = createHeatmapLayer(budget, gate, isVisible, onContextLost);
  const contourLayer = createContourLayer(gate);
  const measure = createTextMeasure();
  return {
    prefetch: (p) => contourLayer.prefetch(p),
    async render(p, f, area, pixelRatio, choice, view, stale) {
      const started = performance.now();
      const plan = planFigure(p, f, area.width, area.height, measure, view);
      const v = heatmapView(p, plan, pixelRatio);
      // Trace (or re-use) the contours first, so the band worker (filled contours) traces while the heatmap draws.
      const contours = contourLayer.draw(p, v.width, v.height, viewFrame(plan), stale);
      contours.catch(() => undefined); // handled below; this draw may end before it settles
      const heatmap = p.heatmap ? await heatmapLayer.draw(p, v, choice, stale) : null;
      if (p.heatmap && !heatmap) return null;
      const { lines, bands } = await contours;
      // Layers drawn in slices may end this task with a slice: the scene is then built and painted
      // (long contour paths, a big raster) in a task of its own, so the two never add up to a long task.
      await continueAfterSlices(started);
      if (stale()) return null;
      const input = {
        plan,
        figure: f,
        picture: p,
        lines,
        heatmap: heatmap?.raster ?? null,
        bands: bands && rasterOf(bands, v.width, v.height),
        colorbar: colorbarRaster(p, plan, pixelRatio),
        measure,
      };
      return { scene: buildScene(input), input, renderer: heatmap?.renderer ?? null };
    },
    preview({ scene, input, area }, view) {
      const plan = planFigure(input.picture, input.figure, area.width, area.height, measure, view);
      return previewScene(scene, input, plan);
    },
    destroy() {
      contourLayer.destroy();
      heatmapLayer.destroy();
    },
  };
}

/**
 * The heatmap's draw at the image box's device size, for the plan's view: the extent's own view
 * draws as it always has (no window), any other resamples the part of the grid it shows.
 */
function heatmapView(picture: ResolvedPicture, plan: FigurePlan, pixelRatio: number): HeatmapView {
  const width = Math.max(1, Math.round(plan.image.width * pixelRatio));
  const height = Math.max(1, Math.round(plan.image.height * pixelRatio));
  const window = viewWindow(picture, { x: plan.xView, y: plan.yView });
  return {
    window,
    kernel: kernelFor(picture, width, height, window),
    norm: picture.normShader,
    origin: picture.origin,
    stage: picture.interpolationStage,
    width,
    height,
  };
}

/** The colorbar's interior at its device size, when the figure has one. */
function colorbarRaster(p: ResolvedPicture, plan: FigurePlan, pixelRatio: number) {
  const bar = plan.colorbar;
  if (!bar) return null;
  const colors = colorbarColors(p, bar.source);
  const width = Math.max(1, Math.round(bar.interior.width * pixelRatio));
  const height = Math.max(1, Math.round(bar.interior.height * pixelRatio));
  return { raster: rasterOf(colorbarPixels(colors, bar.orientation, width, height), width, height), colors };
}

/** Painted band bytes as a canvas, so the scene's rasters are all of one kind. */
function rasterOf(pixels: Uint8ClampedArray<ArrayBuffer>, width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.putImageData(new ImageData(pixels, width, height), 0, 0);
  return canvas;
}
