import { autoLocatorTicks } from './maxNLocator';
import { callUserFormat } from '../errors';
import { scalarTickLabels } from './scalarFormatter';
import type { AxisName } from './figureOptions';

/** The ticks one axis draws: values inside the view, their labels, and the offset text. */
export interface AxisTickSet {
  readonly values: readonly number[];
  readonly labels: readonly string[];
  /** ScalarFormatter's offset / multiplier ('+1e5', '1e−6'); '' when none. */
  readonly offsetText: string;
}

export interface AxisTickOptions {
  readonly axis: AxisName;
  /** The view interval as (value at the axes' left / bottom, value at its right / top). */
  readonly view: readonly [number, number];
  /** The axis length in CSS px (= pixels at dpi 100): the locator's tick space depends on it. */
  readonly lengthPx: number;
  readonly fontSizePt: number;
  /** Given tick values (matplotlib's set_xticks), or null for the AutoLocator. */
  readonly ticks: readonly number[] | null;
  /** A label function replacing the ScalarFormatter (then no offset text). */
  readonly format: ((value: number, axis: AxisName) => string) | null;
}

/**
 * An axis's ticks as matplotlib's default axis draws them: AutoLocator positions (or the given
 * ones) formatted by ScalarFormatter, which sees every located tick but labels only those inside
 * the view.
 */
export function axisTicks(o: AxisTickOptions): AxisTickSet {
  const located =
    o.ticks ?? autoLocatorTicks(o.view[0], o.view[1], { axisLengthPt: (o.lengthPx * 72) / 100, fontSizePt: o.fontSizePt, axis: o.axis });
  // An inverted axis (origin 'upper' without extent) lists its ticks from its own start, as matplotlib's.
  const locs = !o.ticks && o.view[0] > o.view[1] ? [...located].reverse() : located;
  const scalar = scalarTickLabels(locs, o.view);
  if (!o.format) return { values: scalar.ticks, labels: scalar.labels, offsetText: scalar.offsetText };
  const format = o.format;
  return { values: scalar.ticks, labels: scalar.ticks.map((v) => callUserFormat('axes.format', () => format(v, o.axis))), offsetText: '' };
}
