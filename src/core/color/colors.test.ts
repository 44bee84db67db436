import { describe, expect, it } from 'vitest';
import { loadJson } from '../../../test-support/matplotlibFixtures';
import { parseColor } from './colors';

/** fixtures/matplotlib/colors.json: matplotlib's `to_rgba(value)` for each sample, or whether it raised. */
interface ColorSample {
  value: string | number[];
  rgba?: number[];
  error?: true;
}

const samples = loadJson<{ samples: ColorSample[] }>('colors.json').samples;

describe("parseColor (matplotlib's to_rgba)", () => {
  it.each(samples.filter((s) => !s.error).map((s) => [JSON.stringify(s.value), s] as const))('parses %s as matplotlib does', (_, s) => {
    expect(parseColor(s.value, 'color')).toEqual(s.rgba);
  });

  it.each(samples.filter((s) => s.error).map((s) => [JSON.stringify(s.value), s] as const))('rejects %s as matplotlib does', (_, s) => {
    expect(() => parseColor(s.value, 'color')).toThrow(/invalid prop "color"/);
  });

  it('explains what is wrong, naming the prop', () => {
    expect(() => parseColor('1.5', 'badColor')).toThrow(/invalid prop "badColor": grey level "1.5" is outside 0–1/);
    expect(() => parseColor('xkcd:sky blue', 'c')).toThrow(/xkcd: colour names are not bundled/);
    expect(() => parseColor([0, 0], 'c')).toThrow(/3 or 4 entries/);
    expect(() => parseColor([0, NaN, 0], 'c')).toThrow(/numbers in 0–1/);
    expect(() => parseColor(42, 'c')).toThrow(/expected a colour .*got 42/);
    expect(() => parseColor(undefined, 'c')).toThrow(/got undefined/);
  });
});
