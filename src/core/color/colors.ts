import { DEFAULT_CYCLE, NAMED_COLORS } from './colormaps/data/namedColors';
import { invalidProp } from '../errors';

/**
 * A colour in one of matplotlib's forms: a name ('red', 'k', 'tab:blue'), hex ('#rgb', '#rgba',
 * '#rrggbb', '#rrggbbaa'), a grey level string ('0.5'), a property-cycle reference ('C0'…), 'none',
 * or an RGB / RGBA tuple of floats in [0, 1].
 */
export type Color = string | readonly number[];

/** RGBA floats in [0, 1], as matplotlib's `to_rgba` returns them. */
export type RGBAFloat = readonly [number, number, number, number];

/**
 * matplotlib's `colors.to_rgba(value)` (3.6.3, default rcParams), with the same lookup order:
 * cycle reference, 'none', colour name (exact, then lower-cased unless a single letter), hex, grey
 * level. Differences, all rejections of things matplotlib accepts: the ~950 'xkcd:' names are not
 * bundled, and NaN tuple entries are refused. Anything else invalid throws naming `prop`.
 */
export function parseColor(value: unknown, prop: string): RGBAFloat {
  if (typeof value === 'string') return parseString(value, value, prop);
  if (Array.isArray(value)) return parseTuple(value, value, prop);
  throw invalidProp(prop, `expected a colour (a name, '#rrggbb', a grey level like '0.5', or an RGB(A) array), got ${describe(value)}`);
}

function parseString(value: string, original: unknown, prop: string): RGBAFloat {
  // 'C<n>' indexes the default property cycle, modulo its length.
  if (/^C[0-9]+$/.test(value)) {
    const index = Number(BigInt(value.slice(1)) % BigInt(DEFAULT_CYCLE.length));
    return parseString(DEFAULT_CYCLE[index]!, original, prop);
  }
  if (value.toLowerCase() === 'none') return [0, 0, 0, 0];
  let named = lookupName(value);
  if (named === undefined && value.length !== 1) named = lookupName(value.toLowerCase());
  if (Array.isArray(named)) return parseTuple(named, original, prop);
  const c = typeof named === 'string' ? named : value;

  const hex = /^#([0-9a-fA-F]+)$/.exec(c)?.[1];
  if (hex !== undefined && [3, 4, 6, 8].includes(hex.length)) {
    // '#rgb' and '#rgba' double each digit; every pair is int(pair, 16) / 255.
    const pairs = hex.length <= 4 ? Array.from(hex, (d) => d + d) : hex.match(/../g)!;
    const channels = pairs.map((p) => parseInt(p, 16) / 255);
    return [channels[0]!, channels[1]!, channels[2]!, channels[3] ?? 1];
  }
  // A grey level: whatever Python's float() parses (surrounding whitespace, '_' between digits).
  const text = c.trim();
  if (/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(text)) {
    const grey = Number(text.replace(/_/g, ''));
    if (!(grey >= 0 && grey <= 1)) throw invalidProp(prop, `grey level ${JSON.stringify(original)} is outside 0–1`);
    return [grey, grey, grey, 1];
  }
  const hint = c.startsWith('xkcd:') ? ' (xkcd: colour names are not bundled; use the hex value)' : '';
  throw invalidProp(prop, `${JSON.stringify(original)} is not a colour${hint}`);
}

function lookupName(name: string): string | readonly number[] | undefined {
  return Object.hasOwn(NAMED_COLORS, name) ? NAMED_COLORS[name] : undefined;
}

function parseTuple(value: readonly unknown[], original: unknown, prop: string): RGBAFloat {
  if (value.length !== 3 && value.length !== 4) {
    throw invalidProp(prop, `an RGB(A) colour has 3 or 4 entries, got ${describe(original)}`);
  }
  if (!value.every((v) => typeof v === 'number' && v >= 0 && v <= 1)) {
    throw invalidProp(prop, `RGB(A) entries must be numbers in 0–1, got ${describe(original)}`);
  }
  const [r, g, b, a = 1] = value as readonly number[];
  return [r!, g!, b!, a];
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
