/**
 * Smallest and largest finite values, as matplotlib's autoscaling sees them: NaN and ±Infinity are
 * masked, so they never set the colour range or the contour levels. Both are NaN when nothing is finite.
 */
export function finiteRange(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v - v === 0) {
      // v - v is 0 only for finite v (NaN and ±Infinity give NaN).
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return min > max ? { min: NaN, max: NaN } : { min, max };
}
