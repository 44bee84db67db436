import type { ContourPath } from '../core/contours/contourPaths';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';
export const IMAGE_TYPES: readonly ImageType[] = Object.freeze(['image/png', 'image/jpeg', 'image/webp']);

/**
 * Composites the heatmap and its contour lines into one encoded image. Must run in the same task
 * as the WebGL draw that filled `heatmap`: without preserveDrawingBuffer the browser may clear the
 * WebGL buffer once the task ends. PNG and WebP keep transparency (matplotlib's "bad" colour is
 * transparent); JPEG has no alpha, so it gets a white background as a saved matplotlib figure does.
 */
export function compositeToDataURL(
  heatmap: HTMLCanvasElement,
  paths: readonly ContourPath[],
  pixelRatio: number,
  type: ImageType,
  quality: number | undefined,
): string {
  const canvas = document.createElement('canvas');
  canvas.width = heatmap.width;
  canvas.height = heatmap.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('contour-heatmap: export needs a 2D canvas context, and the browser gave none');
  if (type === 'image/jpeg') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(heatmap, 0, 0);
  ctx.scale(pixelRatio, pixelRatio);
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  for (const { d, style } of paths) {
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.width;
    ctx.setLineDash(style.dash ?? []);
    ctx.stroke(new Path2D(d));
  }
  return canvas.toDataURL(type, quality);
}
