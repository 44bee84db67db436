// A scene as one standalone SVG document, for Node, where there is no DOM to build elements in:
// the browser's toSVG (export/sceneToSvg.ts: the screen's SVG painter, svg/svgPainter.ts, plus the
// background, the axes' face and the rasters embedded as PNG) written as text.
import type { GroupNode, ImageNode, LineNode, PathNode, Scene, Stroke, Tags, TextNode, VectorNode } from '../core/scene/scene';
import { SUPERSCRIPT_RISE, SUPERSCRIPT_SCALE } from '../core/scene/scene';
import { snapLine } from '../core/scene/snap';

/** Stands for the document's clip-id prefix until the document is known (see {@link sceneToSvg}). */
const ID = '\u0000id\u0000';

/**
 * The scene as SVG text — the browser's toSVG document, attribute for attribute — in CSS px, its lines snapped for `pixelRatio` as the painters snap them.
 * `rasterHref` gives each raster layer's image as a URL (a PNG data URL); it is shown scaled to its
 * box. Vectors keep their tags (class, `data-*`) and the attributes the screen's SVG painter gives them. Clip ids are named after a hash of the
 * document, so equal charts give equal documents and different charts inlined in one page do not
 * share ids.
 */
export function sceneToSvg<Raster>(scene: Scene<Raster>, pixelRatio: number, rasterHref: (raster: Raster) => string): string {
  const under: string[] = [];
  if (scene.background) under.push(`<rect width="${num(scene.width)}" height="${num(scene.height)}" fill="${attr(scene.background)}"/>`);
  for (const { box, color } of scene.fills) {
    under.push(
      `<rect x="${num(box.left)}" y="${num(box.top)}" width="${num(box.width)}" height="${num(box.height)}" fill="${attr(color)}"/>`,
    );
  }
  for (const image of scene.images) under.push(imageElement(image, rasterHref(image.raster)));
  const at: Where = { clips: [], pixelRatio, dx: 0, dy: 0 };
  const vectors = scene.vectors.map((node) => elementOf(node, at)).join('');
  const body = `${under.join('')}${at.clips.length ? `<defs>${at.clips.join('')}</defs>` : ''}${vectors}`;
  const id = `contour-heatmap-${hash(body)}-`;
  const w = num(scene.width);
  const h = num(scene.height);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body.split(ID).join(id)}</svg>`
  );
}

/** One document's clip paths, and where the current group is on the device grid (for snapping lines, as the painters do). */
interface Where {
  readonly clips: string[];
  readonly pixelRatio: number;
  /** The offset of the enclosing groups, CSS px. */
  readonly dx: number;
  readonly dy: number;
}

function imageElement({ box }: ImageNode<unknown>, href: string): string {
  const position = `x="${num(box.left)}" y="${num(box.top)}" width="${num(box.width)}" height="${num(box.height)}"`;
  return `<image ${position} preserveAspectRatio="none" href="${attr(href)}"/>`;
}

function elementOf(node: VectorNode, at: Where): string {
  if (node.kind === 'path') return pathElement(node);
  if (node.kind === 'line') return lineElement(snapLine(node, at.pixelRatio, at.dx, at.dy));
  if (node.kind === 'text') return textElement(node);
  return groupElement(node, at);
}

function groupElement(group: GroupNode, at: Where): string {
  const transform = group.x || group.y ? ` transform="translate(${num(group.x)} ${num(group.y)})"` : '';
  const inner: Where = { ...at, dx: at.dx + group.x, dy: at.dy + group.y };
  const children = group.children.map((child) => elementOf(child, inner)).join('');
  if (!group.clip) return element('g', `${transform}${tags(group)}`, children);
  // The clip is in the group's translated coordinates: applied inside the translation.
  const id = `${ID}${at.clips.length}`;
  at.clips.push(`<clipPath id="${id}"><rect width="${num(group.clip.width)}" height="${num(group.clip.height)}"/></clipPath>`);
  return element('g', `${transform}${tags(group)}`, element('g', ` clip-path="url(#${id})"`, children));
}

function strokeAttributes(stroke: Stroke): string {
  const dash = stroke.dash ? ` stroke-dasharray="${stroke.dash.map(num).join(' ')}"` : '';
  return ` stroke="${attr(stroke.color)}" stroke-width="${num(stroke.width)}" stroke-linecap="${stroke.cap}" stroke-linejoin="${stroke.join}"${dash}`;
}

function pathElement(node: PathNode): string {
  return `<path d="${attr(node.d)}" fill="${attr(node.fill ?? 'none')}"${node.stroke ? strokeAttributes(node.stroke) : ''}${tags(node)}/>`;
}

function lineElement(node: LineNode): string {
  return `<line x1="${num(node.x1)}" y1="${num(node.y1)}" x2="${num(node.x2)}" y2="${num(node.y2)}"${strokeAttributes(node.stroke)}${tags(node)}/>`;
}

function textElement(node: TextNode): string {
  const rotate = node.rotation ? ` transform="rotate(${num(-node.rotation)} ${num(node.x)} ${num(node.y)})"` : '';
  const font = ` font-size="${num(node.font.size)}" font-family="${attr(node.font.family)}"`;
  const sup = node.superscript
    ? `<tspan font-size="${num(node.font.size * SUPERSCRIPT_SCALE)}" dy="${num(-node.font.size * SUPERSCRIPT_RISE)}">${text(node.superscript)}</tspan>`
    : '';
  return element(
    'text',
    ` x="${num(node.x)}" y="${num(node.y)}" text-anchor="${node.anchor}"${font} fill="${attr(node.color)}"${rotate}${tags(node)}`,
    `${text(node.text)}${sup}`,
  );
}

/** An element as XMLSerializer writes it: self-closed when empty. */
function element(name: string, attributes: string, content: string): string {
  return content ? `<${name}${attributes}>${content}</${name}>` : `<${name}${attributes}/>`;
}

/** Tags go after the other attributes, as the screen's painter sets them last. */
function tags({ className, data }: Tags): string {
  let out = className ? ` class="${attr(className)}"` : '';
  if (data) for (const [key, value] of Object.entries(data)) out += ` data-${key}="${attr(value)}"`;
  return out;
}

/** Numbers as the DOM writes them (String), which is what the screen's painter puts in its attributes. */
function num(value: number): string {
  return String(value);
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;');
}

/** FNV-1a of the document's text, as 8 hex digits. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
