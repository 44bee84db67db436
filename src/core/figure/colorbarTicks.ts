// The ticks and labels on a matplotlib 3.6.3 colorbar's long axis, per norm
// (colorbar.py:811-856 _get_ticker_locator_formatter, 1159-1191 _reset_locator_formatter_scale):
//   BoundaryNorm      FixedLocator(boundaries, nbins=10); the other boundaries as unlabelled minor ticks
//   contour set       FixedLocator(levels, nbins=10)
//   LogNorm           log scale: LogLocator + LogFormatterSciNotation, labelled minor ticks
//   SymLogNorm        symlog scale: SymmetricalLogLocator + LogFormatterSciNotation
//   Normalize         linear scale: AutoLocator + ScalarFormatter
//   Power / TwoSlope / Centered   'function' scale through the norm: AutoLocator + ScalarFormatter
// Every tick is checked against the view in the scale's coordinates, as Axis._update_ticks does.
// Not covered: a contour set drawn with a LogNorm (matplotlib gives it a log scale with the
// FixedLocator levels), NoNorm, explicit ticks= / format=, spacing='proportional'.
import { colorbarPosition, colorbarScale, type ColorbarNorm, type ColorbarScale } from './colorbarScale';
import { fixedLocatorTicks } from './fixedLocator';
import { logAxisTicks, logTickLabels, withoutMajorOverlaps, type TickLabel } from './logTicks';
import { symlogLocatorTicks } from './logLocator';
import { autoLocatorTicks, tickSpace, ticksInView } from './maxNLocator';
import { scalarTickLabels } from './scalarFormatter';

export type { ColorbarNorm } from './colorbarScale';
export type { TickLabel, PowerLabel } from './logTicks';

export type ColorbarTicksInput = ColorbarNorm & {
  /** Length of the colorbar axes along its long side, in points (inches × 72): get_tick_space's length. */
  readonly lengthPt: number;
  /** Tick label size in points (default 10). */
  readonly fontSizePt?: number;
  /** A vertical colorbar's long axis is a y axis, a horizontal one's an x axis. */
  readonly orientation: 'vertical' | 'horizontal';
};

export interface ColorbarTickSet {
  /** Drawn ticks, in the locator's order. */
  readonly values: number[];
  readonly labels: TickLabel[];
  /** Each tick as a fraction of the colorbar interior along the long axis (0 = lower end). */
  readonly positions: number[];
}

export interface ColorbarTicks {
  /** The long axis's view interval: the colorbar's lower and upper data values. */
  readonly view: readonly [number, number];
  readonly major: ColorbarTickSet;
  /** Minor ticks: labelled on a log colorbar, unlabelled between BoundaryNorm boundaries, else none. */
  readonly minor: ColorbarTickSet;
  /** ScalarFormatter's offset / exponent text ('1e−6', '+1e5'), drawn at the end of the long axis. */
  readonly offsetText: string;
}

function tickSet(scale: ColorbarScale, values: number[], labels: TickLabel[]): ColorbarTickSet {
  return { values, labels, positions: values.map((v) => colorbarPosition(scale, v)) };
}

const text = (s: string): TickLabel => ({ text: s });

/** The ticks, labels and offset text matplotlib draws on a colorbar with this norm. */
export function colorbarTicks(input: ColorbarTicksInput): ColorbarTicks {
  const scale = colorbarScale(input);
  const { view, forward } = scale;
  const fontSizePt = input.fontSizePt ?? 10;
  const axis = input.orientation === 'vertical' ? 'colorbar-vertical' : 'colorbar-horizontal';
  const none = tickSet(scale, [], []);

  switch (input.kind) {
    case 'log': {
      const space = tickSpace(input.lengthPt, fontSizePt, axis);
      const { major, minor } = logAxisTicks(view[0], view[1], { tickSpace: space });
      return {
        view,
        major: tickSet(scale, major.values, major.labels),
        minor: tickSet(scale, minor.values, minor.labels),
        offsetText: '',
      };
    }
    case 'symlog': {
      const base = input.base ?? 10;
      // The minor locator (subs [1]) repeats the major ticks, which the axis then drops.
      const values = ticksInView(symlogLocatorTicks(view[0], view[1], { base, linthresh: input.linthresh }), view, forward);
      const labels = logTickLabels(values, { base, view, linthresh: input.linthresh });
      return { view, major: tickSet(scale, values, labels), minor: none, offsetText: '' };
    }
    case 'boundary':
    case 'levels': {
      const locs = input.kind === 'boundary' ? input.boundaries : input.levels;
      const majorAll = fixedLocatorTicks(locs, 10);
      const major = scalarTickLabels(majorAll, view, forward);
      // BoundaryNorm's minor locator is FixedLocator(boundaries), unlabelled; a contour set's is NullLocator.
      const minor = input.kind === 'boundary' ? ticksInView(withoutMajorOverlaps(locs, majorAll, view, forward), view, forward) : [];
      return {
        view,
        major: tickSet(scale, major.ticks, major.labels.map(text)),
        minor: tickSet(
          scale,
          minor,
          minor.map(() => text('')),
        ),
        offsetText: major.offsetText,
      };
    }
    default: {
      const locs = autoLocatorTicks(view[0], view[1], { axisLengthPt: input.lengthPt, fontSizePt, axis });
      const major = scalarTickLabels(locs, view, forward);
      return { view, major: tickSet(scale, major.ticks, major.labels.map(text)), minor: none, offsetText: major.offsetText };
    }
  }
}
