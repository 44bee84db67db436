import { describe, expect, it } from 'vitest';
import { loadTickFixtures } from '../../../test-support/matplotlibFixtures';
import { contourLabelTexts, fixMinus, formatScalarTick, scalarFormat, scalarOffsetText, scalarTickLabels } from './scalarFormatter';

const { clabels } = loadTickFixtures();

describe('contourLabelTexts (clabel default ScalarFormatter(useOffset=False))', () => {
  it(`gives matplotlib's text for every level of ${clabels.length} level sets`, () => {
    for (const c of clabels) expect({ name: c.name, texts: contourLabelTexts(c.input.levels) }).toEqual({ name: c.name, texts: c.texts });
  });

  it('scales by the exponent of the levels in [0, 1] only, and never shows it', () => {
    const seed = [-1.8, -1.5, -1.2, -0.9, -0.6, -0.3, 0, 0.3, 0.6, 0.9, 1.2, 1.5];
    expect(contourLabelTexts(seed.map((v) => v * 1e-6))[1]).toBe('\u22121.5');
    expect(contourLabelTexts(seed.map((v) => v * 1e6))[1]).toBe('\u22121500000');
  });
});

describe('ScalarFormatter', () => {
  it('splits off an offset that saves at least 4 digits', () => {
    const locs = [1e5, 100002, 100004, 100006, 100008, 100010];
    const got = scalarTickLabels(locs, [1e5, 100010]);
    expect(got.labels).toEqual(['0', '2', '4', '6', '8', '10']);
    expect(got.offsetText).toBe('+1e5');
    // 1234.50…1236.50 would save only 3 digits.
    expect(scalarTickLabels([1234.5, 1235, 1235.5, 1236, 1236.5], [1234.5, 1236.5]).offsetText).toBe('');
  });

  it('combines an exponent with an offset, with U+2212 minus signs', () => {
    const locs = [-100000.000005, -100000.000004, -100000.000003, -100000.000002, -100000.000001, -100000.0];
    const got = scalarTickLabels(locs, [-100000.000005, -100000.0]);
    expect(got.offsetText).toBe('1e\u22126\u22121e5');
    expect(got.labels).toEqual(['\u22125', '\u22124', '\u22123', '\u22122', '\u22121', '0']);
  });

  it('uses the exponent from 1e6 up and at 1e−5 down', () => {
    expect(scalarOffsetText(scalarFormat([0, 5e5, 1e6], [0, 1e6]))).toBe('1e6');
    expect(scalarOffsetText(scalarFormat([0, 2.5e5], [0, 2.5e5]))).toBe('');
    expect(scalarOffsetText(scalarFormat([1e-5, 3e-5, 5e-5], [1e-5, 5e-5]))).toBe('1e\u22125');
    expect(scalarOffsetText(scalarFormat([1e-3, 3e-3, 5e-3], [1e-3, 5e-3]))).toBe('');
  });

  it('never writes −0 for a zero tick', () => {
    const f = scalarFormat([-1, -0.5, 0, 0.5, 1], [-1, 1]);
    expect(formatScalarTick(f, -1e-17)).toBe('0.0');
    expect(fixMinus('-1e-6')).toBe('\u22121e\u22126');
  });

  it('labels nothing without ticks', () => {
    expect(scalarTickLabels([], [0, 1])).toEqual({ ticks: [], labels: [], offsetText: '' });
  });
});
