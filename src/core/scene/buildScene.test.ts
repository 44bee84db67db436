import { describe, expect, it } from 'vitest';
import { resolveFigure } from '../figure/figureOptions';
import { planFigure } from '../figure/planFigure';
import type { MeasureText } from '../figure/textMetrics';
import { resolvePicture } from '../options';
import { buildScene } from './buildScene';
import type { GroupNode, VectorNode } from './scene';

const measure: MeasureText = (text, font) => ({
  width: text.length * font.size * 0.6,
  ascent: font.size * 0.76,
  descent: font.size * 0.24,
});
const z = [
  [0, 1, 2],
  [1, 2, 3],
];
const line = { points: Float64Array.from([0, 0.5, 2, 0.5]), closed: false };

function scene(options: Record<string, unknown>, extra: { bands?: string | null; heatmap?: string | null } = {}) {
  const props = { z, contours: { levels: [1.5] }, ...options };
  const picture = resolvePicture(props);
  const figure = resolveFigure(props);
  const plan = planFigure(picture, figure, 400, 300, measure);
  return buildScene({
    plan,
    figure,
    picture,
    lines: [[line]],
    bands: extra.bands ?? null,
    heatmap: extra.heatmap ?? 'H',
    colorbar: null,
    measure,
  });
}

const all = (nodes: readonly VectorNode[]): VectorNode[] => nodes.flatMap((n) => (n.kind === 'group' ? [n, ...all(n.children)] : [n]));

describe('buildScene', () => {
  it('without axes: the bands under the heatmap fill the figure, the lines over them, on no background', () => {
    const s = scene({ axes: false }, { bands: 'B' });
    expect(s.images.map((i) => i.raster)).toEqual(['B', 'H']);
    for (const image of s.images) expect(image.box).toEqual({ left: 0, top: 0, width: 400, height: 300 });
    expect(s.background).toBeNull();
    const lines = s.vectors[0] as GroupNode;
    expect(lines.clip).toEqual({ width: 400, height: 300 });
    expect(lines.children).toEqual([
      {
        kind: 'path',
        d: 'M66.667 150L333.333 150',
        stroke: expect.objectContaining({ cap: 'butt', join: 'round' }),
        data: { level: '1.5' },
      },
    ]);
  });

  it('with axes: the image and lines sit in the default subplot, on white, with ticks and a frame', () => {
    const s = scene({});
    expect(s.background).toBe('rgba(255,255,255,1)');
    expect(s.images[0]!.box).toEqual({ left: 50, top: 36, width: 310, height: 231 });
    const nodes = all(s.vectors);
    const lines = nodes.find((n) => n.kind === 'group' && n.className === 'contour-heatmap-lines') as GroupNode;
    expect([lines.x, lines.y]).toEqual([50, 36]);
    const ticks = nodes.filter((n) => n.kind === 'group' && n.data?.axis);
    expect(ticks.map((t) => `${t.data!.axis}:${t.data!.tick}`)).toContain('x:0');
    expect(nodes.filter((n) => n.className === 'contour-heatmap-axes' && n.kind === 'path')).toHaveLength(1);
    // The frame: four snapped spines along the axes box.
    const spines = nodes.filter((n) => n.kind === 'line' && n.stroke.cap === 'square');
    expect(spines.map((n) => (n.kind === 'line' ? [n.x1, n.y1, n.x2, n.y2] : []))).toEqual([
      [50, 36, 50, 267],
      [360, 36, 360, 267],
      [50, 267, 360, 267],
      [50, 36, 360, 36],
    ]);
  });

  it('adds titles as tagged texts', () => {
    const texts = all(scene({ axes: { title: 'T', xlabel: 'X', ylabel: 'Y' } }).vectors).filter((n) => n.kind === 'text' && n.data?.text);
    expect(Object.fromEntries(texts.map((t) => [t.data!.text, t.kind === 'text' ? t.text : '']))).toEqual({
      title: 'T',
      xlabel: 'X',
      ylabel: 'Y',
    });
  });

  it('is plain data: it survives a JSON round trip unchanged', () => {
    const s = scene({ axes: { title: 'T' } });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
