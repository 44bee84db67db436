import type { Scene } from '../core/scene/scene';
import { paintScene } from '../canvas/paintScene';
import { createSvgPainter } from '../svg/svgPainter';

/**
 * What the chart shows: a 2-D canvas holding the scene's raster layers and an SVG over it with the
 * vectors. Keeping the rasters as a plain bitmap means the picture survives when the WebGL context
 * is given back to the page's budget or lost.
 */
export interface Screen {
  readonly canvas: HTMLCanvasElement;
  readonly svg: SVGSVGElement;
  paint(scene: Scene<HTMLCanvasElement>, pixelRatio: number): void;
  /** Shows nothing (an error replaces the picture). */
  clear(): void;
  destroy(): void;
}

export function createScreen(host: HTMLElement): Screen {
  const canvas = document.createElement('canvas');
  canvas.className = 'contour-heatmap-canvas';
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', display: 'block' });
  canvas.width = 0;
  canvas.height = 0;
  const vectors = createSvgPainter();
  host.append(canvas, vectors.element);
  return {
    canvas,
    svg: vectors.element,
    paint(scene, pixelRatio) {
      const [width, height] = [Math.round(scene.width * pixelRatio), Math.round(scene.height * pixelRatio)];
      const ctx = canvas.getContext('2d')!;
      // Resizing clears the canvas but also makes a new bitmap (milliseconds on a software GPU):
      // a paint at the same size (a new view's preview, once a frame) only clears it.
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      } else {
        ctx.clearRect(0, 0, width, height);
      }
      canvas.style.width = `${scene.width}px`;
      canvas.style.height = `${scene.height}px`;
      paintScene(ctx, scene, pixelRatio, 'rasters');
      vectors.paint(scene, pixelRatio);
    },
    clear() {
      canvas.width = 0;
      canvas.height = 0;
      vectors.element.replaceChildren();
    },
    destroy() {
      canvas.remove();
      vectors.element.remove();
    },
  };
}
