/**
 * Agg's `besj(x, n)` (agg_math.h): the Bessel function of the first kind J_n by downward
 * recurrence from a starting order, restarted 3 orders higher until two results agree to 1e-6.
 * Ported operation for operation (C int arithmetic where Agg uses ints), because image_filter_bessel's
 * LUT is built from exactly these values, convergence error included.
 */
export function besj(x: number, n: number): number {
  if (n < 0) return 0;
  const d = 1e-6;
  let b = 0;
  if (Math.abs(x) <= d) return n !== 0 ? 0 : 1;
  let b1 = 0;
  let m1 = Math.trunc(Math.abs(x)) + 6;
  if (Math.abs(x) > 5) m1 = Math.trunc(Math.abs(1.4 * x + 60 / x));
  let m2 = Math.trunc(n + 2 + Math.abs(x) / 4);
  if (m1 > m2) m2 = m1;
  for (;;) {
    let c3 = 0;
    let c2 = 1e-30;
    let c4 = 0;
    let m8 = Math.trunc(m2 / 2) * 2 === m2 ? -1 : 1;
    const imax = m2 - 2;
    for (let i = 1; i <= imax; i++) {
      const c6 = (2 * (m2 - i) * c2) / x - c3;
      c3 = c2;
      c2 = c6;
      if (m2 - i - 1 === n) b = c6;
      m8 = -1 * m8;
      if (m8 > 0) c4 = c4 + 2 * c6;
    }
    const c6 = (2 * c2) / x - c3;
    if (n === 0) b = c6;
    c4 += c6;
    b /= c4;
    if (Math.abs(b - b1) < d) return b;
    b1 = b;
    m2 += 3;
  }
}
