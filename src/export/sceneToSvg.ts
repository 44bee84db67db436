import type { Scene } from '../core/scene/scene';
import { createSvgPainter } from '../svg/svgPainter';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The scene as a standalone SVG document: the vectors as the screen's SVG painter draws them (lines
 * and text stay vectors), the background as a rectangle and each raster layer embedded as a PNG
 * image at its box. Rasters keep their device pixels; a viewer scales them with the drawing.
 */
export function sceneToSvg(scene: Scene<HTMLCanvasElement>, pixelRatio: number): string {
  const painter = createSvgPainter();
  painter.paint(scene, pixelRatio);
  const svg = painter.element;
  svg.removeAttribute('style');
  svg.removeAttribute('class');
  const under = document.createDocumentFragment();
  if (scene.background) under.appendChild(element('rect', { width: scene.width, height: scene.height, fill: scene.background }));
  for (const { box, color } of scene.fills)
    under.appendChild(element('rect', { x: box.left, y: box.top, width: box.width, height: box.height, fill: color }));
  for (const { box, raster, clip } of scene.images) {
    // A clip is a nested viewport: it hides what overflows it, and the image sits in its coordinates.
    const [dx, dy] = clip ? [clip.left, clip.top] : [0, 0];
    const image = element('image', {
      x: box.left - dx,
      y: box.top - dy,
      width: box.width,
      height: box.height,
      preserveAspectRatio: 'none',
      href: raster.toDataURL('image/png'),
    });
    if (!clip) under.appendChild(image);
    else under.appendChild(element('svg', { x: clip.left, y: clip.top, width: clip.width, height: clip.height })).appendChild(image);
  }
  svg.insertBefore(under, svg.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, String(value));
  return e;
}
