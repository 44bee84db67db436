import { colorbarColors, colorbarPixels } from '../core/figure/colorbarColors';
import type { ResolvedFigure } from '../core/figure/figureOptions';
import { planFigure, type FigurePlan } from '../core/figure/planFigure';
import { kernelFor, type ResolvedPicture } from '../core/options';
import { buildScene } from '../core/scene/buildScene';
import type { Scene } from '../core/scene/scene';
import type { HeatmapView } from '../gl/heatmapRenderer';
import type { ContextBudget } from './contextBudget';
import { createContourLayer } from './contourLayer';
import { createHeatmapLayer, type RendererChoice } from './heatmapLayer';
import type { Size } from './observe';
import { createTextMeasure } from './textMeasure';
import { createWorkerGate } from '../worker/workerGate';

export interface SceneRenderer {
  /** Starts tracing the picture's contours now (a trace of replaced data still running is cancelled). */
  prefetch(p: ResolvedPicture): void;
  /**
   * Plans the figure, draws its layers at `pixelRatio` and builds the scene; null when the work
   * went stale (or the WebGL context was lost) meanwhile. `renderer` says who drew the heatmap;
   * `plan` is where the scene put everything (what reading values under the pointer needs).
   */
  render(
    p: ResolvedPicture,
    f: ResolvedFigure,
    area: Size,
    pixelRatio: number,
    choice: RendererChoice,
    stale: () => boolean,
  ): Promise<{ scene: Scene<HTMLCanvasElement>; plan: FigurePlan; renderer: 'cpu' | 'gpu' | null } | null>;
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
    async render(p, f, area, pixelRatio, choice, stale) {
      const plan = planFigure(p, f, area.width, area.height, measure);
      const v = heatmapView(p, plan, pixelRatio);
      // Trace (or re-use) the contours first, so a worker traces while the GPU draws.
      const contours = contourLayer.draw(p, v.width, v.height, stale);
      contours.catch(() => undefined); // handled below; this draw may end before it settles
      const heatmap = p.heatmap ? await heatmapLayer.draw(p, v, choice, stale) : null;
      if (p.heatmap && !heatmap) return null;
      const { lines, bands } = await contours;
      if (stale()) return null;
      const scene = buildScene({
        plan,
        figure: f,
        picture: p,
        lines,
        heatmap: heatmap?.raster ?? null,
        bands: bands && rasterOf(bands, v.width, v.height),
        colorbar: colorbarRaster(p, plan, pixelRatio),
        measure,
      });
      return { scene, plan, renderer: heatmap?.renderer ?? null };
    },
    destroy() {
      contourLayer.destroy();
      heatmapLayer.destroy();
    },
  };
}

/** The heatmap's draw at the image box's device size. */
function heatmapView(picture: ResolvedPicture, plan: FigurePlan, pixelRatio: number): HeatmapView {
  const width = Math.max(1, Math.round(plan.image.width * pixelRatio));
  const height = Math.max(1, Math.round(plan.image.height * pixelRatio));
  return {
    kernel: kernelFor(picture, width, height),
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
