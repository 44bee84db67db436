import { movePathData, type PathMove } from '../core/scene/movedPaths';
import type { GroupNode, ImageNode, LineNode, PathNode, Scene, Stroke, TextNode, VectorNode } from '../core/scene/scene';
import { SUPERSCRIPT_RISE, SUPERSCRIPT_SCALE } from '../core/scene/scene';
import { snapLine } from '../core/scene/snap';

/**
 * The part of the Canvas 2-D API the painter uses: the browser's CanvasRenderingContext2D and
 * Node's canvas implementations (@napi-rs/canvas) both provide it.
 */
export type Context2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'translate'
  | 'scale'
  | 'rotate'
  | 'beginPath'
  | 'rect'
  | 'clip'
  | 'fillRect'
  | 'drawImage'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'measureText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'imageSmoothingEnabled'
>;

/** How the painter turns path data into a path object (the browser's Path2D, or Node's). */
export type PathFactory = (d: string) => Path2D;

/** Which of the scene's layers to paint: the screen paints rasters here and vectors as SVG. */
export type Layers = 'all' | 'rasters';

/**
 * Paints a scene (CSS px) into a canvas of its size × `pixelRatio` device pixels: the background,
 * the raster layers on whole device pixels, then (with 'all') the vectors in order.
 */
export function paintScene<Raster extends CanvasImageSource>(
  ctx: Context2D,
  scene: Scene<Raster>,
  pixelRatio: number,
  layers: Layers = 'all',
  newPath: PathFactory = (d) => new Path2D(d),
): void {
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, Math.round(scene.width * pixelRatio), Math.round(scene.height * pixelRatio));
  }
  for (const { box, color } of scene.fills) {
    ctx.fillStyle = color;
    const left = Math.round(box.left * pixelRatio);
    const top = Math.round(box.top * pixelRatio);
    ctx.fillRect(left, top, Math.round((box.left + box.width) * pixelRatio) - left, Math.round((box.top + box.height) * pixelRatio) - top);
  }
  for (const image of scene.images) paintImage(ctx, image, pixelRatio);
  if (layers === 'rasters') return;
  ctx.save();
  ctx.scale(pixelRatio, pixelRatio);
  const at: Where = { newPath, pixelRatio, dx: 0, dy: 0 };
  for (const node of scene.vectors) paintVector(ctx, node, at);
  ctx.restore();
}

/** What painting a node needs besides the context: the path factory, and where the node is on the device grid (for snapping). */
interface Where {
  readonly newPath: PathFactory;
  readonly pixelRatio: number;
  /** The enclosing group's move of its paths (a preview's), if any. */
  readonly moved?: PathMove | undefined;
  /** The offset of the enclosing groups, CSS px. */
  readonly dx: number;
  readonly dy: number;
}

/** Rasters are made at the box's device size, so they are copied pixel for pixel, never resampled (but a preview's). */
function paintImage<Raster extends CanvasImageSource>(ctx: Context2D, { box, raster, clip }: ImageNode<Raster>, pixelRatio: number): void {
  if (!clip) {
    ctx.drawImage(raster, Math.round(box.left * pixelRatio), Math.round(box.top * pixelRatio));
    return;
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(clip.left * pixelRatio, clip.top * pixelRatio, clip.width * pixelRatio, clip.height * pixelRatio);
  ctx.clip();
  ctx.drawImage(raster, box.left * pixelRatio, box.top * pixelRatio, box.width * pixelRatio, box.height * pixelRatio);
  ctx.restore();
}

function paintVector(ctx: Context2D, node: VectorNode, at: Where): void {
  if (node.kind === 'path') paintPath(ctx, at.moved ? { ...node, d: movePathData(node.d, at.moved) } : node, at.newPath);
  else if (node.kind === 'line') paintLine(ctx, snapLine(node, at.pixelRatio, at.dx, at.dy), at.newPath);
  else if (node.kind === 'text') paintText(ctx, node);
  else paintGroup(ctx, node, at);
}

function paintGroup(ctx: Context2D, group: GroupNode, at: Where): void {
  ctx.save();
  ctx.translate(group.x, group.y);
  if (group.clip) {
    ctx.beginPath();
    ctx.rect(0, 0, group.clip.width, group.clip.height);
    ctx.clip();
  }
  const inner = { ...at, dx: at.dx + group.x, dy: at.dy + group.y, moved: group.moved ?? at.moved };
  for (const child of group.children) paintVector(ctx, child, inner);
  ctx.restore();
}

function paintPath(ctx: Context2D, { d, fill, stroke }: PathNode, newPath: PathFactory): void {
  const path = newPath(d);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  if (stroke) strokePath(ctx, path, stroke);
}

function paintLine(ctx: Context2D, { x1, y1, x2, y2, stroke }: LineNode, newPath: PathFactory): void {
  strokePath(ctx, newPath(`M${x1} ${y1}L${x2} ${y2}`), stroke);
}

function strokePath(ctx: Context2D, path: Path2D, stroke: Stroke): void {
  ctx.strokeStyle = stroke.color;
  ctx.lineWidth = stroke.width;
  ctx.lineCap = stroke.cap;
  ctx.lineJoin = stroke.join;
  ctx.setLineDash(stroke.dash ? [...stroke.dash] : []);
  ctx.stroke(path);
}

function paintText(ctx: Context2D, node: TextNode): void {
  const { font, superscript } = node;
  ctx.save();
  ctx.translate(node.x, node.y);
  if (node.rotation) ctx.rotate((-node.rotation * Math.PI) / 180);
  ctx.fillStyle = node.color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.font = `${font.size}px ${font.family}`;
  const main = ctx.measureText(node.text).width;
  const supFont = `${font.size * SUPERSCRIPT_SCALE}px ${font.family}`;
  let sup = 0;
  if (superscript) {
    ctx.font = supFont;
    sup = ctx.measureText(superscript).width;
    ctx.font = `${font.size}px ${font.family}`;
  }
  const start = -(main + sup) * (node.anchor === 'start' ? 0 : node.anchor === 'middle' ? 0.5 : 1);
  ctx.fillText(node.text, start, 0);
  if (superscript) {
    ctx.font = supFont;
    ctx.fillText(superscript, start + main, -font.size * SUPERSCRIPT_RISE);
  }
  ctx.restore();
}
