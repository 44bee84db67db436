import type { ContourPath } from '../contours/contourPaths';
import type { Box, ImageNode, PathNode, Scene, VectorNode } from './scene';

/** What one chart's picture is made of, once its layers are drawn and its lines laid out. */
export interface SceneInput<Raster> {
  /** The figure's size in CSS px. */
  readonly width: number;
  readonly height: number;
  /** The filled-contour bands and the heatmap as rasters for the plot box, or null when not drawn. */
  readonly bands: Raster | null;
  readonly heatmap: Raster | null;
  /** Contour lines in the plot box's CSS px (see layoutContours). */
  readonly contourPaths: readonly ContourPath[];
}

/**
 * The scene of one chart: the bands under the heatmap, both filling the plot box, and the contour
 * lines over them, clipped to it.
 */
export function buildScene<Raster>(input: SceneInput<Raster>): Scene<Raster> {
  const plot: Box = { left: 0, top: 0, width: input.width, height: input.height };
  const images: ImageNode<Raster>[] = [];
  if (input.bands) images.push({ kind: 'image', box: plot, raster: input.bands, className: 'contour-heatmap-bands' });
  if (input.heatmap) images.push({ kind: 'image', box: plot, raster: input.heatmap, className: 'contour-heatmap-image' });
  const vectors: VectorNode[] = [];
  if (input.contourPaths.length) {
    vectors.push({
      kind: 'group',
      x: plot.left,
      y: plot.top,
      clip: { width: plot.width, height: plot.height },
      className: 'contour-heatmap-lines',
      children: input.contourPaths.map(contourNode),
    });
  }
  return { width: input.width, height: input.height, background: null, images, vectors };
}

function contourNode({ d, style }: ContourPath): PathNode {
  return {
    kind: 'path',
    d,
    stroke: { color: style.color, width: style.width, ...(style.dash ? { dash: style.dash } : {}), cap: 'butt', join: 'round' },
    data: { level: String(style.level) },
  };
}
