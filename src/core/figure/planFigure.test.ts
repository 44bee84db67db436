import { describe, expect, it } from 'vitest';
import { resolvePicture } from '../options';
import { resolveFigure } from './figureOptions';
import { planFigure } from './planFigure';
import type { MeasureText } from './textMetrics';
import type { View } from '../view/view';
import { axisTicks } from './axisTicks';

const measure: MeasureText = (text, font) => ({
  width: text.length * font.size * 0.6,
  ascent: font.size * 0.76,
  descent: font.size * 0.24,
});
const z = [
  [-1.6, 0.2, 1.3],
  [0.4, -0.8, 0.9],
];

function plan(options: Record<string, unknown>, view: View | null = null) {
  const props = { z, ...options };
  return planFigure(resolvePicture(props), resolveFigure(props as Parameters<typeof resolveFigure>[0]), 1000, 500, measure, view);
}

describe('planFigure', () => {
  it('without axes, the image fills the figure and nothing else is planned', () => {
    const p = plan({ axes: false });
    expect(p.image).toEqual({ left: 0, top: 0, width: 1000, height: 500 });
    expect([p.xTicks, p.yTicks, p.colorbar]).toEqual([null, null, null]);
  });

  it('a view sets the axes limits (reversed ones too) and the ticks are located for it, the image box staying the axes', () => {
    const view: View = { x: [1.5, 0.25], y: [-0.2, 0.3] };
    const p = plan({ extent: [0, 3, 0, 2] }, view);
    const whole = plan({ extent: [0, 3, 0, 2] });
    expect([p.xView, p.yView]).toEqual([view.x, view.y]);
    expect(p.image).toEqual(whole.image);
    const ticks = (axis: 'x' | 'y', lengthPx: number) =>
      axisTicks({ axis, view: view[axis], lengthPx, fontSizePt: 10, ticks: null, format: null });
    expect(p.xTicks).toEqual(ticks('x', p.axes.width));
    expect(p.yTicks).toEqual(ticks('y', p.axes.height));
    expect(p.xTicks!.labels).not.toEqual(whole.xTicks!.labels);
  });

  it('a colorbar with given ticks draws those, labelled by the ScalarFormatter, at their places on the bar', () => {
    const bar = plan({ colorbar: { ticks: [-1, 0, 1, 5] } }).colorbar!;
    expect(bar.ticks.major.values).toEqual([-1, 0, 1]); // 5 is outside the bar
    expect(bar.ticks.major.labels.map((l) => l.text)).toEqual(['\u22121', '0', '1']);
    expect(bar.ticks.major.positions[1]).toBeCloseTo(1.6 / 2.9, 12);
    expect(bar.ticks.minor.values).toEqual([]);
  });

  it('a colorbar format labels the norm’s own ticks, with no offset text', () => {
    const bar = plan({ colorbar: { format: (v: number) => `${v} m` } }).colorbar!;
    expect(bar.ticks.major.labels.map((l) => l.text)).toEqual(bar.ticks.major.values.map((v) => `${v} m`));
    expect(bar.ticks.offsetText).toBe('');
  });

  it('the constrained layout gives the axes more room than matplotlib’s fixed margins, inside the figure', () => {
    const fixed = plan({ axes: { title: 'T' } }).axes;
    const fitted = plan({ axes: { title: 'T' }, layout: 'constrained' }).axes;
    expect(fitted.width).toBeGreaterThan(fixed.width);
    expect(fitted.left).toBeGreaterThan(0);
    expect(fitted.top + fitted.height).toBeLessThan(500);
  });

  it('a user formatter that throws is reported naming its prop, with the thrown words', () => {
    const boom = () => {
      throw new Error('boom');
    };
    expect(() => plan({ axes: { format: boom } })).toThrow(/^contour-heatmap: invalid prop "axes.format": the function threw "boom"/);
    expect(() => plan({ colorbar: { format: boom } })).toThrow(
      /^contour-heatmap: invalid prop "colorbar.format": the function threw "boom"/,
    );
  });
});
