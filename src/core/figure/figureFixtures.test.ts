// The figure's layout and ticks, planned in Node, against matplotlib's own figures
// (fixtures/matplotlib/figures/): boxes within 1 px, tick values and labels exact, tick positions
// within 1 px. Text widths do not enter matplotlib's default layout, so a stand-in measure serves.
import { describe, expect, it } from 'vitest';
import { FIGURE_NAMES, loadFigureFixture, type FigureBox, type FigureTick } from '../../../test-support/figureFixtures';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import { resolvePicture, type PictureOptions } from '../options';
import { resolveFigure, type FigureOptions } from './figureOptions';
import { planFigure } from './planFigure';
import { xToPx, yToPx } from './axesNodes';
import type { MeasureText } from './textMetrics';

const measure: MeasureText = (text, font) => ({
  width: text.length * font.size * 0.6,
  ascent: font.size * 0.76,
  descent: font.size * 0.24,
});

function expectBox(actual: FigureBox, expected: FigureBox): void {
  for (const key of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(actual[key] - expected[key]), key).toBeLessThanOrEqual(1);
}

function labelOf(t: FigureTick): string {
  return t.plain ? `${t.plain.base}^${t.plain.superscript}` : t.label;
}

describe.each(FIGURE_NAMES)('figure %s', (name) => {
  const fixture = loadFigureFixture(name);
  const props = fixture.props as unknown as PictureOptions & FigureOptions & { width: number; height: number };
  const picture = resolvePicture(props, undefined, ALL_COLORMAPS);
  const figure = resolveFigure(props);
  const plan = planFigure(picture, figure, props.width, props.height, measure);

  it('puts the axes and the colorbar where matplotlib does', () => {
    expectBox(plan.axes, fixture.axesBox);
    if (fixture.colorbarBox) expectBox(plan.colorbar!.interior, fixture.colorbarBox);
    else expect(plan.colorbar).toBeNull();
  });

  it('draws matplotlib’s ticks with its labels, at its positions', () => {
    for (const [ticks, axis, toPx] of [
      [plan.xTicks!, fixture.xaxis, (v: number) => xToPx(plan, v)],
      [plan.yTicks!, fixture.yaxis, (v: number) => yToPx(plan, v)],
    ] as const) {
      const expected = axis.ticks.filter((t) => t.labelVisible);
      expect(ticks.values).toEqual(expected.map((t) => t.value));
      expect(ticks.labels).toEqual(expected.map((t) => t.label));
      ticks.values.forEach((v, i) => expect(Math.abs(toPx(v) - expected[i]!.pixel)).toBeLessThanOrEqual(1));
      expect(ticks.offsetText).toBe(axis.offsetText.text);
    }
  });

  it('draws matplotlib’s colorbar ticks and offset text', () => {
    if (!fixture.colorbar) return;
    const bar = plan.colorbar!;
    const expected = fixture.colorbar.ticks;
    expect(bar.ticks.major.values).toEqual(expected.map((t) => t.value));
    expect(bar.ticks.major.labels.map((l) => (l.power ? `${l.power.base}^${l.power.exponent}` : l.text))).toEqual(expected.map(labelOf));
    const vertical = bar.orientation === 'vertical';
    const box = bar.interior;
    bar.ticks.major.positions.forEach((f, i) => {
      const px = vertical ? box.top + (1 - f) * box.height : box.left + f * box.width;
      expect(Math.abs(px - expected[i]!.pixel)).toBeLessThanOrEqual(1);
    });
    expect(bar.ticks.offsetText).toBe(fixture.colorbar.offsetText.text);
  });
});
