import { describe, expect, it } from 'vitest';
import { loadJson } from '../../../test-support/matplotlibFixtures';
import { toGrid } from '../grid/grid';
import { resolvePicture } from '../options';
import { normValue } from './normValue';
import { resolveNorm, type ResolvedNorm } from './norms';
import { NORM_STRINGS, normFromString, type NormString } from './normStrings';

/** A JSON float of fixtures/matplotlib/norm_strings: null = NaN, 'inf' / '-inf'. */
type JsonFloat = number | null | 'inf' | '-inf';

interface StringCase {
  field: string;
  kwargs: { vmin?: number; vmax?: number };
  resolved?: { vmin: number; vmax: number };
  samples?: JsonFloat[];
  normalized?: (number | null)[];
  raises?: string;
}

interface StringFixture {
  norm: NormString;
  scale: { class: string; base?: number; linthresh?: number; linscale?: number; nonpositive?: string };
  fields: Record<string, JsonFloat[][]>;
  cases: StringCase[];
}

interface StringIndex {
  accepted: string[];
  names: Record<string, { class?: string; raises?: string }>;
}

const index = loadJson<StringIndex>('norm_strings/index.json');
const fixtures = NORM_STRINGS.map((name) => loadJson<StringFixture>(`norm_strings/${name}.json`));
const float = (v: JsonFloat): number => (v === null ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : v);
const fieldOf = (f: StringFixture, name: string) => f.fields[name]!.map((row) => row.map(float));
const label = (f: StringFixture, c: StringCase) =>
  `norm='${f.norm}' on ${c.field}${Object.keys(c.kwargs).length ? ` with ${JSON.stringify(c.kwargs)}` : ''}`;
const cases = fixtures.flatMap((f) => f.cases.map((c) => [label(f, c), f, c] as const));

/** The norm as the chart resolves it: the string prop with vmin / vmax beside it, as imshow takes them. */
function pictureNorm(f: StringFixture, c: StringCase): ResolvedNorm {
  return resolvePicture({ z: fieldOf(f, c.field), norm: f.norm, ...c.kwargs, contours: false }).norm;
}

describe('norm strings resolve as imshow(Z, norm=<string>) (fixtures/matplotlib/norm_strings)', () => {
  it('accepts exactly the fixtures’ strings, which matplotlib 3.6.3 builds as these classes', () => {
    expect(index.accepted).toEqual([...NORM_STRINGS]);
    expect(Object.fromEntries(NORM_STRINGS.map((n) => [n, index.names[n]!.class]))).toEqual({
      linear: 'LinearScaleNorm',
      log: 'LogNorm',
      symlog: 'SymmetricalLogScaleNorm',
    });
  });

  it('uses matplotlib.scale’s defaults: log base 10 (masking values ≤ 0), symlog linthresh 2, linscale 1, base 10', () => {
    const [, log, symlog] = fixtures;
    expect(log!.scale).toMatchObject({ base: 10, nonpositive: 'mask' });
    expect(symlog!.scale).toMatchObject({ base: 10, linthresh: 2, linscale: 1 });
    const grid = toGrid([[-3, 0.5, 8]]);
    expect(resolveNorm('symlog', grid)).toEqual({ type: 'symlog', vmin: -3, vmax: 8, clip: false, linthresh: 2, linscale: 1, base: 10 });
    expect(normFromString('symlog')).toEqual({
      type: 'symlog',
      linthresh: symlog!.scale.linthresh,
      linscale: symlog!.scale.linscale,
      base: symlog!.scale.base,
    });
  });

  it('a string resolves exactly as its object form', () => {
    const grid = toGrid([
      [-3, 0, 0.5, NaN],
      [8, Infinity, 2, 1e-3],
    ]);
    expect(resolveNorm('linear', grid)).toEqual(resolveNorm({ type: 'linear' }, grid));
    expect(resolveNorm('log', grid)).toEqual(resolveNorm({ type: 'log' }, grid));
    expect(resolveNorm('symlog', grid)).toEqual(resolveNorm({ type: 'symlog', linthresh: 2 }, grid));
    // Without vmin / vmax the chart's norm is resolveNorm's.
    expect(resolvePicture({ z: [[-3, 0.5, 8]], norm: 'log', contours: false }).norm).toEqual(resolveNorm('log', toGrid([[-3, 0.5, 8]])));
  });

  it.each(cases.filter(([, , c]) => c.resolved))('%s: vmin, vmax', (_, f, c) => {
    const norm = pictureNorm(f, c);
    expect(norm.type).toBe(f.norm);
    expect({ vmin: norm.vmin, vmax: norm.vmax }).toEqual(c.resolved);
    if (Object.keys(c.kwargs).length === 0) expect(resolveNorm(f.norm, toGrid(fieldOf(f, c.field)))).toEqual(norm);
  });

  it.each(cases.filter(([, , c]) => c.resolved))('%s: normValue equals norm(samples)', (_, f, c) => {
    const norm = pictureNorm(f, c);
    c.samples!.forEach((sample, i) => {
      const expected = c.normalized![i]!;
      const x = normValue(norm, float(sample));
      if (expected === null) return expect(x, `sample ${sample}`).toBeNaN();
      // Linear is bit-exact; log / symlog go through libm, whose last bit can differ from V8's.
      const tolerance = f.norm === 'linear' ? 0 : 1e-12;
      expect(Math.abs(x - expected), `sample ${sample}: ${x} vs ${expected}`).toBeLessThanOrEqual(tolerance);
    });
  });

  it.each(cases.filter(([, , c]) => c.raises))('%s: an error where matplotlib raises', (_, f, c) => {
    expect(c.raises).toMatch(/Invalid vmin or vmax/);
    expect(() => pictureNorm(f, c)).toThrow(/invalid prop "vmin": must be positive with norm 'log', got -1/);
  });
});

describe('norm strings that are rejected', () => {
  const grid = toGrid([[0.2, 0.5, 0.7]]);
  const others = Object.keys(index.names).filter((n) => !NORM_STRINGS.includes(n as NormString));

  it('covers every other name matplotlib 3.6.3 knows (and an unknown one)', () => {
    expect(others).toEqual(['asinh', 'logit', 'function', 'functionlog', 'bogus']);
  });

  it.each(others)("'%s' is an error naming norm and listing the supported strings", (name) => {
    const supported = "supported norm strings: 'linear', 'log', 'symlog', or a norm object";
    expect(() => resolveNorm(name as NormString, grid)).toThrow(`contour-heatmap: invalid prop "norm": `);
    expect(() => resolveNorm(name as NormString, grid)).toThrow(supported);
    expect(() => resolvePicture({ z: [[0.2, 0.5]], norm: name as NormString })).toThrow(supported);
  });

  it('says why matplotlib’s asinh and logit norms are not drawn', () => {
    expect(() => resolveNorm('asinh' as NormString, grid)).toThrow(
      /the norm string 'asinh' is not supported: .*asinh transform the GPU shader does not have/,
    );
    expect(() => resolveNorm('logit' as NormString, grid)).toThrow(
      /the norm string 'logit' is not supported: .*logit transform the GPU shader does not have/,
    );
    expect(() => resolveNorm('function' as NormString, grid)).toThrow(/matplotlib itself raises/);
    expect(() => resolveNorm('Log' as NormString, grid)).toThrow(/unknown norm string "Log"/);
  });
});

describe('vmin and vmax beside a norm', () => {
  const z = [[-3, 0.5, 8]];

  it('are the limits of a norm string, as matplotlib’s imshow(Z, norm="log", vmin=…, vmax=…)', () => {
    expect(resolvePicture({ z, norm: 'log', vmin: 1, vmax: 4, contours: false }).norm).toEqual({
      type: 'log',
      vmin: 1,
      vmax: 4,
      clip: false,
    });
    expect(resolvePicture({ z, norm: 'symlog', vmax: 4, contours: false }).norm).toMatchObject({
      type: 'symlog',
      vmin: -3,
      vmax: 4,
      linthresh: 2,
    });
  });

  it('are validated and named as the props the user set', () => {
    expect(() => resolvePicture({ z, norm: 'linear', vmin: 5, vmax: 1 })).toThrow('invalid prop "vmin": vmin (5) is greater than vmax (1)');
    expect(() => resolvePicture({ z, norm: 'linear', vmax: Number.NaN })).toThrow('invalid prop "vmax": must be a finite number');
    expect(() => resolvePicture({ z, norm: 'log', vmax: 0 })).toThrow('invalid prop "vmax": must be positive with norm \'log\', got 0');
  });

  it('still belong inside a norm object', () => {
    expect(() => resolvePicture({ z, norm: { type: 'log' }, vmin: 1 })).toThrow(
      'invalid prop "norm": pass vmin and vmax inside a norm object',
    );
  });
});
