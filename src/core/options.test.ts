import { describe, expect, it } from 'vitest';
import { ALL_COLORMAPS } from '../../test-support/colormaps';
import { resolveFigure } from './figure/figureOptions';
import { resolvePicture } from './options';

const z = [
  [0, 1, 2],
  [1, 2, 3],
  [2, 3, 4],
];

describe('resolvePicture: filled contours', () => {
  it('filled: true colours the bands like the lines, and turns the lines off unless asked', () => {
    const p = resolvePicture({ z, contours: { levels: [0.5, 1.5, 2.5], filled: true, colors: ['r', 'b'], alpha: 0.5 } });
    expect(p.contours!.styles).toEqual([]);
    expect(p.contours!.fill!.colors).toEqual([
      [1, 0, 0, 1],
      [0, 0, 1, 1],
    ]);
    expect(p.contours!.fill!.alpha).toBe(0.5);
    const both = resolvePicture({ z, contours: { levels: [0.5, 1.5, 2.5], filled: true, lines: true, colors: 'k' } });
    expect(both.contours!.styles.map((s) => s.color)).toEqual(['#000000', '#000000', '#000000']);
    expect(both.contours!.fill!.colors).toEqual([[0, 0, 0, 1]]);
  });

  it('filled as an object gives the bands their own colours: contourf(cmap=…) under contour(colors="k")', () => {
    const p = resolvePicture(
      { z, contours: { levels: 3, colors: 'k', lines: true, alpha: 0.8, filled: { cmap: 'jet' } } },
      undefined,
      ALL_COLORMAPS,
    );
    expect(p.contours!.styles.every((s) => s.color === 'rgba(0, 0, 0, 0.8)')).toBe(true);
    expect(p.contours!.fill!.colors).toBeNull();
    expect(p.contours!.fill!.cmap.name).toBe('jet');
    // Alpha not given in the object: the contours' own.
    expect(p.contours!.fill!.alpha).toBe(0.8);
    const own = resolvePicture({ z, contours: { levels: 3, cmap: 'viridis', filled: { alpha: 0.25 } } });
    expect(own.contours!.fill!.cmap.name).toBe('viridis');
    expect(own.contours!.fill!.alpha).toBe(0.25);
    expect(own.contours!.styles).toEqual([]);
  });

  it('errors name the option inside contours.filled', () => {
    expect(() => resolvePicture({ z, contours: { filled: { colors: ['k', 'nope'] } } })).toThrow(
      'contour-heatmap: invalid prop "contours.filled.colors[1]"',
    );
    expect(() => resolvePicture({ z, contours: { filled: { cmap: 'nope' as never } } })).toThrow(
      'contour-heatmap: invalid prop "contours.filled.cmap"',
    );
    expect(() => resolvePicture({ z, contours: { filled: { alpha: 2 } } })).toThrow(
      'contour-heatmap: invalid prop "contours.filled.alpha": must be a number in 0–1, got 2',
    );
    expect(() => resolvePicture({ z, contours: { filled: { colors: [] } } })).toThrow(
      'contour-heatmap: invalid prop "contours.filled.colors": expected a colour or a non-empty array of colours',
    );
    expect(() => resolvePicture({ z, contours: { filled: 'yes' as never } })).toThrow(
      'contour-heatmap: invalid prop "contours.filled": expected true, false or an options object, got yes',
    );
  });
});

describe('resolvePicture: robustness', () => {
  it('rejects a level count above the maximum with an error naming contours.levels', () => {
    expect(() => resolvePicture({ z, contours: { levels: 1e6 } })).toThrow(
      /invalid prop "contours.levels": a level count of 1000000 is more than the 1000 levels supported/,
    );
    expect(() => resolvePicture({ z, contours: { levels: Array.from({ length: 1001 }, (_, i) => i) } })).toThrow(
      /invalid prop "contours.levels": 1001 levels is more than the 1000 supported/,
    );
  });

  it('rejects grids above the cell limit, or whose typed array does not match the shape, naming z', () => {
    expect(() => resolvePicture({ z: { values: new Float64Array(0), rows: 2 ** 20, cols: 2 ** 20 } })).toThrow(
      /invalid prop "z": .* cells is more than the 268435456/,
    );
    expect(() => resolvePicture({ z: { values: new Float32Array(5), rows: 2, cols: 3 } })).toThrow(
      /invalid prop "z": values has 5 entries but rows × cols = 2 × 3 = 6/,
    );
  });

  it('resolves data spanning ±1e308 to a finite grid, norm and levels', () => {
    const p = resolvePicture({
      z: [
        [-1e308, 0],
        [5e307, 1e308],
      ],
    });
    expect(Array.from(p.grid.normalized)).toEqual([0, 0.5, 0.75, 1]);
    expect([p.norm.vmin, p.norm.vmax]).toEqual([-1e308, 1e308]);
    expect(p.contours!.levels.length).toBeGreaterThan(2);
    expect(p.contours!.levels.every(Number.isFinite)).toBe(true);
    expect(p.contours!.styles.every((s) => !s.color.includes('NaN'))).toBe(true);
  });
});

describe('resolvePicture: options given as undefined', () => {
  it('takes every optional option given as undefined as not given, as a wrapper passing its own through gives them', () => {
    const given = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, undefined]));
    const picture = given(['extent', 'origin', 'interpolation', 'interpolationStage', 'filterrad', 'cmap', 'underColor']);
    const more = given(['overColor', 'badColor', 'vmin', 'vmax', 'norm', 'heatmap']);
    const contourKeys = ['levels', 'colors', 'cmap', 'linewidths', 'linestyles', 'negativeLinestyle', 'alpha', 'cornerMask'];
    const contours = given([...contourKeys, 'lines', 'extend', 'x', 'y', 'labels']);
    const filled = { levels: 4, filled: { colors: undefined, cmap: 'RdBu' as const, alpha: undefined } };
    expect(resolvePicture({ z, ...picture, ...more, contours: { ...contours, ...filled } }, undefined, ALL_COLORMAPS)).toEqual(
      resolvePicture({ z, contours: filled }, undefined, ALL_COLORMAPS),
    );
    const norm = { type: 'boundary', boundaries: [0, 2, 4], ...given(['ncolors', 'clip', 'extend']) } as const;
    expect(resolvePicture({ z, norm, cmap: { colors: ['k', 'w'], name: undefined } }).norm).toEqual(
      resolvePicture({ z, norm: { type: 'boundary', boundaries: [0, 2, 4] }, cmap: { colors: ['k', 'w'] } }).norm,
    );
    const axes = given(['title', 'xlabel', 'ylabel', 'xticks', 'yticks', 'format', 'fontSize', 'fontFamily', 'frame']);
    const colorbar = given(['label', 'ticks', 'format', 'orientation']);
    const labels = given(['fontSize', 'format', 'inline', 'inlineSpacing', 'levels', 'colors']);
    expect(resolveFigure({ axes, colorbar, ...given(['layout', 'background']), contours: { labels } })).toEqual(
      resolveFigure({ axes: {}, colorbar: {}, contours: { labels: {} } }),
    );
  });
});
