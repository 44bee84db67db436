import { describe, expect, it } from 'vitest';
import { chartAriaLabel, type LabelledPicture } from './ariaLabel';

const picture = (more: Partial<LabelledPicture> = {}): LabelledPicture => ({
  grid: { rows: 15, cols: 15, min: -1.8234, max: 1.5 },
  extent: [0, 3, -1, 1],
  heatmap: true,
  contours: { levels: [-1.5, -1.2, -0.9, -0.6, -0.3, 0, 0.3, 0.6, 0.9, 1.2], fill: null },
  ...more,
});

describe('chartAriaLabel', () => {
  it('names the kind, the size, the range and the levels, with compact numbers and true minus signs', () => {
    expect(chartAriaLabel(picture(), null)).toBe('heatmap, 15 × 15 cells, values −1.82 to 1.5, 10 contour levels');
  });

  it('leaves out contours the picture does not have, and says one cell and one level', () => {
    expect(chartAriaLabel(picture({ contours: null }), null)).toBe('heatmap, 15 × 15 cells, values −1.82 to 1.5');
    const one = picture({ grid: { rows: 1, cols: 1, min: 2, max: 2 }, contours: { levels: [2], fill: null } });
    expect(chartAriaLabel(one, null)).toBe('heatmap, 1 × 1 cell, values 2, 1 contour level');
  });

  it('says what a picture without a heatmap is, and a grid with no finite value', () => {
    expect(chartAriaLabel(picture({ heatmap: false, contours: { levels: [0], fill: {} as never } }), null)).toMatch(
      /^filled contour plot,/,
    );
    expect(chartAriaLabel(picture({ heatmap: false }), null)).toMatch(/^contour plot,/);
    expect(chartAriaLabel(picture({ grid: { rows: 2, cols: 3, min: NaN, max: NaN }, contours: null }), null)).toBe(
      'heatmap, 2 × 3 cells, no finite values',
    );
  });

  it('mentions the view only when it is not the extent', () => {
    expect(chartAriaLabel(picture({ contours: null }), { x: [0, 3], y: [-1, 1] })).toBe('heatmap, 15 × 15 cells, values −1.82 to 1.5');
    expect(chartAriaLabel(picture({ contours: null }), { x: [0, 1.5], y: [-1, 1e-5] })).toBe(
      'heatmap, 15 × 15 cells, values −1.82 to 1.5, showing x 0 to 1.5, y −1 to 1e−05',
    );
  });
});
