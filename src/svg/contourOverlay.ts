import type { ContourPath } from '../core/contours/contourPaths';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The contour overlay: one absolutely positioned <svg> over the heatmap, one <path> per line,
 * each tagged with `data-level`. Styles are attributes, not CSS, so a page's stylesheet cannot
 * change what the export (which strokes the same paths with Canvas2D) would not show.
 */
export function createContourOverlay(): { element: SVGSVGElement; render(paths: readonly ContourPath[], width: number, height: number): void } {
  const element = document.createElementNS(SVG_NS, 'svg');
  element.setAttribute('class', 'contour-heatmap-contours');
  element.setAttribute('aria-hidden', 'true');
  Object.assign(element.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', overflow: 'hidden' });
  return {
    element,
    render(paths, width, height) {
      element.setAttribute('width', String(width));
      element.setAttribute('height', String(height));
      element.setAttribute('viewBox', `0 0 ${width} ${height}`);
      element.replaceChildren(...paths.map(pathElement));
    },
  };
}

function pathElement({ d, style }: ContourPath): SVGPathElement {
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('data-level', String(style.level));
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', style.color);
  path.setAttribute('stroke-width', String(style.width));
  path.setAttribute('stroke-linecap', 'butt');
  path.setAttribute('stroke-linejoin', 'round');
  if (style.dash) path.setAttribute('stroke-dasharray', style.dash.join(' '));
  return path;
}
