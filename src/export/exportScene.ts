import { invalidProp } from '../core/errors';
import type { Scene } from '../core/scene/scene';
import { paintScene } from '../canvas/paintScene';

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';
export const IMAGE_TYPES: readonly ImageType[] = Object.freeze(['image/png', 'image/jpeg', 'image/webp']);

/** Checks an export's arguments, naming the one that is wrong; returns the scale (default 1). */
export function checkExportArguments(
  type: ImageType,
  quality: number | undefined,
  options: { readonly scale?: number | undefined },
): number {
  if (!IMAGE_TYPES.includes(type)) throw invalidProp('type', `expected one of ${IMAGE_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
  if (quality !== undefined && !(quality >= 0 && quality <= 1))
    throw invalidProp('quality', `expected a number from 0 to 1, got ${quality}`);
  const scale = options.scale ?? 1;
  if (!(typeof scale === 'number' && scale >= 1 && scale <= 16))
    throw invalidProp('scale', `expected a number from 1 to 16, got ${String(scale)}`);
  return scale;
}

/**
 * Paints the scene with the Canvas 2-D painter, the same scene the screen shows, and encodes it.
 * The raster layers are 2-D canvases the chart keeps, so this needs no WebGL and can run at any
 * time after the draw. PNG and WebP keep transparency (matplotlib's "bad" colour is transparent);
 * JPEG has no alpha, so it gets a white background as a saved matplotlib figure does. Encoding
 * uses the browser's asynchronous encoder (`toBlob`), off the main thread, instead of a
 * synchronous `toDataURL` that would block the page for a big picture.
 */
export async function sceneToDataURL(
  scene: Scene<HTMLCanvasElement>,
  pixelRatio: number,
  type: ImageType,
  quality: number | undefined,
): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * pixelRatio);
  canvas.height = Math.round(scene.height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('contour-heatmap: export needs a 2D canvas context, and the browser gave none');
  if (type === 'image/jpeg') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  paintScene(ctx, scene, pixelRatio);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  if (!blob)
    throw new Error(
      `contour-heatmap: the browser could not encode the ${canvas.width} × ${canvas.height} px figure as ${type}; export a smaller size`,
    );
  return dataUrlOf(blob);
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(new Error(`contour-heatmap: reading the encoded figure failed (${String(reader.error)})`));
    reader.readAsDataURL(blob);
  });
}
