import { describe, expect, it } from 'vitest';
import { resolveFigure } from '../core/figure/figureOptions';
import { planFigure } from '../core/figure/planFigure';
import type { MeasureText } from '../core/figure/textMetrics';
import { resolvePicture } from '../core/options';
import type { SceneInput } from '../core/scene/buildScene';
import { buildScene } from '../core/scene/buildScene';
import type { GroupNode, Scene } from '../core/scene/scene';
import { previewScene as preview } from './viewPreview';

const measure: MeasureText = (text, font) => ({
  width: text.length * font.size * 0.6,
  ascent: font.size * 0.76,
  descent: font.size * 0.24,
});
const props = {
  z: [
    [0, 1, 2],
    [1, 2, 3],
  ],
  extent: [0, 4, 0, 2] as [number, number, number, number],
  colorbar: true,
};
const picture = resolvePicture(props);
const figure = resolveFigure(props);
const plan = (view: { x: [number, number]; y: [number, number] } | null) => planFigure(picture, figure, 1000, 500, measure, view);
const heatmap = { name: 'heatmap raster' };
const input: SceneInput<object> = {
  plan: plan(null),
  figure,
  picture,
  lines: [],
  heatmap,
  bands: null,
  colorbar: { raster: { name: 'colorbar raster' }, colors: { rgba: new Uint8ClampedArray(4), count: 1 } as never },
  measure,
};

const path = { kind: 'path', d: 'M0 0L10 10', stroke: { color: 'k', width: 1, cap: 'butt', join: 'round' } } as const;
const label = {
  kind: 'text',
  text: '0.5',
  x: 1,
  y: 1,
  anchor: 'middle',
  rotation: 0,
  font: { size: 10, family: 'x' },
  color: 'k',
} as const;
const drawnLines: GroupNode = {
  kind: 'group',
  x: input.plan.image.left,
  y: input.plan.image.top,
  clip: { width: input.plan.image.width, height: input.plan.image.height },
  className: 'contour-heatmap-lines',
  children: [path, label],
};
const built = buildScene(input);
const drawn: Scene<object> = { ...built, vectors: [drawnLines, ...built.vectors] };
const previewScene = (i: SceneInput<object>, p: ReturnType<typeof plan>) => preview(drawn, i, p);

describe('the preview of a new view', () => {
  it('moves the drawn contour paths with the picture (strokes unscaled), without their labels, clipped to the axes', () => {
    const next = plan({ x: [1, 3], y: [0.5, 1.5] });
    const scene = previewScene(input, next)!;
    const lines = scene.vectors.filter((v): v is GroupNode => v.kind === 'group' && v.className === 'contour-heatmap-lines');
    expect(lines).toHaveLength(1);
    const [group] = lines;
    expect(group!.children).toEqual([path]);
    expect(group!.children[0]).toBe(path); // the same node: the screen re-uses its element
    expect(group!.clip).toEqual({ width: next.image.width, height: next.image.height });
    const old = input.plan.image;
    expect(group!.moved!.scaleX).toBeCloseTo((next.image.width * 2) / old.width, 9);
    expect(group!.moved!.translateX).toBeCloseTo(-next.image.width / 2, 9);
    expect(group!.moved!.translateY).toBeCloseTo(-next.image.height / 2, 9);
  });

  it('stretches the heatmap to where its data lands, clipped to the axes; the colorbar stays', () => {
    const next = plan({ x: [1, 3], y: [0.5, 1.5] });
    const scene = previewScene(input, next)!;
    const image = scene.images.find((i) => i.raster === heatmap)!;
    const box = next.image;
    // The old picture showed x 0…4, y 0…2: twice the new view's span, centred on it.
    expect(image.box.left).toBeCloseTo(box.left - box.width / 2, 9);
    expect(image.box.width).toBeCloseTo(box.width * 2, 9);
    expect(image.box.top).toBeCloseTo(box.top - box.height / 2, 9);
    expect(image.box.height).toBeCloseTo(box.height * 2, 9);
    expect(image.clip).toEqual(box);
    const bar = scene.images.find((i) => i.className === 'contour-heatmap-colorbar-image')!;
    expect(bar.clip).toBeUndefined();
  });

  it('lays the axes out for the new view', () => {
    const next = plan({ x: [1, 3], y: [0.5, 1.5] });
    const texts = (s: { vectors: readonly unknown[] }) => JSON.stringify(s.vectors).match(/"text":"[^"]*"/g);
    expect(texts(previewScene(input, next)!)).toEqual(texts(previewScene({ ...input, plan: next }, next)!));
    expect(texts(previewScene(input, next)!)).not.toEqual(texts(previewScene(input, input.plan)!));
  });

  it('is not made when the new view flips an axis (the old picture would have to be mirrored)', () => {
    expect(previewScene(input, plan({ x: [4, 0], y: [0, 2] }))).toBeNull();
    expect(previewScene(input, plan({ x: [0, 4], y: [2, 0] }))).toBeNull();
  });
});
