import { describe, expect, it } from 'vitest';
import { loadStyleCases, type StyleCase } from '../../../test-support/matplotlibFixtures';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import { getColormap } from '../color/colormaps';
import { resolveContourStyles, type ContourStyleOptions, type LineStyleName } from './contourStyle';
import type { Extend } from './extend';
import { resolveLevels } from './levels';

const PX_PER_POINT = 100 / 72;

/** Our call for a fixture case: matplotlib's keywords mapped onto the library's options. */
function stylesFor(c: StyleCase) {
  const kw = c.kwargs;
  const levels = resolveLevels(kw.levels, c.zmin, c.zmax, 'levels', (kw.extend as Extend | undefined) ?? 'neither');
  const options: ContourStyleOptions = {
    ...(kw.cmap !== undefined ? { cmap: getColormap(kw.cmap as string, 'cmap', ALL_COLORMAPS) } : {}),
    ...(kw.linewidths !== undefined ? { linewidths: kw.linewidths as number | number[] } : {}),
    ...(kw.linestyles !== undefined ? { linestyles: kw.linestyles as LineStyleName | LineStyleName[] } : {}),
    ...(kw.negative_linestyles !== undefined ? { negativeLinestyle: kw.negative_linestyles as LineStyleName } : {}),
    ...(kw.alpha !== undefined ? { alpha: kw.alpha as number } : {}),
  };
  return { levels, styles: resolveContourStyles(levels, kw.colors as string | string[] | undefined, c.zmin, c.zmax, options) };
}

describe('resolveContourStyles against matplotlib’s ContourSets (fixtures/matplotlib/contour_styles.json)', () => {
  it.each(loadStyleCases().map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { levels, styles } = stylesFor(c);
    expect(levels).toEqual(c.levels);
    const fromColormap = c.kwargs.colors === undefined;
    styles.forEach((style, i) => {
      const mpl = c.styles[i]!;
      expect(style.level).toBe(mpl.level);
      // Colormap colours come from the byte LUT (matplotlib's float truncated), explicit ones are
      // rounded as Agg does when it strokes them.
      const toByte = fromColormap ? (v: number) => Math.trunc(v * 255) : (v: number) => Math.round(v * 255);
      expect(style.rgba.slice(0, 3)).toEqual(mpl.rgba.slice(0, 3).map(toByte));
      expect(style.alpha).toBe(mpl.rgba[3]);
      expect(style.width).toBeCloseTo(mpl.linewidthPt * PX_PER_POINT, 12);
      expect(mpl.dashOffsetPt).toBe(0);
      if (mpl.dashesPt === null) expect(style.dash).toBeNull();
      else expect(style.dash!.map((d) => d / PX_PER_POINT)).toEqual(mpl.dashesPt.map((d) => expect.closeTo(d, 12)));
    });
  });

  it('writes opaque colours as hex and translucent ones as rgba()', () => {
    const [opaque, translucent] = resolveContourStyles([0, 1], ['k', '#ff000080'], 0, 1);
    expect(opaque!.color).toBe('#000000');
    expect(translucent!.color).toBe(`rgba(255, 0, 0, ${128 / 255})`);
    expect(resolveContourStyles([0], 'w', 0, 1, { alpha: 0.25 })[0]!.color).toBe('rgba(255, 255, 255, 0.25)');
  });

  it('dashes negative levels of a single-colour set with matplotlib’s pattern × line width', () => {
    const styles = resolveContourStyles([-1, 0, 1], 'k', -2, 2);
    expect(styles.map((s) => s.dash)).toEqual([[3.7 * 1.5 * PX_PER_POINT, 1.6 * 1.5 * PX_PER_POINT], null, null]);
    expect(resolveContourStyles([-1], ['r', 'g'], -2, 2)[0]!.dash).toBeNull();
  });

  it('names the offending option in errors', () => {
    expect(() => resolveContourStyles([0], 'notacolour', 0, 1)).toThrow(/invalid prop "contours.colors": "notacolour" is not a colour/);
    expect(() => resolveContourStyles([0], ['k', 'bluish'], 0, 1)).toThrow(/invalid prop "contours.colors\[1\]"/);
    expect(() => resolveContourStyles([0], [], 0, 1)).toThrow(/invalid prop "contours.colors": expected a colour or a non-empty array/);
    expect(() => resolveContourStyles([0], 'k', 0, 1, { linewidths: -1 })).toThrow(
      /invalid prop "contours.linewidths": a line width must be/,
    );
    expect(() => resolveContourStyles([0], 'k', 0, 1, { linewidths: [1, NaN] })).toThrow(/invalid prop "contours.linewidths\[1\]"/);
    expect(() => resolveContourStyles([0], 'k', 0, 1, { linestyles: ['solid', '--' as LineStyleName] })).toThrow(
      /invalid prop "contours.linestyles\[1\]": expected one of 'solid', 'dashed', 'dashdot', 'dotted'/,
    );
    expect(() => resolveContourStyles([0], 'k', 0, 1, { negativeLinestyle: 'dots' as LineStyleName })).toThrow(
      /"contours.negativeLinestyle"/,
    );
    expect(() => resolveContourStyles([0], 'k', 0, 1, { alpha: 1.5 })).toThrow(/invalid prop "contours.alpha": must be a number in 0–1/);
  });
});

describe('resolveContourStyles on extreme and long level lists', () => {
  it('colours levels spanning ±1e308 from the colormap (before: NaN positions) and dashes the negative ones', () => {
    const viridis = getColormap('viridis');
    const styles = resolveContourStyles([-1e308, 0, 1e308], undefined, -1e308, 1e308, { cmap: viridis });
    const byte = (x: number) => resolveContourStyles([0, x, 1], undefined, 0, 1, { cmap: viridis })[1]!.color;
    expect(styles.map((s) => s.color)).toEqual([byte(0), byte(0.5), byte(1)]);
    // zmax − zmin overflows: matplotlib's eps would be -inf and no level dashed.
    // The threshold is -(zmax − zmin) · 1e-15 = -2e293: -1e300 is negative, -1 counts as zero.
    const mono = resolveContourStyles([-1e308, -1e300, -1, 0, 1e308], 'k', -1e308, 1e308);
    expect(mono.map((s) => s.dash === null)).toEqual([false, false, true, true, true]);
  });

  it('handles far more levels than a spread into Math.min could (no stack overflow)', () => {
    // Math.min(...levels) throws RangeError (call stack) from about 130 000 arguments in Node 20.
    const levels = Array.from({ length: 150_000 }, (_, i) => i);
    const styles = resolveContourStyles(levels, undefined, 0, 1);
    expect(styles).toHaveLength(150_000);
    expect(styles[0]!.color).toBe(resolveContourStyles([0, 1], undefined, 0, 1)[0]!.color);
    expect(styles.at(-1)!.color).toBe(resolveContourStyles([0, 1], undefined, 0, 1)[1]!.color);
  });
});
