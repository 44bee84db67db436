// One chart drawn in Node: the browser's draw (chart/createContourHeatmap.ts drawPicture) without
// a DOM. Everything it uses is made by the call and dropped with it, so calls are independent.
import { loadColormapsFor } from '../core/colormapSource';
import { colorbarColors, colorbarPixels } from '../core/figure/colorbarColors';
import { resolveFigure } from '../core/figure/figureOptions';
import { planFigure, viewFrame, type FigurePlan } from '../core/figure/planFigure';
import { viewWindow } from '../core/view/view';
import { bandRequest, pictureBandColors } from '../core/filled/filledLayer';
import { invalidProp } from '../core/errors';
import { checkDeviceSize } from '../core/figure/deviceSize';
import { exactValues } from '../core/grid/grid';
import { kernelFor, resolvePicture, type ResolvedPicture } from '../core/options';
import { buildScene } from '../core/scene/buildScene';
import type { Scene } from '../core/scene/scene';
import { validateLayout, type ChartOptions } from '../chart/chartOptions';
import { heatmapPixelsOnCpu } from '../cpu/cpuRenderer';
import { paintGeometry, traceContours, type ContourGeometry } from '../worker/contourJobs';
import { createNodeTextMeasure, loadCanvas, rasterOf, type NapiCanvas, type NodeRaster } from './nodeCanvas';

/** A chart's scene in Node, its rasters canvases of @napi-rs/canvas, and the ratio they were made at. */
export interface NodeScene {
  readonly scene: Scene<NodeRaster>;
  /** Device px per CSS px: the props' pixelRatio (default 1) × the render's scale. */
  readonly pixelRatio: number;
  readonly canvas: NapiCanvas;
}

/** Checks what Node needs beyond the browser's layout checks (`scale` is checked by the caller); throws naming the prop. */
export function validateNodeLayout(props: ChartOptions, scale: number): { width: number; height: number; pixelRatio: number } {
  if (props === null || typeof props !== 'object') throw invalidProp('props', 'expected an object');
  validateLayout(props);
  const { width, height } = props;
  // In a browser they default to the host element's size; Node has no element to ask.
  if (width === undefined) throw invalidProp('width', 'is required in Node (there is no element to take it from)');
  if (height === undefined) throw invalidProp('height', 'is required in Node (there is no element to take it from)');
  const pixelRatio = (props.pixelRatio ?? 1) * scale;
  // The browser's limits (Node's canvas has its own, and memory is no more plentiful on a server).
  checkDeviceSize(width, height, pixelRatio);
  return { width, height, pixelRatio };
}

/**
 * Resolves the props and draws the chart's layers as the browser does with `renderer: 'cpu'`: the
 * heatmap by the CPU renderer's pixel function, the contours by the worker's pure functions, the
 * colorbar from the core, text measured with Skia. `renderer` is validated but not used: Node has
 * no WebGL, and the CPU draws the same pixels as WebGL.
 */
export async function renderScene(props: ChartOptions, scale = 1): Promise<NodeScene> {
  const { width, height, pixelRatio } = validateNodeLayout(props, scale);
  // Colormap names resolve from what this call loads: the bundled default, or every colormap.
  const picture = resolvePicture(props, undefined, await loadColormapsFor(props));
  const figure = resolveFigure(props);
  const canvas = await loadCanvas();
  const measure = createNodeTextMeasure(canvas);
  // No gestures in Node: the view is the one the props give.
  const plan = planFigure(picture, figure, width, height, measure, props.view ?? props.defaultView ?? null);
  const w = Math.max(1, Math.round(plan.image.width * pixelRatio));
  const h = Math.max(1, Math.round(plan.image.height * pixelRatio));
  const window = viewWindow(picture, { x: plan.xView, y: plan.yView });
  const heatmap = picture.heatmap
    ? rasterOf(canvas, heatmapPixelsOnCpu(picture, kernelFor(picture, w, h, window), w, h, window), w, h)
    : null;
  const { lines, bands } = contoursOf(picture);
  const placement = { contours: picture.contours, extent: viewFrame(plan) };
  const painted = picture.contours?.fill ? paintGeometry(placement, bands, pictureBandColors(picture), w, h) : null;
  const scene = buildScene({
    plan,
    figure,
    picture,
    lines,
    heatmap,
    bands: painted && rasterOf(canvas, painted, w, h),
    colorbar: colorbarRaster(canvas, picture, plan, pixelRatio),
    measure,
  });
  return { scene, pixelRatio, canvas };
}

/** The picture's isolines and bands, traced from the user's values in full precision (as contourLayer asks its tracer). */
function contoursOf(p: ResolvedPicture): ContourGeometry {
  const levels = p.contours?.styles.map((s) => s.level) ?? [];
  const lines = levels.length ? { levels, cornerMask: p.contours?.cornerMask ?? true } : null;
  const bands = bandRequest(p);
  if (!lines && !bands) return { lines: [], bands: [] };
  return traceContours(exactValues(p.grid), p.grid.rows, p.grid.cols, { lines, bands });
}

/** The colorbar's interior at its device size, when the figure has one. */
function colorbarRaster(canvas: NapiCanvas, p: ResolvedPicture, plan: FigurePlan, pixelRatio: number) {
  const bar = plan.colorbar;
  if (!bar) return null;
  const colors = colorbarColors(p, bar.source);
  const width = Math.max(1, Math.round(bar.interior.width * pixelRatio));
  const height = Math.max(1, Math.round(bar.interior.height * pixelRatio));
  return { raster: rasterOf(canvas, colorbarPixels(colors, bar.orientation, width, height), width, height), colors };
}
