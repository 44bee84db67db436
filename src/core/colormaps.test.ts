import { describe, expect, it } from 'vitest';
import { loadJson } from '../testing/matplotlibFixtures';
import { COLORMAP_NAMES, colorOf, getColormap, lutIndex } from './colormaps';

interface FixtureColormap {
  lutBytes: number[][];
  under: number[];
  over: number[];
  bad: number[];
}
const fixtures = loadJson<{ colormaps: Record<string, FixtureColormap> }>('colormaps.json').colormaps;

describe('getColormap', () => {
  it.each(COLORMAP_NAMES)('builds %s byte for byte as matplotlib does, extremes included', (name) => {
    const cmap = getColormap(name);
    const expected = fixtures[name]!;
    const rows = Array.from({ length: 256 }, (_, i) => Array.from(cmap.lut.slice(i * 4, i * 4 + 4)));
    expect(rows).toEqual(expected.lutBytes);
    expect([cmap.under, cmap.over, cmap.bad]).toEqual([expected.under, expected.over, expected.bad]);
  });

  it('gives jet entry 0 as (0, 0, 127) and entry 255 as (127, 0, 0)', () => {
    const jet = getColormap('jet');
    expect(Array.from(jet.lut.slice(0, 4))).toEqual([0, 0, 127, 255]);
    expect(Array.from(jet.lut.slice(255 * 4))).toEqual([127, 0, 0, 255]);
  });

  it('rejects an unknown name, naming the prop', () => {
    expect(() => getColormap('jett')).toThrow(/invalid prop "cmap": unknown colormap "jett"; known: jet, viridis/);
  });
});

describe('lutIndex (matplotlib Colormap.__call__)', () => {
  it('truncates x·256, maps 1 to 255, below 0 to under, ≥ 1 to over and NaN to bad', () => {
    expect([0, 0.5 / 256, 1 / 256, 0.999, 1].map(lutIndex)).toEqual([0, 0, 1, 255, 255]);
    expect(lutIndex(-1e-9)).toBe(-1);
    expect(lutIndex(1 + 1e-9)).toBe(256);
    expect(lutIndex(NaN)).toBeNaN();
    const jet = getColormap('jet');
    expect(colorOf(jet, -0.1)).toEqual(jet.under);
    expect(colorOf(jet, NaN)).toEqual([0, 0, 0, 0]);
  });
});
