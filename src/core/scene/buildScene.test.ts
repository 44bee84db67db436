import { describe, expect, it } from 'vitest';
import type { ContourPath } from '../contours/contourPaths';
import { buildScene } from './buildScene';

const solid: ContourPath = { d: 'M0 0L10 10', style: { level: 0.5, color: '#000000', width: 2.08, dash: null } as unknown as ContourPath['style'] };
const dashed: ContourPath = { d: 'M1 1L2 2Z', style: { level: -1, color: 'rgba(0,0,0,0.5)', width: 1, dash: [5, 2] } as unknown as ContourPath['style'] };

describe('buildScene', () => {
  it('puts the bands under the heatmap, both filling the plot', () => {
    const scene = buildScene({ width: 300, height: 200, bands: 'B', heatmap: 'H', contourPaths: [] });
    expect(scene.images.map((i) => i.raster)).toEqual(['B', 'H']);
    for (const image of scene.images) expect(image.box).toEqual({ left: 0, top: 0, width: 300, height: 200 });
    expect(scene.vectors).toEqual([]);
    expect(scene.background).toBeNull();
  });

  it('draws no raster that was not drawn', () => {
    expect(buildScene({ width: 3, height: 2, bands: null, heatmap: null, contourPaths: [] }).images).toEqual([]);
    expect(buildScene({ width: 3, height: 2, bands: null, heatmap: 'H', contourPaths: [] }).images.map((i) => i.className)).toEqual([
      'contour-heatmap-image',
    ]);
  });

  it('draws the contour lines clipped to the plot, each tagged with its level and styled as resolved', () => {
    const scene = buildScene({ width: 300, height: 200, bands: null, heatmap: 'H', contourPaths: [solid, dashed] });
    expect(scene.vectors).toHaveLength(1);
    const group = scene.vectors[0]!;
    if (group.kind !== 'group') throw new Error('expected a group');
    expect(group.clip).toEqual({ width: 300, height: 200 });
    expect(group.children).toEqual([
      { kind: 'path', d: 'M0 0L10 10', stroke: { color: '#000000', width: 2.08, cap: 'butt', join: 'round' }, data: { level: '0.5' } },
      { kind: 'path', d: 'M1 1L2 2Z', stroke: { color: 'rgba(0,0,0,0.5)', width: 1, dash: [5, 2], cap: 'butt', join: 'round' }, data: { level: '-1' } },
    ]);
  });

  it('is plain data: it survives a JSON round trip unchanged (rasters aside)', () => {
    const scene = buildScene({ width: 30, height: 20, bands: null, heatmap: null, contourPaths: [solid] });
    expect(JSON.parse(JSON.stringify(scene))).toEqual(scene);
  });
});
