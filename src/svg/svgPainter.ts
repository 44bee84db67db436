import type { PathMove } from '../core/scene/movedPaths';
import type { GroupNode, LineNode, PathNode, Scene, Stroke, Tags, TextNode, VectorNode } from '../core/scene/scene';
import { SUPERSCRIPT_SCALE, SUPERSCRIPT_RISE } from '../core/scene/scene';
import { snapLine } from '../core/scene/snap';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgPainter {
  /** One absolutely positioned <svg> over the chart's canvas. */
  readonly element: SVGSVGElement;
  /** Replaces the drawing with the scene's vector nodes, snapped for a screen of `pixelRatio` device px per CSS px. */
  paint(scene: Scene, pixelRatio: number): void;
}

/**
 * Paints a scene's vector nodes as SVG elements, keeping their tags (class, `data-*`) so pages and
 * tests can find every line and text. Styles are attributes, not CSS, so a page's stylesheet cannot
 * show something the export (the Canvas 2-D painter, from the same scene) would not.
 */
export function createSvgPainter(): SvgPainter {
  // Clip paths need ids unique on the page: this painter's own prefix, numbered per paint.
  const prefix = `contour-heatmap-clip-${Math.random().toString(36).slice(2)}-`;
  const element = document.createElementNS(SVG_NS, 'svg');
  element.setAttribute('class', 'contour-heatmap-vectors');
  Object.assign(element.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', overflow: 'hidden' });
  // The last paint's path elements, by node: a path painted again (a preview moving the drawn
  // lines, once a frame) is re-used, its data not parsed again.
  let paths = new WeakMap<PathNode, SVGPathElement>();
  return {
    element,
    paint(scene, pixelRatio) {
      element.setAttribute('width', String(scene.width));
      element.setAttribute('height', String(scene.height));
      element.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
      const clips: Clips = {
        ids: { prefix, count: 0 },
        defs: document.createElementNS(SVG_NS, 'defs'),
        pixelRatio,
        dx: 0,
        dy: 0,
        paths: { previous: paths, kept: new WeakMap() },
      };
      const content = fragmentOf(scene.vectors, clips);
      if (clips.ids.count) content.prepend(clips.defs);
      element.replaceChildren(content);
      paths = clips.paths.kept;
    },
  };
}

/**
 * One paint's state: its clip paths, collected in one <defs> with ids from the painter's prefix,
 * and where the current group is on the device grid (for snapping lines).
 */
interface Clips {
  readonly ids: { readonly prefix: string; count: number };
  readonly defs: SVGDefsElement;
  readonly pixelRatio: number;
  readonly dx: number;
  readonly dy: number;
  /** The enclosing group's move of its paths (a preview's), if any. */
  readonly moved?: PathMove | undefined;
  /** Path elements of the previous paint to re-use, and those of this one. */
  readonly paths: { readonly previous: WeakMap<PathNode, SVGPathElement>; readonly kept: WeakMap<PathNode, SVGPathElement> };
}

/** One fragment of many children: appending them one by one avoids spreading big arrays into a call. */
function fragmentOf(nodes: readonly VectorNode[], clips: Clips): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const node of nodes) fragment.appendChild(elementOf(node, clips));
  return fragment;
}

function elementOf(node: VectorNode, clips: Clips): SVGElement {
  const element =
    node.kind === 'path'
      ? reusedPathElement(node, clips)
      : node.kind === 'line'
        ? lineElement(snapLine(node, clips.pixelRatio, clips.dx, clips.dy))
        : node.kind === 'text'
          ? textElement(node)
          : groupElement(node, clips);
  tag(element, node);
  return element;
}

/** The path's element, re-used from the last paint if it drew this node; moved as its group says (strokes unscaled). */
function reusedPathElement(node: PathNode, clips: Clips): SVGPathElement {
  const element = clips.paths.previous.get(node) ?? pathElement(node);
  clips.paths.kept.set(node, element);
  const m = clips.moved;
  if (m) {
    element.setAttribute('transform', `matrix(${m.scaleX} 0 0 ${m.scaleY} ${m.translateX} ${m.translateY})`);
    element.setAttribute('vector-effect', 'non-scaling-stroke');
  } else if (element.hasAttribute('transform')) {
    element.removeAttribute('transform');
    element.removeAttribute('vector-effect');
  }
  return element;
}

function tag(element: SVGElement, { className, data }: Tags): void {
  if (className) element.setAttribute('class', className);
  if (data) for (const [key, value] of Object.entries(data)) element.setAttribute(`data-${key}`, value);
}

function groupElement(group: GroupNode, clips: Clips): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  if (group.x || group.y) g.setAttribute('transform', `translate(${group.x} ${group.y})`);
  let content: SVGGElement = g;
  if (group.clip) {
    const id = `${clips.ids.prefix}${clips.ids.count++}`;
    const clipPath = document.createElementNS(SVG_NS, 'clipPath');
    clipPath.setAttribute('id', id);
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', String(group.clip.width));
    rect.setAttribute('height', String(group.clip.height));
    clipPath.appendChild(rect);
    clips.defs.appendChild(clipPath);
    // The clip is in the group's translated coordinates: applied inside the translation.
    content = document.createElementNS(SVG_NS, 'g');
    content.setAttribute('clip-path', `url(#${id})`);
    g.appendChild(content);
  }
  const inner: Clips = { ...clips, dx: clips.dx + group.x, dy: clips.dy + group.y, moved: group.moved ?? clips.moved };
  content.appendChild(fragmentOf(group.children, inner));
  return g;
}

function setStroke(element: SVGElement, stroke: Stroke): void {
  element.setAttribute('stroke', stroke.color);
  element.setAttribute('stroke-width', String(stroke.width));
  element.setAttribute('stroke-linecap', stroke.cap);
  element.setAttribute('stroke-linejoin', stroke.join);
  if (stroke.dash) element.setAttribute('stroke-dasharray', stroke.dash.join(' '));
}

function pathElement({ d, fill, stroke }: PathNode): SVGPathElement {
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', fill ?? 'none');
  if (stroke) setStroke(path, stroke);
  return path;
}

function lineElement({ x1, y1, x2, y2, stroke }: LineNode): SVGLineElement {
  const line = document.createElementNS(SVG_NS, 'line');
  line.setAttribute('x1', String(x1));
  line.setAttribute('y1', String(y1));
  line.setAttribute('x2', String(x2));
  line.setAttribute('y2', String(y2));
  setStroke(line, stroke);
  return line;
}

function textElement(node: TextNode): SVGTextElement {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(node.x));
  text.setAttribute('y', String(node.y));
  text.setAttribute('text-anchor', node.anchor);
  text.setAttribute('font-size', String(node.font.size));
  text.setAttribute('font-family', node.font.family);
  text.setAttribute('fill', node.color);
  if (node.rotation) text.setAttribute('transform', `rotate(${-node.rotation} ${node.x} ${node.y})`);
  text.textContent = node.text;
  if (node.superscript) {
    const sup = document.createElementNS(SVG_NS, 'tspan');
    sup.setAttribute('font-size', String(node.font.size * SUPERSCRIPT_SCALE));
    sup.setAttribute('dy', String(-node.font.size * SUPERSCRIPT_RISE));
    sup.textContent = node.superscript;
    text.appendChild(sup);
  }
  return text;
}
