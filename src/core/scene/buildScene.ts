import type { ContourPath } from '../contours/contourPaths';
import { layoutContours } from '../contours/contourPaths';
import type { IsoLine } from '../contours/isolines';
import { axesNodes } from '../figure/axesNodes';
import type { ColorbarColors } from '../figure/colorbarColors';
import { colorbarNodes } from '../figure/colorbarNodes';
import { labelContours } from '../figure/contourLabelNodes';
import { DEFAULT_FONT_FAMILY, type ResolvedFigure } from '../figure/figureOptions';
import { tickFont, viewFrame, type FigurePlan } from '../figure/planFigure';
import type { MeasureText } from '../figure/textMetrics';
import type { ResolvedPicture } from '../options';
import type { ImageNode, PathNode, Scene, TextNode, VectorNode } from './scene';

/** What one chart's figure is made of, once its layers are drawn at the plan's sizes. */
export interface SceneInput<Raster> {
  readonly plan: FigurePlan;
  readonly figure: ResolvedFigure;
  readonly picture: ResolvedPicture;
  /** The traced contour lines, one list per level of the picture (grid index space). */
  readonly lines: readonly (readonly IsoLine[])[];
  /** The filled-contour bands and the heatmap for the image box, or null when not drawn. */
  readonly bands: Raster | null;
  readonly heatmap: Raster | null;
  /** The colorbar's interior and its colours, when the figure has a colorbar. */
  readonly colorbar: { readonly raster: Raster; readonly colors: ColorbarColors } | null;
  readonly measure: MeasureText;
}

/**
 * The scene of one chart, in matplotlib's drawing order: the bands under the heatmap in the image
 * box, the contour lines and their labels over them (clipped to the axes), then the axes — ticks,
 * labels, texts, frame — and the colorbar.
 */
export function buildScene<Raster>(input: SceneInput<Raster>): Scene<Raster> {
  const { plan, figure, picture } = input;
  const image = plan.image;
  const frame = viewFrame(plan);
  const images: ImageNode<Raster>[] = [];
  if (input.bands) images.push({ kind: 'image', box: image, raster: input.bands, className: 'contour-heatmap-bands' });
  if (input.heatmap) images.push({ kind: 'image', box: image, raster: input.heatmap, className: 'contour-heatmap-image' });
  if (input.colorbar && plan.colorbar)
    images.push({ kind: 'image', box: plan.colorbar.interior, raster: input.colorbar.raster, className: 'contour-heatmap-colorbar-image' });

  let paths: readonly ContourPath[];
  let labels: readonly TextNode[] = [];
  if (figure.labels && picture.contours?.styles.length) {
    const family = figure.axes?.fontFamily ?? DEFAULT_FONT_FAMILY;
    ({ paths, labels } = labelContours(picture, input.lines, image.width, image.height, figure.labels, family, input.measure, frame));
  } else {
    paths = layoutContours(picture, input.lines, image.width, image.height, frame);
  }
  const vectors: VectorNode[] = [];
  if (paths.length || labels.length) {
    vectors.push({
      kind: 'group',
      x: image.left,
      y: image.top,
      clip: { width: image.width, height: image.height },
      className: 'contour-heatmap-lines',
      children: [...paths.map(contourNode), ...labels],
    });
  }
  const axes = figure.axes ? axesNodes(plan, figure.axes, input.measure) : [];
  const colorbar =
    figure.axes && figure.colorbar && plan.colorbar && input.colorbar
      ? colorbarNodes(plan.colorbar, input.colorbar.colors, figure.colorbar, tickFont(figure.axes), input.measure)
      : [];
  // matplotlib's axes have a white face of their own, whatever the figure's background.
  const fills = figure.axes ? [{ box: plan.axes, color: 'rgba(255,255,255,1)' }] : [];
  return { width: plan.width, height: plan.height, background: figure.background, fills, images, vectors: vectors.concat(axes, colorbar) };
}

function contourNode({ d, style }: ContourPath): PathNode {
  return {
    kind: 'path',
    d,
    stroke: { color: style.color, width: style.width, ...(style.dash ? { dash: style.dash } : {}), cap: 'butt', join: 'round' },
    data: { level: String(style.level) },
  };
}
