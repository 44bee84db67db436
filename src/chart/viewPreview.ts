import type { FigurePlan } from '../core/figure/planFigure';
import { fractionOf } from '../core/grid/coords';
import { buildScene, type SceneInput } from '../core/scene/buildScene';
import type { Box, GroupNode, Scene, VectorNode } from '../core/scene/scene';

/** The layers resampled for the plan's view: the ones a preview stretches. */
const VIEW_RASTERS: readonly string[] = Object.freeze(['contour-heatmap-image', 'contour-heatmap-bands']);
const LINES = 'contour-heatmap-lines';

/**
 * The figure drawn from `input` (painted as `scene`) shown at `plan`'s view before it is drawn
 * for it, cheaply enough for every frame of a gesture: the axes are built for the new plan (ticks
 * follow at once), while the heatmap and band rasters and the contour lines — which cost a
 * resampling and a layout — are the drawn ones moved to where their data lands in the new view,
 * clipped to the axes (the lines' labels wait for the exact picture). Null when the new view flips
 * an axis against the old one (the old picture would have to be mirrored): the screen then keeps
 * the old picture until the new one is drawn.
 */
export function previewScene<Raster>(scene: Scene<Raster>, input: SceneInput<Raster>, plan: FigurePlan): Scene<Raster> | null {
  const old = input.plan;
  const flipped = (a: readonly [number, number], b: readonly [number, number]) => a[0] < a[1] !== b[0] < b[1];
  if (flipped(old.xView, plan.xView) || flipped(old.yView, plan.yView)) return null;
  const box = movedBox(old, plan);
  const axes = buildScene({ ...input, plan, lines: [] });
  const drawnLines = scene.vectors.find((v): v is GroupNode => v.kind === 'group' && v.className === LINES);
  const lines: VectorNode[] = drawnLines ? [movedLines(drawnLines, old.image, box, plan.image)] : [];
  return {
    ...axes,
    images: axes.images.map((image) => (VIEW_RASTERS.includes(image.className ?? '') ? { ...image, box, clip: plan.image } : image)),
    vectors: lines.concat(axes.vectors.filter((v) => v.kind !== 'group' || v.className !== LINES)),
  };
}

/** Where the old plan's image box (its view's edges) lands in the new plan's image box. */
function movedBox(old: FigurePlan, plan: FigurePlan): Box {
  const { image } = plan;
  const x = (v: number) => image.left + fractionOf(v, plan.xView[0], plan.xView[1]) * image.width;
  const y = (v: number) => image.top + fractionOf(v, plan.yView[1], plan.yView[0]) * image.height;
  const [left, right] = [x(old.xView[0]), x(old.xView[1])];
  const [top, bottom] = [y(old.yView[1]), y(old.yView[0])];
  return { left, top, width: right - left, height: bottom - top };
}

/** The drawn lines (laid out in the old image box) moved with the picture into the new image box; their labels left out. */
function movedLines(lines: GroupNode, from: Box, to: Box, image: Box): GroupNode {
  const scaleX = to.width / from.width;
  const scaleY = to.height / from.height;
  return {
    ...lines,
    x: image.left,
    y: image.top,
    clip: { width: image.width, height: image.height },
    moved: { scaleX, scaleY, translateX: to.left - image.left, translateY: to.top - image.top },
    children: lines.children.filter((child) => child.kind === 'path'),
  };
}
