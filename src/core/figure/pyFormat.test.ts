import { describe, expect, it } from 'vitest';
import { loadTickFixtures } from '../../../test-support/matplotlibFixtures';
import { npRound, pyDivmod, pyFloorDiv, pyPow10, rint } from './pyFloat';
import { formatFixed, formatG, pyRound } from './pyFormat';

const probes = loadTickFixtures().format;

describe('Python float formatting (pyFormat)', () => {
  it(`matches Python 3 on ${probes.length} '%f', '%g', round and np.round probes`, () => {
    for (const p of probes) {
      const got =
        p.kind === 'fixed'
          ? formatFixed(p.x, p.digits!)
          : p.kind === 'g10'
            ? formatG(p.x, 10)
            : p.kind === 'round10'
              ? pyRound(p.x, 10)
              : npRound(p.x, p.digits!);
      expect({ ...p, got }).toEqual({ ...p, got: p.text ?? p.value });
    }
  });

  it('rounds exact ties half to even, unlike toFixed', () => {
    expect((0.125).toFixed(2)).toBe('0.13');
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(-2.5, 0)).toBe('-2');
    expect(formatFixed(1e22, 1)).toBe('10000000000000000000000.0');
  });

  it("formats '%g' with Python's exponent style", () => {
    expect(formatG(1e-5)).toBe('1e-05');
    expect(formatG(123456789)).toBe('1.23457e+08');
    expect(formatG(2)).toBe('2');
    expect(formatG(0.0001)).toBe('0.0001');
    expect(formatG(-0)).toBe('-0');
  });
});

describe('Python float arithmetic (pyFloat)', () => {
  it("floors like Python's //, not Math.floor(x / y)", () => {
    expect(pyFloorDiv(1, 0.1)).toBe(9);
    expect(Math.floor(1 / 0.1)).toBe(10);
    expect(pyDivmod(-7, 2)).toEqual([-4, 1]);
    expect(pyDivmod(7, -2)).toEqual([-4, -1]);
  });

  it('raises 10 to integer powers as glibc does', () => {
    expect(pyPow10(-4)).toBe(0.0001);
    expect(pyPow10(23)).toBe(1.0000000000000001e23);
    expect(pyPow10(22)).toBe(1e22);
  });

  it('rounds halves to even (rint)', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5].map(rint)).toEqual([0, 2, 2, -0, -2, -2]);
  });
});
