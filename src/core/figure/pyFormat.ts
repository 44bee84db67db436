// Python's printf-style float formatting ('%1.3f', '%1.10g') and round(x, n). Python rounds the
// exact binary value of a double half-to-even; Number.prototype.toFixed rounds exact ties up
// ((0.125).toFixed(2) is '0.13', Python gives '0.12') and switches to exponent notation from
// 1e21. Both are done here on the double's exact decimal expansion, with BigInt.

/** |x| = digits / 10^scale exactly (a double is m·2^e, and 2^-k = 5^k / 10^k). */
function exactDecimal(x: number): { digits: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (biased === 0) {
    e = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    e = biased - 1075;
  }
  if (e >= 0) return { digits: mantissa << BigInt(e), scale: 0 };
  return { digits: mantissa * 5n ** BigInt(-e), scale: -e };
}

/** digits / 10^drop rounded half to even. */
function dropDigits(digits: bigint, drop: number): bigint {
  if (drop <= 0) return digits * 10n ** BigInt(-drop);
  const unit = 10n ** BigInt(drop);
  const q = digits / unit;
  const twice = (digits % unit) * 2n;
  if (twice > unit || (twice === unit && q % 2n === 1n)) return q + 1n;
  return q;
}

function nonFinite(x: number): string {
  return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** Python's `'%.{digits}f' % x` (keeps the sign of a negative value that rounds to zero). */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const { digits: d, scale } = exactDecimal(x);
  let s = dropDigits(d, scale - digits).toString();
  if (digits > 0) {
    s = s.padStart(digits + 1, '0');
    s = `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  }
  return (isNegative(x) ? '-' : '') + s;
}

/** Python's `'%.{precision}g' % x`; `alternate` is the `#` flag (`'%#.3g' % 1.0` is '1.00'): trailing zeros and the point kept. */
export function formatG(x: number, precision = 6, alternate = false): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const p = precision === 0 ? 1 : precision;
  const sign = isNegative(x) ? '-' : '';
  if (x === 0) return alternate ? `${sign}0.${'0'.repeat(p - 1)}` : `${sign}0`;
  const { digits, scale } = exactDecimal(x);
  const length = digits.toString().length;
  // Round to p significant digits; a carry (9.99 → 10.0) moves the exponent up by one.
  let q = dropDigits(digits, length - p);
  let exponent = length - 1 - scale;
  if (q.toString().length > p) {
    q /= 10n;
    exponent += 1;
  }
  // %g drops trailing zeros and a bare point; the # flag keeps them and always writes the point.
  const finish = (s: string): string =>
    alternate ? (s.includes('.') ? s : `${s}.`) : s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  if (exponent >= -4 && exponent < p) {
    return sign + finish(formatFixed(Math.abs(x), p - 1 - exponent));
  }
  const m = q.toString();
  const mantissa = finish(m.length > 1 ? `${m[0]}.${m.slice(1)}` : m);
  const e = Math.abs(exponent).toString().padStart(2, '0');
  return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${e}`;
}

/** Python's round(x, ndigits) for ndigits ≥ 0: the correctly rounded decimal, read back. */
export function pyRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(formatFixed(x, ndigits));
}

/** Python's `'%d' % x` for a float: truncated toward zero, never '-0'. */
export function formatInt(x: number): string {
  return BigInt(Math.trunc(x)).toString();
}
