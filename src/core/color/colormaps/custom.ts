import { parseColor, type Color } from '../colors';
import { invalidProp } from '../../errors';
import { LUT_SIZE, colormapFromFloatRows, type Colormap } from './lut';
import { segmentDataFromList, segmentedRows } from './segmented';

/** matplotlib's `ListedColormap(colors, name)`: one LUT entry per colour, N = colors.length. */
export interface ListedColormapInput {
  /** The colours, one per LUT entry, from the lowest values to the highest. */
  readonly colors: readonly Color[];
  /** The colormap's name. Default 'from_list'. */
  readonly name?: string | undefined;
}

/**
 * matplotlib's `LinearSegmentedColormap.from_list(name, [(position, colour), …])` with N = 256:
 * colours interpolated linearly (alpha too) between positions that rise from 0 to 1; a repeated
 * position makes a jump.
 */
export interface StopsColormapInput {
  /** [position, colour] pairs, positions rising from 0 to 1. */
  readonly stops: readonly (readonly [number, Color])[];
  /** The colormap's name. Default 'from_list'. */
  readonly name?: string | undefined;
}

/** A colormap of the user's own, as matplotlib's `ListedColormap` or `LinearSegmentedColormap.from_list` makes one. */
export type CustomColormapInput = ListedColormapInput | StopsColormapInput;

/** matplotlib's default name for colormaps made from lists. */
const DEFAULT_NAME = 'from_list';

/** Builds a custom colormap, validating it the way matplotlib's constructors do; errors name `prop`. */
export function customColormap(input: CustomColormapInput, prop: string): Colormap {
  // `undefined` counts as left out, as for every optional prop.
  const hasColors = (input as Partial<ListedColormapInput>).colors !== undefined;
  const hasStops = (input as Partial<StopsColormapInput>).stops !== undefined;
  if (hasColors === hasStops) {
    throw invalidProp(
      prop,
      "expected a colormap name, a colormap from 'contour-heatmap/colormaps', { colors: [...] } or { stops: [[position, colour], ...] }",
    );
  }
  const { name = DEFAULT_NAME } = input;
  if (typeof name !== 'string') throw invalidProp(`${prop}.name`, `must be a string, got ${String(name)}`);
  if (hasColors) {
    const { colors } = input as ListedColormapInput;
    if (!Array.isArray(colors) || colors.length === 0) throw invalidProp(`${prop}.colors`, 'expected a non-empty array of colours');
    const rows = colors.flatMap((c, i) => parseColor(c, `${prop}.colors[${i}]`));
    return colormapFromFloatRows(name, rows);
  }
  const { stops } = input as StopsColormapInput;
  if (!Array.isArray(stops) || stops.length < 2) {
    throw invalidProp(`${prop}.stops`, 'expected at least two [position, colour] pairs, from position 0 to position 1');
  }
  const positions = stops.map((stop, i) => {
    if (!Array.isArray(stop) || stop.length !== 2) throw invalidProp(`${prop}.stops[${i}]`, 'expected a [position, colour] pair');
    const [position] = stop as readonly unknown[];
    if (typeof position !== 'number' || !Number.isFinite(position)) {
      throw invalidProp(`${prop}.stops[${i}]`, `position must be a finite number, got ${String(position)}`);
    }
    if (i > 0 && position < (stops[i - 1]![0] as number)) {
      throw invalidProp(`${prop}.stops[${i}]`, `positions must not decrease (${position} after ${String(stops[i - 1]![0])})`);
    }
    return position;
  });
  // matplotlib (_create_lookup_table): "data mapping points must start with x=0 and end with x=1".
  if (positions[0] !== 0 || positions[positions.length - 1] !== 1) {
    throw invalidProp(`${prop}.stops`, `positions must start at 0 and end at 1, got ${positions[0]} … ${positions[positions.length - 1]}`);
  }
  const colors = stops.map(([, color], i) => parseColor(color, `${prop}.stops[${i}]`));
  return colormapFromFloatRows(name, segmentedRows(segmentDataFromList(colors, positions), LUT_SIZE));
}
