import { finish } from '../resample/separable';
import { lowerBound } from './levels';

/** Quads per slice of {@link crossedQuadSteps}: a few milliseconds of work between pauses. */
const QUAD_SLICE = 250_000;

/**
 * For each (ascending) level, the quads it crosses (row · (cols − 1) + col, ascending): a level
 * crosses a quad when some finite corner is above it and some is at or below it, i.e.
 * min ≤ level < max over the quad's finite corners. One pass over the grid for every level at
 * once, so that tracing a level only visits its own quads (a few thousand of a million, typically).
 *
 * Neighbouring quads mostly lie between the same two levels, so the pass remembers that gap and
 * skips the binary search whenever a quad's range fits inside it; each level's list grows by
 * doubling, since its length is not known before the pass.
 */
export function quadsPerLevel(values: ArrayLike<number>, rows: number, cols: number, levels: readonly number[]): Int32Array[] {
  return finish(crossedQuadSteps(values, rows, cols, levels));
}

/** {@link quadsPerLevel} in slices: the generator pauses (yields) after about `slice` quads. */
export function* crossedQuadSteps(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  levels: readonly number[],
  slice = QUAD_SLICE,
): Generator<void, Int32Array[]> {
  const rowsPerSlice = Math.max(1, Math.floor(slice / cols));
  const lists = levels.map(() => new Int32Array(64));
  const counts = new Int32Array(levels.length);
  // The gap (gapLow, gapHigh] between consecutive levels that the last searched quad's range fell in.
  let gapLow = -Infinity;
  let gapHigh = levels.length > 0 ? levels[0]! : Infinity;
  for (let r = 0, q = 0; r < rows - 1; r++) {
    let below = r * cols;
    let above = below + cols;
    for (let c = 0; c < cols - 1; c++, q++, below++, above++) {
      const a = values[below]!;
      const b = values[below + 1]!;
      const d = values[above]!;
      const e = values[above + 1]!;
      let lo: number;
      let hi: number;
      const sum = a + b + d + e;
      if (sum - sum === 0) {
        // All four finite (the common case): no per-corner checks.
        lo = a < b ? a : b;
        if (d < lo) lo = d;
        if (e < lo) lo = e;
        hi = a > b ? a : b;
        if (d > hi) hi = d;
        if (e > hi) hi = e;
      } else {
        [lo, hi] = finiteRange(a, b, d, e);
      }
      // No level in [lo, hi): the quad's range sits inside the remembered gap.
      if (lo > gapLow && hi <= gapHigh) continue;
      const from = lowerBound(levels, lo); // first level ≥ min
      const to = lowerBound(levels, hi); // first level ≥ max: levels below it are < max
      gapLow = to > 0 ? levels[to - 1]! : -Infinity;
      gapHigh = to < levels.length ? levels[to]! : Infinity;
      for (let k = from; k < to; k++) {
        let list = lists[k]!;
        if (counts[k] === list.length) {
          const grown = new Int32Array(list.length * 2);
          grown.set(list);
          lists[k] = list = grown;
        }
        list[counts[k]!++] = q;
      }
    }
    if ((r + 1) % rowsPerSlice === 0) yield;
  }
  return lists.map((list, k) => list.subarray(0, counts[k]));
}

/** Min and max over the finite ones of four values ([Infinity, -Infinity] when none is finite). */
function finiteRange(a: number, b: number, d: number, e: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [a, b, d, e]) {
    if (v - v === 0) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}
