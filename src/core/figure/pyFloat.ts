// Python / numpy float arithmetic that JavaScript does differently. matplotlib's tick code
// floors quotients with Python's `//`, raises 10 to integer powers with C's pow() and rounds
// with numpy's round(); a tick or a label digit can flip when any of these is off by one ulp,
// so each is reproduced here exactly rather than approximated with Math.*.

/**
 * glibc's pow(10, k) for an integer k, which Python's `10.0 ** k` and numpy's `10 ** k` call.
 * It is the correctly rounded 10^k except at k = 23 (an exact tie, rounded up) and k = 210
 * (checked for every k in [-323, 308]). V8's Math.pow(10, k) is off by an ulp for many k
 * (10 ** -4 === 0.00009999999999999999), so it must not be used for tick arithmetic.
 */
export function pyPow10(k: number): number {
  if (k === 23) return 1.0000000000000001e23;
  if (k === 210) return 1.0000000000000001e210;
  return Number(`1e${k}`);
}

/**
 * Python's `10 ** k` for an int k: an exact int (read as a correctly rounded double when it
 * meets a float) for k ≥ 0, the float pow(10, k) for k < 0.
 */
export function pyIntPow10(k: number): number {
  return k >= 0 ? Number(`1e${k}`) : pyPow10(k);
}

/** base ** x as C's pow() gives it: exact through {@link pyPow10} for base 10 and integer x. */
export function pyPow(base: number, x: number): number {
  return base === 10 && Number.isInteger(x) ? pyPow10(x) : Math.pow(base, x);
}

/** Python's (and numpy's) float divmod: fmod, then the quotient snapped to an integer. */
export function pyDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // JS % on doubles is C's fmod, exact
  let div = (vx - mod) / wx;
  if (mod) {
    // The remainder takes the sign of the divisor.
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = vx / wx < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

/** Python's float `x // y` (not Math.floor(x / y): 1 // 0.1 is 9). */
export function pyFloorDiv(x: number, y: number): number {
  return pyDivmod(x, y)[0];
}

/** C's rint() under round-half-even: numpy's rint and Python's round(x) of a float. */
export function rint(y: number): number {
  const r = Math.round(y); // rounds halves up
  return r - y === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** numpy's power_of_ten(): a table up to 1e8, then repeated multiplication by 10. */
function powerOfTen(n: number): number {
  if (n < 9) return Number(`1e${n}`);
  let ret = 1e9;
  for (let k = n; k > 9; k--) ret *= 10;
  return ret;
}

/** numpy's round(x, decimals): x * 10^d, rint, / 10^d (not a correctly rounded decimal). */
export function npRound(x: number, decimals: number): number {
  if (decimals >= 0) {
    const f = powerOfTen(decimals);
    return rint(x * f) / f;
  }
  const f = powerOfTen(-decimals);
  return rint(x / f) * f;
}

/** Python's math.isclose(a, b) with its defaults (rel_tol 1e-9, abs_tol 0). */
export function isClose(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(1e-9 * b) || diff <= Math.abs(1e-9 * a);
}

/** matplotlib's `_is_close_to_int`: math.isclose(x, round(x)). */
export function isCloseToInt(x: number): boolean {
  return isClose(x, rint(x));
}

/** Python's `sorted((a, b))` for a view interval. */
export function sortedPair(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** numpy's max() of a non-empty array (a loop: spreading into Math.max overflows on long arrays). */
export function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m || Number.isNaN(v)) m = v;
  return m;
}

/** numpy's min() of a non-empty array. */
export function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m || Number.isNaN(v)) m = v;
  return m;
}
