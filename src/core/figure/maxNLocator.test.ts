import { describe, expect, it } from 'vitest';
import { loadTickFixtures } from '../../../test-support/matplotlibFixtures';
import { autoLocatorTicks, maxNLocatorTicks, nonsingular, tickSpace, ticksInView } from './maxNLocator';
import { scalarTickLabels } from './scalarFormatter';

const { axes } = loadTickFixtures();

/** Tick values equal to within 1e-12 relative (exact in practice: the arithmetic follows Python's). */
function expectValues(got: readonly number[], want: readonly number[], name: string): void {
  expect(got.length, `${name}: ${got} vs ${want}`).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    expect(Math.abs(g - w) <= 1e-12 * Math.max(Math.abs(w), Math.abs(g)), `${name}: tick ${i} ${g} vs ${w}`).toBe(true);
  });
}

describe('autoLocatorTicks (matplotlib AutoLocator on a real axis)', () => {
  it(`reproduces get_tick_space on all ${axes.length} axis cases`, () => {
    for (const c of axes) {
      expect(tickSpace(c.input.axisLengthPt, c.input.fontSizePt, c.input.axis), c.name).toBe(c.tickSpace);
    }
  });

  it(`returns every major tick matplotlib's locator returned on all ${axes.length} axis cases`, () => {
    for (const c of axes) expectValues(autoLocatorTicks(c.input.vmin, c.input.vmax, c.input), c.locs, c.name);
  });

  it('keeps the ticks Axis._update_ticks draws', () => {
    for (const c of axes) expectValues(ticksInView(c.locs, c.view), c.ticks, c.name);
  });

  it('gives the seed axes of the reference (x −3…4, y −4…3 on 775×385 px)', () => {
    expect(autoLocatorTicks(-3, 4, { axisLengthPt: 558, axis: 'x' })).toEqual([-3, -2, -1, 0, 1, 2, 3, 4]);
    expect(autoLocatorTicks(-4, 3, { axisLengthPt: 277.2, axis: 'y' })).toEqual([-4, -3, -2, -1, 0, 1, 2, 3]);
  });

  it('swaps reversed limits as the locator does', () => {
    expect(autoLocatorTicks(4, -3, { axisLengthPt: 558, axis: 'x' })).toEqual(autoLocatorTicks(-3, 4, { axisLengthPt: 558, axis: 'x' }));
  });
});

describe('maxNLocatorTicks', () => {
  it('keeps 0.1…0.7 exact (the _Edge_integer tolerance)', () => {
    expect(maxNLocatorTicks(0.1, 0.7, { nbins: 9, steps: [1, 2, 2.5, 5, 10] })).toEqual([
      0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6, 0.7000000000000001,
    ]);
  });

  it('widens a singular interval', () => {
    expect(nonsingular(2, 2, 0.1)).toEqual([1.8, 2.2]);
    expect(nonsingular(0, 0)).toEqual([-0.001, 0.001]);
  });
});

describe('scalarTickLabels (matplotlib ScalarFormatter on a real axis)', () => {
  it(`gives matplotlib's label texts and offset text on all ${axes.length} axis cases`, () => {
    for (const c of axes) {
      const got = scalarTickLabels(c.locs, c.view);
      expect({ name: c.name, labels: got.labels, offsetText: got.offsetText }).toEqual({
        name: c.name,
        labels: c.labels,
        offsetText: c.offsetText,
      });
    }
  });
});
