// What Node draws with: @napi-rs/canvas (Skia), loaded when a render asks for it, the matplotlib
// font, text measured on a canvas of the render's own, and rasters made from RGBA bytes.
import type { MeasureText, TextExtent } from '../core/figure/textMetrics';

export type NapiCanvas = typeof import('@napi-rs/canvas');
export type NodeRaster = import('@napi-rs/canvas').Canvas;

/**
 * Where DejaVu Sans (matplotlib's default font) is looked for when the system's fonts do not
 * already provide it: Debian/Ubuntu, Fedora, Arch and Alpine packages, and matplotlib's own copy.
 */
const DEJAVU_SANS_FILES = Object.freeze([
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf',
]);

/**
 * @napi-rs/canvas, an optional peer dependency: imported on first use, so `contour-heatmap/node`
 * loads without it and a render says what is missing. Node caches the module, so this costs one
 * resolution per process, not per render.
 */
export async function loadCanvas(): Promise<NapiCanvas> {
  let canvas: NapiCanvas;
  try {
    canvas = await import('@napi-rs/canvas');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(
      `contour-heatmap: rendering in Node needs the package @napi-rs/canvas (npm install @napi-rs/canvas), and it could not be loaded: ${reason}`,
      { cause: e },
    );
  }
  ensureMatplotlibFont(canvas);
  return canvas;
}

/**
 * Makes DejaVu Sans (the figure's first font, matplotlib's default) available to Skia when it is
 * installed but not yet known, else leaves the default sans-serif to stand in.
 *
 * This touches the font registry of @napi-rs/canvas, which is the process's (as a browser's
 * installed fonts are the page's), not chart state: it is idempotent (registered only while
 * `has` says it is missing, so a second call, concurrent renders or worker threads do nothing
 * more), it only ever adds the one font the figure asks for by name, and no render reads anything
 * a previous render left there — with or without the call, a chart is drawn in the same font. So
 * it needs no module-level flag, and the lint rule's "every chart owns its state" holds.
 */
export function ensureMatplotlibFont({ GlobalFonts }: NapiCanvas): void {
  if (GlobalFonts.has('DejaVu Sans')) return;
  for (const file of DEJAVU_SANS_FILES) {
    try {
      if (GlobalFonts.registerFromPath(file, 'DejaVu Sans')) return;
    } catch {
      // Not there (or not a font): try the next place.
    }
  }
}

/**
 * Measures text on a 2-D canvas of one render's own, as its painter will draw it (the browser's
 * createTextMeasure, on Skia). Extents are cached for that render only.
 */
export function createNodeTextMeasure(canvas: NapiCanvas): MeasureText {
  const ctx = canvas.createCanvas(1, 1).getContext('2d');
  const cache = new Map<string, TextExtent>();
  return (text, font) => {
    const css = `${font.size}px ${font.family}`;
    const key = `${css}\n${text}`;
    let extent = cache.get(key);
    if (!extent) {
      ctx.font = css;
      const m = ctx.measureText(text);
      extent = { width: m.width, ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
      cache.set(key, extent);
    }
    return extent;
  };
}

/** Straight RGBA bytes (width × height) as a canvas, the scene's raster kind in Node. */
export function rasterOf(canvas: NapiCanvas, pixels: Uint8ClampedArray<ArrayBuffer>, width: number, height: number): NodeRaster {
  const raster = canvas.createCanvas(width, height);
  raster.getContext('2d').putImageData(new canvas.ImageData(pixels, width, height), 0, 0);
  return raster;
}
