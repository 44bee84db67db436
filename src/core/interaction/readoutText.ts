// The readout's text, as matplotlib's own cursor readout formats it: x and y with
// ScalarFormatter.format_data_short (ticker.py), which gives a value as many significant digits as
// one screen pixel resolves, and z with ScalarMappable.format_cursor_data (artist.py), as many as
// one colour of the colormap resolves. Every minus sign is U+2212, as on the axes and the colorbar
// (matplotlib's z keeps an ASCII hyphen).
import type { ResolvedNorm } from '../color/norms';
import { normInverse } from '../color/normInverse';
import { normValue } from '../color/normValue';
import { callUserFormat } from '../errors';
import type { ResolvedFigure } from '../figure/figureOptions';
import { formatG } from '../figure/pyFormat';
import { fixMinus } from '../figure/scalarFormatter';
import type { ResolvedPicture } from '../options';
import type { PickInfo, PickPlan } from './pick';

/**
 * The readout text `x=…, y=…, z=…` for picks of a picture drawn with `plan` at `pixelRatio`.
 * With the axes' `format` option, x and y are formatted by it, as matplotlib's cursor uses the
 * axis formatter; z = nan in a hole.
 */
export function createReadoutText(
  picture: ResolvedPicture,
  figure: ResolvedFigure,
  plan: PickPlan,
  pixelRatio: number,
): (info: PickInfo) => string {
  // A pixel's worth of data on each axis: the axes are linear, so it is the same everywhere.
  const xDelta = Math.abs(plan.xView[1] - plan.xView[0]) / (plan.image.width * pixelRatio);
  const yDelta = Math.abs(plan.yView[1] - plan.yView[0]) / (plan.image.height * pixelRatio);
  const format = figure.axes?.format;
  const coordinate = (v: number, delta: number, axis: 'x' | 'y') =>
    format ? callUserFormat('axes.format', () => format(v, axis)) : formatDataShort(v, delta);
  return (info) =>
    `x=${coordinate(info.x, xDelta, 'x')}, y=${coordinate(info.y, yDelta, 'y')}, z=${formatCursorValue(picture.norm, picture.colormap.n, info.value)}`;
}

/** ScalarFormatter.format_data_short for a value known to within `delta`: '%-#.{n}g' with n from the digits delta resolves. */
function formatDataShort(value: number, delta: number): string {
  return fixMinus(formatG(value, gSigDigits(value, delta), true));
}

/**
 * ScalarMappable.format_cursor_data without its brackets: as many digits as tell the value from
 * the next colour's (the colour bin's width in data units, through the norm's inverse; for a
 * BoundaryNorm, the wider of the boundary intervals beside the nearest boundary); 3 where the
 * norm gives no finite position, 'nan' for a hole.
 */
export function formatCursorValue(norm: ResolvedNorm, n: number, value: number): string {
  if (Number.isNaN(value)) return 'nan';
  const delta = colourBinWidth(norm, n, value);
  return fixMinus(formatG(value, Number.isNaN(delta) ? 3 : gSigDigits(value, delta), true));
}

/** How far a value may move before its colour may change, as format_cursor_data measures it; NaN where it cannot tell. */
function colourBinWidth(norm: ResolvedNorm, n: number, value: number): number {
  const normed = normValue(norm, value);
  if (!Number.isFinite(normed)) return NaN;
  if (norm.type === 'boundary') {
    // BoundaryNorm has no inverse: the wider interval beside the nearest boundary.
    const b = norm.boundaries;
    let nearest = 0;
    b.forEach((v, i) => Math.abs(v - value) < Math.abs(b[nearest]! - value) && (nearest = i));
    let widest = 0;
    for (let i = Math.max(0, nearest - 1); i + 1 < Math.min(b.length, nearest + 2); i++) widest = Math.max(widest, b[i + 1]! - b[i]!);
    return widest;
  }
  // The distance to the farther edge of the value's colour bin (norm.inverse of its two ends).
  const bin = Math.trunc(normed * n);
  const [a, b] = [bin, bin + 1].map((k) => Math.abs(normInverse(norm, k / n) - value));
  // A masked end (NaN) is left out of the max, as numpy's masked max leaves it.
  return Number.isNaN(a!) ? b! : Number.isNaN(b!) ? a! : Math.max(a!, b!);
}

/** cbook._g_sig_digits: significant digits to %g-format a value known to within delta. */
function gSigDigits(value: number, delta: number): number {
  if (!Number.isFinite(value)) return 0;
  const d = delta === 0 ? spacing(value) : delta;
  return Math.max(0, (value ? Math.floor(Math.log10(Math.abs(value))) + 1 : 1) - Math.floor(Math.log10(d)));
}

/** np.spacing(v) in magnitude: the distance from |v| to the next double away from zero. */
function spacing(v: number): number {
  const a = Math.abs(v);
  const bits = new BigUint64Array(new Float64Array([a]).buffer);
  bits[0] = bits[0]! + 1n;
  return new Float64Array(bits.buffer)[0]! - a;
}
