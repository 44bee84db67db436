import { describe, expect, it } from 'vitest';
import { logLocatorTicks, logNumticks, symlogLocatorTicks } from './logLocator';
import { logAxisTicks, logSublabels, logTickLabel } from './logTicks';

describe('logLocatorTicks (LogLocator)', () => {
  it('puts major ticks on every decade, one beyond each end', () => {
    expect(logLocatorTicks(1e-3, 1e2, { numticks: 9 })).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100, 1000]);
  });

  it('strides over decades when they do not fit', () => {
    expect(logLocatorTicks(1e-10, 1e10, { numticks: 9 })).toEqual([1e-13, 1e-10, 1e-7, 1e-4, 0.1, 100, 1e5, 1e8, 1e11, 1e14]);
    expect(logNumticks(13)).toBe(9);
    expect(logNumticks(1)).toBe(2);
  });

  it('gives minor ticks at 2…9 × each decade, none over more than 10 decades', () => {
    expect(logLocatorTicks(1, 10, { numticks: 9, subs: 'auto' }).slice(8, 16)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(logLocatorTicks(1e-30, 1e30, { numticks: 9, subs: 'auto' })).toEqual([]);
  });

  it('falls back to AutoLocator when at most one minor tick is in view', () => {
    // Python: LogLocator(subs='auto', numticks=9).tick_values(2.1, 2.9)
    expect(logLocatorTicks(2.1, 2.9, { numticks: 9, subs: 'auto' })).toEqual([2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9]);
  });
});

describe('symlogLocatorTicks (SymmetricalLogLocator)', () => {
  it('puts ±decades outside the linear range and 0 inside it', () => {
    expect(symlogLocatorTicks(-3, 7, { base: 10, linthresh: 1 })).toEqual([-1, 0, 1]);
    expect(symlogLocatorTicks(-300, 7000, { base: 10, linthresh: 0.01 })).toEqual([
      -100, -10, -1, -0.1, -0.01, 0, 0.01, 0.1, 1, 10, 100, 1000,
    ]);
  });

  it('returns the limits when the range is all linear', () => {
    expect(symlogLocatorTicks(-5, 5, { base: 10, linthresh: 10 })).toEqual([-5, 5]);
  });
});

describe('LogFormatterSciNotation labels', () => {
  it('labels decades as powers and 2, 3, 4, 6 × decades over one decade', () => {
    const ctx = { base: 10, view: [1, 10] as const };
    const sub = logSublabels(ctx);
    expect([...sub].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 6, 10]);
    expect(logTickLabel(0.01, ctx, sub)).toEqual({ text: '10^\u22122', power: { sign: '', base: '10', exponent: '\u22122' } });
    expect(logTickLabel(0.30000000000000004, ctx, sub).text).toBe('3\u00d710^\u22121');
    expect(logTickLabel(5, ctx, sub)).toEqual({ text: '' });
  });

  it("labels symlog's zero and negative decades", () => {
    const ctx = { base: 10, view: [-3, 7] as const, linthresh: 1 };
    const sub = logSublabels(ctx);
    expect(logTickLabel(0, ctx, sub)).toEqual({ text: '0' });
    expect(logTickLabel(-1, ctx, sub).text).toBe('\u221210^0');
  });

  it('labels only the decades over more than one decade', () => {
    const { major, minor } = logAxisTicks(2, 30, { tickSpace: 13 });
    expect(major.values).toEqual([10]);
    expect(minor.labels.every((l) => l.text === '')).toBe(true);
  });
});
