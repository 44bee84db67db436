// contour-heatmap/node: the chart drawn on a server, with no browser. The same props as the React
// component give the same figure: the image layer by the browser's CPU renderer (the same pixels),
// the figure's scene painted by the export's Canvas 2-D painter on a Skia canvas (@napi-rs/canvas).
import { invalidProp } from '../core/errors';
import { paintScene, type Context2D, type PathFactory } from '../canvas/paintScene';
import type { Scene } from '../core/scene/scene';
import type { ChartOptions } from '../chart/chartOptions';
import { renderScene, type NodeScene } from './render';
import { sceneToSvg } from './sceneToSvg';

export type { ChartOptions } from '../chart/chartOptions';

export type NodeImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';
export const NODE_IMAGE_TYPES: readonly NodeImageType[] = Object.freeze([
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/svg+xml',
] as const);

export interface RenderOptions {
  /** Default 'image/png'. 'image/svg+xml' gives the vectors as SVG, the rasters embedded as PNG. */
  readonly type?: NodeImageType | undefined;
  /** 0 to 1, for JPEG (default 0.92) and WebP (default 0.8), as a browser's canvas takes it. */
  readonly quality?: number | undefined;
  /**
   * 1 to 16 (default 1), as the component's `toDataURL(…, { scale })`: multiplies the props'
   * pixelRatio (default 1), so the image layer is drawn at the new size (resampled from the data,
   * not enlarged) and the vectors are painted at it, sharp.
   */
  readonly scale?: number | undefined;
}

/** Chromium's default qualities, so a Node export and a browser export of the same chart agree. */
const DEFAULT_QUALITY = Object.freeze({ 'image/jpeg': 0.92, 'image/webp': 0.8 });

/**
 * Draws the chart the props describe and encodes it. `width` and `height` are required (CSS px;
 * there is no element to take them from); `pixelRatio` defaults to 1. Rejects with the browser's
 * messages for invalid props. Calls share nothing, so any number may run at once, in one thread
 * or in worker threads, each giving what it gives alone.
 */
export async function renderToBuffer(props: ChartOptions, options: RenderOptions = {}): Promise<Buffer> {
  const { type, quality, scale } = checkOptions(options);
  const drawn = await renderScene(props, scale);
  if (type === 'image/svg+xml') return Buffer.from(await svgOf(drawn), 'utf8');
  const canvas = paint(drawn, type === 'image/jpeg');
  if (type === 'image/png') return canvas.encode('png');
  const format = type === 'image/jpeg' ? 'jpeg' : 'webp';
  return canvas.encode(format, Math.round((quality ?? DEFAULT_QUALITY[type]) * 100));
}

/** {@link renderToBuffer} as base64 (the payload of a data URL, as the component's `toBase64`). */
export async function renderToBase64(props: ChartOptions, options: RenderOptions = {}): Promise<string> {
  return (await renderToBuffer(props, options)).toString('base64');
}

/** The chart as a standalone SVG document: vectors as SVG elements, the rasters embedded as PNG. */
export async function renderToSVG(props: ChartOptions, options: Pick<RenderOptions, 'scale'> = {}): Promise<string> {
  const { scale } = checkOptions({ scale: options?.scale });
  return svgOf(await renderScene(props, scale));
}

function checkOptions(options: RenderOptions): { type: NodeImageType; quality: number | undefined; scale: number } {
  if (options === null || typeof options !== 'object') throw invalidProp('options', `expected an object, got ${String(options)}`);
  const { type = 'image/png', quality, scale = 1 } = options;
  if (!NODE_IMAGE_TYPES.includes(type))
    throw invalidProp('type', `expected one of ${NODE_IMAGE_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
  if (quality !== undefined && !(typeof quality === 'number' && quality >= 0 && quality <= 1))
    throw invalidProp('quality', `expected a number from 0 to 1, got ${String(quality)}`);
  // The browser's export rule (toDataURL's scale): smaller pictures come from a smaller pixelRatio.
  if (!(typeof scale === 'number' && scale >= 1 && scale <= 16))
    throw invalidProp('scale', `expected a number from 1 to 16, got ${String(scale)}`);
  return { type, quality, scale };
}

/**
 * Paints the scene on a Skia canvas of its device size with the export's painter (as
 * export/exportScene.ts does in the browser): JPEG has no alpha, so it gets a white background as a
 * saved matplotlib figure does.
 */
function paint({ scene, pixelRatio, canvas }: NodeScene, opaque: boolean) {
  const target = canvas.createCanvas(Math.round(scene.width * pixelRatio), Math.round(scene.height * pixelRatio));
  const ctx = target.getContext('2d');
  if (opaque) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, target.width, target.height);
  }
  // Skia's context, path and canvas implement what the painter uses (see Context2D); their types
  // are @napi-rs/canvas's own, not the DOM's, hence the casts.
  const newPath = ((d: string) => new canvas.Path2D(d)) as unknown as PathFactory;
  paintScene(ctx as unknown as Context2D, scene as unknown as Scene<CanvasImageSource>, pixelRatio, 'all', newPath);
  return target;
}

async function svgOf({ scene, pixelRatio }: NodeScene): Promise<string> {
  const hrefs = new Map<unknown, string>();
  for (const image of scene.images)
    hrefs.set(image.raster, `data:image/png;base64,${(await image.raster.encode('png')).toString('base64')}`);
  return sceneToSvg(scene, pixelRatio, (raster) => hrefs.get(raster)!);
}
