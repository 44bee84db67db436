import { describe, expect, it } from 'vitest';
import { loadFigureLayoutFixtures, type FigureFixtureBox } from '../../../test-support/matplotlibFixtures';
import { axesDecorations, colorbarLayout, constrainedLayout, subplotBox, type ColorbarLayoutOptions } from './layout';
import { boxBottom, boxContains, boxRight, boxesOverlap, type Box } from './layoutBox';

const fixtures = loadFigureLayoutFixtures();

function boxError(a: Box, b: FigureFixtureBox): number {
  return Math.max(
    Math.abs(a.left - b.left),
    Math.abs(a.top - b.top),
    Math.abs(boxRight(a) - (b.left + b.width)),
    Math.abs(boxBottom(a) - (b.top + b.height)),
  );
}

function label(c: { width: number; height: number; colorbar: unknown }): string {
  return `${c.width}×${c.height} ${JSON.stringify(c.colorbar)}`;
}

describe('subplotBox', () => {
  it('is the seed axes: 775×385 at (125, 60) in a 1000×500 figure', () => {
    expect(subplotBox(1000, 500)).toEqual({ left: 125, top: 60, width: 775, height: 385 });
  });

  it('matches ax.get_position() without a colorbar', () => {
    const cases = fixtures.cases.filter((c) => c.colorbar === null);
    expect(cases.length).toBe(4);
    for (const c of cases) expect(boxError(subplotBox(c.width, c.height), c.axes), label(c)).toBeLessThan(1e-9);
  });
});

describe('colorbarLayout against make_axes_gridspec', () => {
  const cases = fixtures.cases.filter((c) => c.colorbar !== null);

  it('the seed: parent 125–745 px, colorbar 19.25×385 at x 783.75', () => {
    const l = colorbarLayout(1000, 500);
    expect(l.axes.left).toBeCloseTo(125, 9);
    expect(boxRight(l.axes)).toBeCloseTo(745, 9);
    expect(l.colorbar.left).toBeCloseTo(783.75, 9);
    expect(l.colorbar.width).toBeCloseTo(19.25, 9);
    expect(l.colorbar.height).toBeCloseTo(385, 9);
    expect(l.interior).toEqual(l.colorbar);
    expect(l.triangles).toEqual([]);
  });

  it('extend both: interior 350 px from y 77.5, triangles 17.5 px long', () => {
    const l = colorbarLayout(1000, 500, { extend: 'both' });
    expect(l.interior.top).toBeCloseTo(77.5, 9);
    expect(l.interior.height).toBeCloseTo(350, 9);
    expect(l.triangles[0]![1]).toEqual([l.interior.left + l.interior.width / 2, 445]);
    expect(l.triangles[1]![1]![1]).toBeCloseTo(60, 9);
  });

  it(`matches every fixture case within 0.5 px (${cases.length} cases)`, () => {
    expect(cases.length).toBe(45);
    let worst = 0;
    for (const c of cases) {
      const opts = { ...(c.colorbar as ColorbarLayoutOptions), axesBoxAspect: c.axesBoxAspect ?? null };
      const l = colorbarLayout(c.width, c.height, opts);
      const errors = [boxError(l.axes, c.axes), boxError(l.colorbar, c.colorbarBox!), boxError(l.interior, c.interior!)];
      expect(l.extendLower, label(c)).toBe(c.extendLower);
      expect(l.extendUpper, label(c)).toBe(c.extendUpper);
      expect(l.triangles.length, label(c)).toBe(c.triangles!.length);
      l.triangles.forEach((t, i) =>
        t.forEach(([x, y], j) => errors.push(Math.hypot(x - c.triangles![i]![j]![0], y - c.triangles![i]![j]![1]))),
      );
      for (const e of errors) expect(e, label(c)).toBeLessThan(0.5);
      worst = Math.max(worst, ...errors);
    }
    // The rule is matplotlib's own arithmetic, so the error is rounding only.
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('constrainedLayout', () => {
  const { constrained } = fixtures;

  function run(c: (typeof constrained)[number]) {
    const cbDec = c.colorbarDecorations;
    const o = c.colorbar as { orientation?: 'vertical' | 'horizontal' } | null;
    const vertical = o?.orientation !== 'horizontal';
    const decorations =
      cbDec &&
      (vertical
        ? { outer: cbDec.right, inner: cbDec.left, start: cbDec.bottom, end: cbDec.top }
        : { outer: cbDec.bottom, inner: cbDec.top, start: cbDec.left, end: cbDec.right });
    return constrainedLayout(c.width, c.height, {
      decorations: c.axesDecorations,
      colorbar: o ? { ...o, decorations } : null,
    });
  }

  it("fed matplotlib's measured decorations, lands within a few px of matplotlib", () => {
    expect(constrained.length).toBe(14);
    for (const c of constrained) {
      const l = run(c);
      // matplotlib runs its solver twice with the previous pass's pad; we take the fixed point.
      // Measured: axes ≤ 3.1 px; colorbar ≤ 4.6 px (a width-limited bar's 0.5 px × aspect 20 in height).
      expect(boxError(l.axes, c.axes), label(c)).toBeLessThan(3.5);
      if (c.colorbarBox) {
        expect(boxError(l.colorbar!.colorbar, c.colorbarBox), label(c)).toBeLessThan(5);
        expect(boxError(l.colorbar!.interior, c.interior!), label(c)).toBeLessThan(5);
      }
    }
  });

  it('keeps everything inside the figure and apart, colorbar `pad` from the axes decorations', () => {
    for (const c of constrained) {
      const l = run(c);
      const d = c.axesDecorations;
      const pad = 3 * (100 / 72);
      const axesTight = {
        left: l.axes.left - d.left,
        top: l.axes.top - d.top,
        width: l.axes.width + d.left + d.right,
        height: l.axes.height + d.top + d.bottom,
      };
      const page = { left: pad, top: pad, width: c.width - 2 * pad, height: c.height - 2 * pad };
      expect(boxContains(page, axesTight, 1e-6), label(c)).toBe(true);
      if (!l.colorbar) continue;
      const cd = c.colorbarDecorations!;
      const bar = l.colorbar.colorbar;
      const cbTight = {
        left: bar.left - cd.left,
        top: bar.top - cd.top,
        width: bar.width + cd.left + cd.right,
        height: bar.height + cd.top + cd.bottom,
      };
      expect(boxContains(page, cbTight, 1e-6), label(c)).toBe(true);
      expect(boxesOverlap(axesTight, cbTight), label(c)).toBe(false);
      const vertical = l.colorbar.orientation === 'vertical';
      const gap = vertical ? cbTight.left - boxRight(axesTight) : cbTight.top - boxBottom(axesTight);
      expect(gap, label(c)).toBeCloseTo(0.05 * (vertical ? l.axes.width : l.axes.height), 9);
    }
  });

  it('fills the figure exactly on the sides without a colorbar, and reports a collapse', () => {
    const l = constrainedLayout(640, 480, { decorations: { left: 50, bottom: 30 } });
    const pad = 3 * (100 / 72);
    expect(l.axes.left).toBeCloseTo(pad + 50, 9);
    expect(boxRight(l.axes)).toBeCloseTo(640 - pad, 9);
    expect(boxBottom(l.axes)).toBeCloseTo(480 - pad - 30, 9);
    expect(l.collapsed).toBe(false);
    const squeezed = constrainedLayout(100, 100, { decorations: { left: 60, right: 60 } });
    expect(squeezed.collapsed).toBe(true);
    expect(squeezed.axes.width).toBe(0);
  });

  it('left and top colorbars mirror right and bottom ones', () => {
    const dec = { left: 40, right: 5, top: 20, bottom: 30 };
    const cbDec = { outer: 50, inner: 3 };
    for (const [a, b] of [
      ['left', 'right'],
      ['top', 'bottom'],
    ] as const) {
      const la = constrainedLayout(800, 600, { decorations: dec, colorbar: { location: a, decorations: cbDec } });
      const lb = constrainedLayout(800, 600, { decorations: dec, colorbar: { location: b, decorations: cbDec } });
      expect(la.axes.width).toBeCloseTo(lb.axes.width, 9);
      expect(la.axes.height).toBeCloseTo(lb.axes.height, 9);
      expect(boxesOverlap(la.axes, la.colorbar!.colorbar)).toBe(false);
      const start = a === 'left' ? la.colorbar!.colorbar.left : la.colorbar!.colorbar.top;
      expect(start).toBeCloseTo(3 * (100 / 72) + cbDec.outer, 9);
      const end = a === 'left' ? boxRight(la.colorbar!.colorbar) : boxBottom(la.colorbar!.colorbar);
      const axesStart = a === 'left' ? la.axes.left - dec.left : la.axes.top - dec.top;
      const size = a === 'left' ? la.axes.width : la.axes.height;
      expect(axesStart - end - cbDec.inner).toBeCloseTo(0.05 * size, 9);
    }
  });

  it('stacks decorations as matplotlib places them', () => {
    const pt = 100 / 72;
    const d = axesDecorations({ xTickLabels: 14, yTickLabels: 30, xLabel: 14, yLabel: 14, title: 17 });
    expect(d.bottom).toBeCloseTo(7 * pt + 14 + 4 * pt + 14, 9);
    expect(d.left).toBeCloseTo(7 * pt + 30 + 4 * pt + 14, 9);
    expect(d.top).toBeCloseTo(6 * pt + 17, 9);
    expect(d.right).toBe(0);
    // Ticks alone still reach 3.5 pt out.
    expect(axesDecorations({}).left).toBeCloseTo(3.5 * pt, 9);
  });
});
