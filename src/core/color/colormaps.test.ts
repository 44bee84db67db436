import { describe, expect, it } from 'vitest';
import { loadJson } from '../../../test-support/matplotlibFixtures';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import * as exported from '../../colormaps';
import {
  COLORMAP_NAMES,
  colorOf,
  getColormap,
  lutIndex,
  resolveColormap,
  type Colormap,
  type ColormapExtremes,
  type ColormapInput,
  type ColormapName,
} from './colormaps';
import { BASE_COLORMAP_NAMES } from './colormaps/data/names';
import { DEFAULT_COLORMAPS, loadColormaps, reversed } from './colormaps/registry';

/** One colormap as fixtures/matplotlib/colormaps.json records it (generate.py, cmap_record). */
interface FixtureColormap {
  N: number;
  /** `cmap(arange(N), bytes=True)` as hex, 8 digits per entry. */
  lut: string;
  under: number[];
  over: number[];
  bad: number[];
}

interface FixtureCustom extends FixtureColormap {
  input: ColormapInput;
  extremes?: ColormapExtremes;
  name: string;
}

const fixture = loadJson<{
  names: string[];
  colormaps: Record<string, FixtureColormap>;
  samples: { x: (number | null)[]; colors: Record<string, number[][]> };
  custom: FixtureCustom[];
}>('colormaps.json');

function expectMatplotlib(cmap: Colormap, expected: FixtureColormap): void {
  expect(cmap.n).toBe(expected.N);
  expect(cmap.lut.length).toBe(expected.N * 4);
  expect(Buffer.from(cmap.lut).toString('hex')).toBe(expected.lut);
  expect([cmap.under, cmap.over, cmap.bad]).toEqual([expected.under, expected.over, expected.bad]);
}

describe('registered colormaps', () => {
  it("has every name matplotlib 3.6.3 registers, in the registry's order", () => {
    expect(COLORMAP_NAMES).toEqual(fixture.names);
    expect(COLORMAP_NAMES).toHaveLength(166);
  });

  it.each(COLORMAP_NAMES)('builds %s byte for byte as matplotlib does, N and extremes included', (name) => {
    expectMatplotlib(getColormap(name, 'cmap', ALL_COLORMAPS), fixture.colormaps[name]!);
  });

  it('gives jet entry 0 as (0, 0, 127) and entry 255 as (127, 0, 0)', () => {
    const jet = getColormap('jet', 'cmap', ALL_COLORMAPS);
    expect(Array.from(jet.lut.slice(0, 4))).toEqual([0, 0, 127, 255]);
    expect(Array.from(jet.lut.slice(255 * 4))).toEqual([127, 0, 0, 255]);
  });

  it('rejects an unknown name, naming the prop and hinting at the case', () => {
    expect(() => getColormap('jett')).toThrow(
      /invalid prop "cmap": unknown colormap "jett"; known: matplotlib's 166 registered names \(magma, inferno/,
    );
    expect(() => getColormap('Viridis')).toThrow(/did you mean "viridis"\?/);
    expect(() => resolveColormap('nope' as ColormapInput, {}, 'heatmap.cmap')).toThrow(/invalid prop "heatmap.cmap"/);
  });
});

describe('colorOf / lutIndex (matplotlib Colormap.__call__)', () => {
  it.each(Object.keys(fixture.samples.colors))('maps normalised values through %s as matplotlib does', (name) => {
    const cmap = getColormap(name, 'cmap', ALL_COLORMAPS);
    const got = fixture.samples.x.map((x) => [...colorOf(cmap, x ?? NaN)]);
    expect(got).toEqual(fixture.samples.colors[name]);
  });

  it('truncates x·N, maps x·N = N to N - 1, below 0 to under, above to over and NaN to bad', () => {
    expect([0, 0.5 / 256, 1 / 256, 0.999, 1].map((x) => lutIndex(x, 256))).toEqual([0, 0, 1, 255, 255]);
    expect([0, 0.0999, 0.1, 0.95, 1].map((x) => lutIndex(x, 10))).toEqual([0, 0, 1, 9, 9]);
    expect(lutIndex(-1e-9, 256)).toBe(-1);
    expect(lutIndex(1 + 1e-9, 10)).toBe(10);
    expect(lutIndex(Infinity, 10)).toBe(10);
    expect(lutIndex(NaN, 256)).toBeNaN();
    const jet = getColormap('jet', 'cmap', ALL_COLORMAPS);
    expect(colorOf(jet, -0.1)).toEqual(jet.under);
    expect(colorOf(jet, NaN)).toEqual([0, 0, 0, 0]);
  });
});

describe('resolveColormap: custom colormaps and extremes', () => {
  it.each(fixture.custom.map((c, i) => [i, c] as const))('builds custom case %i as matplotlib does', (_, c) => {
    const cmap = resolveColormap(c.input, c.extremes, 'cmap', ALL_COLORMAPS);
    expect(cmap.name).toBe(c.name);
    expectMatplotlib(cmap, c);
  });

  it('leaves the registered colormap alone when extremes are overridden', () => {
    const plain = resolveColormap('viridis');
    const dressed = resolveColormap('viridis', { under: 'k', over: 'w' });
    expect(dressed.lut).toEqual(plain.lut);
    expect([dressed.under, dressed.over, dressed.bad]).toEqual([[0, 0, 0, 255], [255, 255, 255, 255], plain.bad]);
  });

  it('validates custom colormaps the way matplotlib does, naming the prop', () => {
    const bad = (input: unknown) => () => resolveColormap(input as ColormapInput);
    expect(bad({ colors: [] })).toThrow(/invalid prop "cmap.colors": expected a non-empty array/);
    expect(bad({ colors: ['red', 'bluish'] })).toThrow(/invalid prop "cmap.colors\[1\]": "bluish" is not a colour/);
    expect(bad({ colors: ['red'], stops: [] })).toThrow(/invalid prop "cmap": expected a colormap name/);
    expect(bad({})).toThrow(/invalid prop "cmap": expected a colormap name/);
    expect(bad(null)).toThrow(/invalid prop "cmap"/);
    expect(bad({ colors: ['red'], name: 3 })).toThrow(/invalid prop "cmap.name"/);
    expect(bad({ stops: [[0, 'red']] })).toThrow(/at least two/);
    expect(
      bad({
        stops: [
          [0.1, 'red'],
          [1, 'blue'],
        ],
      }),
    ).toThrow(/must start at 0 and end at 1/);
    expect(
      bad({
        stops: [
          [0, 'red'],
          [0.9, 'blue'],
        ],
      }),
    ).toThrow(/must start at 0 and end at 1/);
    expect(
      bad({
        stops: [
          [0, 'red'],
          [0.6, 'green'],
          [0.5, 'blue'],
          [1, 'k'],
        ],
      }),
    ).toThrow(/"cmap.stops\[2\]": positions must not decrease/);
    expect(
      bad({
        stops: [
          [0, 'red'],
          [NaN, 'blue'],
          [1, 'k'],
        ],
      }),
    ).toThrow(/"cmap.stops\[1\]": position must be a finite number/);
    expect(bad({ stops: [[0, 'red'], 'blue'] })).toThrow(/"cmap.stops\[1\]": expected a \[position, colour\] pair/);
    expect(() => resolveColormap('viridis', { bad: 'transparentish' })).toThrow(/invalid prop "badColor"/);
    expect(() => resolveColormap('viridis', { under: [2, 0, 0] })).toThrow(/invalid prop "underColor"/);
  });
});

describe('colormap objects (contour-heatmap/colormaps)', () => {
  it('exports one frozen colormap per base name, named as matplotlib registers it', () => {
    const { reversed: _reversed, ...maps } = exported;
    expect(Object.keys(maps).sort()).toEqual([...BASE_COLORMAP_NAMES].sort());
    for (const [name, cmap] of Object.entries(maps)) {
      expect(cmap).toMatchObject({ name, reversed: false });
      expect(Object.isFrozen(cmap) && Object.isFrozen(cmap.spec)).toBe(true);
    }
  });

  it('resolves an object byte for byte as its name, reversed as its _r name, and back', () => {
    const byName = (name: ColormapName) => getColormap(name, 'cmap', ALL_COLORMAPS);
    expect(resolveColormap(exported.jet)).toEqual(byName('jet'));
    expect(resolveColormap(reversed(exported.twilight))).toEqual(byName('twilight_r'));
    expect(resolveColormap(reversed(exported.gnuplot), { under: 'k' }, 'cmap')).toEqual(
      resolveColormap('gnuplot_r', { under: 'k' }, 'cmap', ALL_COLORMAPS),
    );
    expect(reversed(reversed(exported.tab10))).toEqual(exported.tab10);
    expect(() => reversed({ name: 'jet' } as never)).toThrow(/expected a colormap from contour-heatmap\/colormaps/);
  });

  it('resolves names from the colormaps given: viridis bundled, the others loaded', async () => {
    expect(Object.keys(DEFAULT_COLORMAPS)).toEqual(['viridis']);
    expect(getColormap('viridis_r').name).toBe('viridis_r');
    // A valid name missing from the source is the caller's bug (it did not load first), not the user's.
    expect(() => getColormap('jet')).toThrow(/"jet" was resolved before it was loaded/);
    const all = await loadColormaps();
    expect(Object.keys(all).sort()).toEqual([...BASE_COLORMAP_NAMES].sort());
    expect(getColormap('jet_r', 'cmap', all)).toEqual(getColormap('jet_r', 'cmap', ALL_COLORMAPS));
  });
});
