import { finish } from '../resample/separable';
import { crossedQuadSteps } from './crossedQuads';
import { traceIsolines, type IsoLine } from './isolines';

/** Traces every level of a grid: one list of lines per level, in level order. */
export function traceLevels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  cornerMask = true,
): IsoLine[][] {
  return finish(traceLevelSteps(values, rows, cols, levels, cornerMask));
}

/**
 * {@link traceLevels} in slices, so the main thread can trace a big grid between other work: the
 * generator pauses (yields) during the one pass that finds each level's quads, then after each level.
 */
export function* traceLevelSteps(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  cornerMask = true,
): Generator<void, IsoLine[][]> {
  if (rows < 2 || cols < 2) return levels.map(() => []);
  const quads = yield* crossedQuadSteps(values, rows, cols, levels);
  const lines: IsoLine[][] = [];
  for (let k = 0; k < levels.length; k++) {
    lines.push(traceIsolines(values, rows, cols, levels[k]!, { cornerMask, quads: quads[k] }));
    yield;
  }
  return lines;
}
