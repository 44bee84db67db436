import { describe, expect, it } from 'vitest';
import { loadTickFixtures, type TickColorbarCase } from '../../../test-support/matplotlibFixtures';
import { colorbarTicks, type ColorbarTicksInput, type TickLabel } from './colorbarTicks';
import { fixedLocatorTicks } from './fixedLocator';

const { colorbars } = loadTickFixtures();

function expectValues(got: readonly number[], want: readonly number[], what: string): void {
  expect(got.length, `${what}: ${got} vs ${want}`).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i]!;
    expect(Math.abs(g - w) <= 1e-12 * Math.max(Math.abs(w), Math.abs(g)), `${what}: ${i}: ${g} vs ${w}`).toBe(true);
  });
}

/** The label as matplotlib's text: mathtext for the log formatter, plain for ScalarFormatter. */
function asMatplotlib(label: TickLabel, log: boolean): string {
  if (!log || label.text === '') return label.text;
  const p = label.power;
  if (!p) return `$\\mathdefault{${label.text}}$`;
  const mantissa = p.mantissa !== undefined ? `${p.mantissa}\\times` : '';
  return `$\\mathdefault{${p.sign ? '-' : ''}${mantissa}${p.base}^{${p.exponent.replace('\u2212', '-')}}}$`;
}

function run(c: TickColorbarCase) {
  return colorbarTicks(c.input as unknown as ColorbarTicksInput);
}

const isLog = (c: TickColorbarCase): boolean => c.input.kind === 'log' || c.input.kind === 'symlog';
const kinds = [...new Set(colorbars.map((c) => c.input.kind))];

describe('colorbarTicks (matplotlib fig.colorbar long axis)', () => {
  it(`covers every norm kind (${kinds.join(', ')}) in ${colorbars.length} cases`, () => {
    expect(kinds.sort()).toEqual(['boundary', 'centered', 'levels', 'linear', 'log', 'power', 'symlog', 'twoSlope']);
  });

  it('sets the view interval matplotlib sets (norm.inverse(0), norm.inverse(1))', () => {
    for (const c of colorbars) expectValues([...run(c).view], c.view, c.name);
  });

  it('draws the major ticks matplotlib draws', () => {
    for (const c of colorbars) expectValues(run(c).major.values, c.ticks, c.name);
  });

  it('draws the minor ticks matplotlib draws (log and BoundaryNorm colorbars)', () => {
    for (const c of colorbars) expectValues(run(c).minor.values, c.minorTicks, c.name);
  });

  it("gives matplotlib's label texts and offset text", () => {
    for (const c of colorbars) {
      const got = run(c);
      const log = isLog(c);
      expect({
        name: c.name,
        labels: got.major.labels.map((l) => asMatplotlib(l, log)),
        minorLabels: got.minor.labels.map((l) => asMatplotlib(l, log)),
        offsetText: got.offsetText,
      }).toEqual({ name: c.name, labels: c.labels, minorLabels: c.minorLabels, offsetText: c.offsetText });
    }
  });

  it('places the ticks where matplotlib does along the interior', () => {
    for (const c of colorbars) {
      const got = run(c);
      const near = (a: number[], b: number[], what: string) => {
        expect(a.length, what).toBe(b.length);
        a.forEach((v, i) => expect(Math.abs(v - b[i]!), `${what} ${i}`).toBeLessThan(1e-9));
      };
      near(got.major.positions, c.positions, c.name);
      near(got.minor.positions, c.minorPositions, `${c.name} minor`);
    }
  });

  it('gives the seed colorbar of the reference (−1.5…1.0 by 0.5, and −1.8…1.2 for the contours)', () => {
    const seed = colorbarTicks({
      kind: 'linear',
      vmin: -1.6939936746020778,
      vmax: 1.3856608412833054,
      lengthPt: 277.2,
      orientation: 'vertical',
    });
    expect(seed.major.labels.map((l) => l.text)).toEqual(['\u22121.5', '\u22121.0', '\u22120.5', '0.0', '0.5', '1.0']);
  });

  it('writes log labels as structured powers with a plain-text fallback', () => {
    const log = colorbarTicks({ kind: 'log', vmin: 1, vmax: 10, lengthPt: 277.2, orientation: 'vertical' });
    expect(log.major.labels).toEqual([
      { text: '10^0', power: { sign: '', base: '10', exponent: '0' } },
      { text: '10^1', power: { sign: '', base: '10', exponent: '1' } },
    ]);
    expect(log.minor.labels[0]).toEqual({ text: '2\u00d710^0', power: { sign: '', mantissa: '2', base: '10', exponent: '0' } });
  });
});

describe('fixedLocatorTicks (FixedLocator with nbins)', () => {
  it('takes every ceil(n / nbins)-th location, in the phase closest to zero', () => {
    expect(fixedLocatorTicks([-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 10)).toEqual([-2, 0, 2, 4, 6, 8]);
    // |−0.5| = |0.5|: on a tie the first phase stays.
    expect(fixedLocatorTicks([-1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5], 10)).toEqual([-1.5, 0.5, 2.5, 4.5, 6.5, 8.5]);
    expect(
      fixedLocatorTicks(
        [...Array(30).keys()].map((k) => k + 1),
        10,
      ),
    ).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28]);
    expect(fixedLocatorTicks([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });
});
