import type { FigurePlan } from '../core/figure/planFigure';
import { fractionOf } from '../core/grid/coords';
import { buildScene, type SceneInput } from '../core/scene/buildScene';
import type { Box, Scene } from '../core/scene/scene';

/** The layers resampled for the plan's view: the ones a preview stretches. */
const VIEW_RASTERS: readonly string[] = Object.freeze(['contour-heatmap-image', 'contour-heatmap-bands']);

/**
 * The figure drawn from `input` shown at `plan`'s view before it is drawn for it: everything
 * vector (ticks, labels, contour lines) is built for the new plan — cheap, and exact — while the
 * heatmap and band rasters, which cost a resampling, are the old ones stretched to where their
 * data lands in the new view and clipped to the axes. Null when the new view flips an axis
 * against the old one (a stretched raster would have to be mirrored): the screen then keeps the
 * old picture until the new one is drawn.
 */
export function previewScene<Raster>(input: SceneInput<Raster>, plan: FigurePlan): Scene<Raster> | null {
  const old = input.plan;
  const flipped = (a: readonly [number, number], b: readonly [number, number]) => a[0] < a[1] !== b[0] < b[1];
  if (flipped(old.xView, plan.xView) || flipped(old.yView, plan.yView)) return null;
  const scene = buildScene({ ...input, plan });
  const box = movedBox(old, plan);
  return {
    ...scene,
    images: scene.images.map((image) => (VIEW_RASTERS.includes(image.className ?? '') ? { ...image, box, clip: plan.image } : image)),
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
