import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORMAPS } from '../core/color/colormaps';
import { createChartColormaps } from './chartColormaps';

const z = [[0, 1]];

describe("a chart's colormaps", () => {
  it('has the default until a name needs the others, then every colormap, for this chart only', async () => {
    const chart = createChartColormaps();
    const other = createChartColormaps();
    expect(chart.sourceFor({ z })).toBe(DEFAULT_COLORMAPS);
    expect(chart.sourceFor({ z, cmap: 'jet' })).toBeNull();
    await chart.load();
    expect(chart.sourceFor({ z, cmap: 'jet' })?.jet?.name).toBe('jet');
    // Nothing is shared: another chart loads for itself.
    expect(other.sourceFor({ z, cmap: 'jet' })).toBeNull();
    expect(() => other.sourceFor({ z, cmap: 'jett' as never })).toThrow(/invalid prop "cmap": unknown colormap "jett"/);
  });
});
