import { describe, expect, it } from 'vitest';
import { compareImages, loadFixturePng, loadNormFixtures, type NormCase, type Rgba } from '../../../test-support/matplotlibFixtures';
import { resolveColormap, type Colormap } from './colormaps';
import { exactValues, toGrid, type Grid } from '../grid/grid';
import { normLutIndex, normValue } from './normValue';
import { resolveNorm, type NormSpec, type ResolvedNorm } from './norms';
import { resample } from '../resample/reference';
import { getKernel } from '../resample/kernels';

const fixtures = loadNormFixtures();
const gridOf = (c: NormCase): Grid => toGrid(fixtures.fields[c.field]!.map((row) => row.map((v) => (v === null ? NaN : v))));
const resolveCase = (c: NormCase): ResolvedNorm => resolveNorm(c.spec as NormSpec, gridOf(c));

describe('resolveNorm autoscales as imshow does (fixtures/matplotlib/norms)', () => {
  it.each(fixtures.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const norm = resolveCase(c);
    expect({ vmin: norm.vmin, vmax: norm.vmax }).toEqual({ vmin: c.resolved.vmin, vmax: c.resolved.vmax });
    if (c.resolved.vcenter !== undefined) expect((norm as { vcenter: number }).vcenter).toBe(c.resolved.vcenter);
    if (c.resolved.halfrange !== undefined) expect((norm as { halfrange: number }).halfrange).toBe(c.resolved.halfrange);
  });
});

describe('normValue equals matplotlib’s norm(values)', () => {
  it.each(fixtures.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const norm = resolveCase(c);
    let worst = 0;
    c.samples.forEach((sample, i) => {
      const expected = c.normalized[i]!;
      const x = normValue(norm, sample ?? NaN);
      if (expected === null) return expect(x, `sample ${sample}`).toBeNaN();
      if (expected === 'inf' || expected === '-inf') return expect(x, `sample ${sample}`).toBe(expected === 'inf' ? Infinity : -Infinity);
      // Linear norms and BoundaryNorm are bit-exact; log / symlog / power go through libm, whose
      // last bit can differ from V8's Math.log10 / Math.log / **.
      const d = Math.abs(x - expected);
      worst = Math.max(worst, d);
      expect(d, `sample ${sample}: ${x} vs ${expected}`).toBeLessThanOrEqual(['log', 'symlog', 'power'].includes(c.spec.type) ? 1e-12 : 0);
    });
    if (worst > 0) console.info(`${c.name}: max |Δx| ${worst.toExponential(2)} over ${c.samples.length} samples`);
  });
});

/**
 * matplotlib 3.6.3's data stage rescales the data to [0.1, 0.9] by its finite min / max before
 * Agg resamples it, and back afterwards; vmin / vmax make the same round trip (`vrange`), and a
 * LogNorm vmin that comes back ≤ 0 becomes float64 eps. The round trip moves some values by an ulp
 * or two (0 → 3.6e-15, -0.5 → -0.5000000000000002), which matters only for values exactly on a
 * BoundaryNorm boundary or at 0 under a LogNorm. Emulated here to show that this is the whole
 * difference; the library does not emulate it (matplotlib ≥ 3.10 no longer rescales).
 */
function aggRoundTrip(grid: Grid): (v: number) => number {
  const k = (grid.max - grid.min) / 0.8;
  return (v) => ((v - grid.min) / k + 0.1 - 0.1) * k + grid.min;
}

function withRoundTrip(norm: ResolvedNorm, trip: (v: number) => number): ResolvedNorm {
  // CenteredNorm resets vmin / vmax from vcenter ± halfrange on every call, undoing the round trip.
  if (norm.type === 'centered') return norm;
  const vmin = trip(norm.vmin);
  return { ...norm, vmin: norm.type === 'log' && vmin <= 0 ? 2 ** -52 : vmin, vmax: trip(norm.vmax) };
}

interface Rendered {
  image: Rgba;
  /** The resampled data value of each pixel. */
  values: ArrayLike<number>;
}

/**
 * The CPU reference of imshow's data stage with a norm: resample the data (exact values for
 * 'nearest', optionally through 3.6.3's rescaling round trip; float32 as the GPU holds them for
 * 'bilinear'), then norm and colormap per pixel.
 */
function render(c: NormCase, interpolation: 'nearest' | 'bilinear', cmap: Colormap, roundTrip: boolean): Rendered {
  const grid = gridOf(c);
  const trip = aggRoundTrip(grid);
  const norm = roundTrip ? withRoundTrip(resolveCase(c), trip) : resolveCase(c);
  const exact = exactValues(grid);
  const target = { width: fixtures.width, height: fixtures.height, origin: 'lower' as const };
  let values: ArrayLike<number>;
  if (interpolation === 'nearest') {
    // Resample cell indices (exact in float32) and look the float64 values up.
    const cells = resample(
      Float64Array.from({ length: exact.length }, (_, i) => i),
      grid.rows,
      grid.cols,
      null,
      target,
    );
    values = Float64Array.from(cells, (i) => (roundTrip ? trip(exact[i]!) : exact[i]!));
  } else {
    values = resample(exact, grid.rows, grid.cols, getKernel('bilinear'), target);
  }
  const data = new Uint8Array(fixtures.width * fixtures.height * 4);
  for (let p = 0; p < values.length; p++) {
    const index = normLutIndex(norm, values[p]!, cmap.n);
    const rgba = Number.isNaN(index)
      ? cmap.bad
      : index < 0
        ? cmap.under
        : index >= cmap.n
          ? cmap.over
          : cmap.lut.subarray(index * 4, index * 4 + 4);
    data.set(rgba, p * 4);
  }
  return { image: { width: fixtures.width, height: fixtures.height, data }, values };
}

/** The values where float noise of the order of the round trip can change a pixel's colour. */
function criticalValues(c: NormCase): number[] {
  if (c.spec.type === 'boundary') return c.spec.boundaries as number[];
  return c.spec.type === 'log' ? [0] : [];
}

describe('imshow with a norm: the CPU reference against matplotlib’s image layer', () => {
  const cmap = resolveColormap(fixtures.cmap, fixtures.extremes);
  const named = fixtures.cases.map((c) => [c.name, c] as const);

  it.each(named)('%s, nearest: identical with 3.6.3’s rescaling round trip emulated', (_, c) => {
    const diff = compareImages(render(c, 'nearest', cmap, true).image, loadFixturePng(`norms/${c.images.nearest}`));
    expect(diff.exactPixels).toBe(1);
  });

  it.each(named)('%s, nearest and bilinear: any other pixel differs only at a value within float noise of a boundary', (_, c) => {
    const span = gridOf(c).max - gridOf(c).min;
    for (const interpolation of ['nearest', 'bilinear'] as const) {
      const { image, values } = render(c, interpolation, cmap, false);
      const expected = loadFixturePng(`norms/${c.images[interpolation]}`);
      let differing = 0;
      for (let p = 0; p < values.length; p++) {
        const transparent = image.data[p * 4 + 3] === 0 && expected.data[p * 4 + 3] === 0;
        const same = transparent || [0, 1, 2, 3].every((k) => image.data[p * 4 + k] === expected.data[p * 4 + k]);
        if (same) continue;
        differing++;
        const v = values[p]!;
        expect(
          criticalValues(c).some((b) => Math.abs(v - b) <= 1e-6 * span),
          `pixel ${p}: value ${v}`,
        ).toBe(true);
      }
      if (differing > 0)
        console.info(
          `${c.name} ${interpolation}: ${differing} of ${values.length} pixels differ, all at a value within 1e-6 of the data range from a boundary`,
        );
    }
  });
});

describe('resolveNorm validation', () => {
  const grid = toGrid([[-2, 0, 1, 5, NaN]]);
  const bad = (spec: unknown) => () => resolveNorm(spec as NormSpec, grid);

  it('defaults to a linear norm over the finite data', () => {
    expect(resolveNorm(undefined, grid)).toEqual({ type: 'linear', vmin: -2, vmax: 5, clip: false });
  });

  it('names the prop or option at fault', () => {
    expect(bad(42)).toThrow(
      /invalid prop "norm": expected a norm string \('linear', 'log', 'symlog'\) or a norm object like \{ type: 'log' \}, got number 42/,
    );
    expect(bad('logarithmic')).toThrow(
      /invalid prop "norm": unknown norm string "logarithmic"; supported norm strings: 'linear', 'log', 'symlog'/,
    );
    expect(bad({ type: 'logarithmic' })).toThrow(
      /invalid prop "norm.type": expected one of 'linear', 'log', 'symlog', 'power', 'twoSlope', 'centered', 'boundary'/,
    );
    expect(bad({ type: 'twoSlope', vcentre: 0 })).toThrow(
      /invalid prop "norm.vcentre": is not an option of the 'twoSlope' norm \(options: vcenter, vmin, vmax\)/,
    );
    expect(bad({ type: 'linear', vmin: 3, vmax: 1 })).toThrow(/invalid prop "norm.vmin": vmin \(3\) is greater than vmax \(1\)/);
    expect(bad({ type: 'linear', vmin: 9 })).toThrow(/invalid prop "norm.vmin": vmin \(9\) is greater than vmax \(5\)/);
    expect(bad({ type: 'linear', vmax: '1' })).toThrow(/invalid prop "norm.vmax": must be a finite number/);
    expect(bad({ type: 'linear', clip: 1 })).toThrow(/invalid prop "norm.clip": must be true or false/);
    expect(bad({ type: 'log', vmin: 0 })).toThrow(/invalid prop "norm.vmin": must be positive for a log norm/);
    expect(() => resolveNorm({ type: 'log' }, toGrid([[-1, 0]]))).toThrow(
      /invalid prop "norm": a log norm needs data with at least one positive value/,
    );
    expect(bad({ type: 'symlog' })).toThrow(/invalid prop "norm.linthresh": is required/);
    expect(bad({ type: 'symlog', linthresh: 1, base: 1 })).toThrow(/invalid prop "norm.base": must be greater than 1/);
    expect(bad({ type: 'symlog', linthresh: 1, linscale: 0 })).toThrow(/invalid prop "norm.linscale": must be positive/);
    expect(bad({ type: 'power', gamma: -1 })).toThrow(/invalid prop "norm.gamma": must be positive/);
    expect(bad({ type: 'twoSlope', vcenter: 1, vmin: 1 })).toThrow(/invalid prop "norm.vmin": vmin \(1\) must be less than vcenter \(1\)/);
    expect(bad({ type: 'twoSlope', vcenter: 1, vmax: 0 })).toThrow(
      /invalid prop "norm.vmax": vmax \(0\) must be greater than vcenter \(1\)/,
    );
    expect(bad({ type: 'boundary', boundaries: [1] })).toThrow(/invalid prop "norm.boundaries": expected at least 2 boundaries/);
    expect(bad({ type: 'boundary', boundaries: [0, 2, 1] })).toThrow(
      /invalid prop "norm.boundaries": must increase strictly, but boundary 2 \(1\) ≤ boundary 1 \(2\)/,
    );
    expect(bad({ type: 'boundary', boundaries: [0, 1], ncolors: 1.5 })).toThrow(/invalid prop "norm.ncolors": must be a positive integer/);
    expect(bad({ type: 'boundary', boundaries: [0, 1, 2, 3], ncolors: 2 })).toThrow(
      /invalid prop "norm.ncolors": there are 3 colour bins including extensions but ncolors is 2/,
    );
    expect(bad({ type: 'boundary', boundaries: [0, 1], extend: 'above' })).toThrow(
      /invalid prop "norm.extend": expected one of 'neither', 'min', 'max', 'both'/,
    );
    expect(bad({ type: 'boundary', boundaries: [0, 1], clip: true, extend: 'max' })).toThrow(
      /invalid prop "norm.clip": clip: true cannot be combined with extend 'max'/,
    );
  });

  it('takes BoundaryNorm’s ncolors from the colormap size unless given', () => {
    expect(resolveNorm({ type: 'boundary', boundaries: [0, 1, 2] }, grid, 10)).toMatchObject({ ncolors: 10, regions: 2, offset: 0 });
    expect(resolveNorm({ type: 'boundary', boundaries: [0, 1, 2], ncolors: 3, extend: 'min' }, grid, 10)).toMatchObject({
      ncolors: 3,
      regions: 3,
      offset: 1,
    });
  });
});

describe('resolveNorm on extreme data', () => {
  it('autoscales finite limits for data reaching ±1e308, denormals and huge offsets', () => {
    expect(resolveNorm(undefined, toGrid([[-1e308, 0, 1e308]]))).toEqual({ type: 'linear', vmin: -1e308, vmax: 1e308, clip: false });
    expect(resolveNorm({ type: 'log' }, toGrid([[-1e308, 5e-324, 1e308]]))).toEqual({
      type: 'log',
      vmin: 5e-324,
      vmax: 1e308,
      clip: false,
    });
    expect(resolveNorm('symlog', toGrid([[1e15, 1e15 + 0.5]]))).toMatchObject({ vmin: 1e15, vmax: 1e15 + 0.5 });
    const maxAbs = Number.MAX_VALUE;
    expect(resolveNorm({ type: 'centered' }, toGrid([[-maxAbs, 1]]))).toMatchObject({ vmin: -maxAbs, vmax: maxAbs, halfrange: maxAbs });
  });

  it('normValue stays finite where the limits’ span is a double', () => {
    const log = resolveNorm({ type: 'log' }, toGrid([[5e-324, 1e308]]));
    expect(normValue(log, 5e-324)).toBe(0);
    expect(normValue(log, 1e308)).toBe(1);
    const denormal = resolveNorm(undefined, toGrid([[0, 5e-324, 1e-323]]));
    expect([0, 5e-324, 1e-323].map((v) => normValue(denormal, v))).toEqual([0, 0.5, 1]);
    const offset = resolveNorm(undefined, toGrid([[1e15, 1e15 + 0.125, 1e15 + 0.5]]));
    expect([1e15, 1e15 + 0.125, 1e15 + 0.5].map((v) => normValue(offset, v))).toEqual([0, 0.25, 1]);
  });

  it('rejects a CenteredNorm whose vcenter ± halfrange overflows, naming the option to change', () => {
    const grid = toGrid([[-1e308, 1e308]]);
    // Before: vmax came out as Infinity.
    expect(() => resolveNorm({ type: 'centered', vcenter: 1e308 }, grid)).toThrow(
      /invalid prop "norm.vcenter": vcenter ± halfrange \(1e\+308 ± Infinity\) exceeds the largest double \(±1.8e308\); choose a vcenter nearer the data/,
    );
    expect(() => resolveNorm({ type: 'centered', vcenter: 1e308, halfrange: 1e308 }, grid)).toThrow(
      /invalid prop "norm.halfrange": vcenter ± halfrange \(1e\+308 ± 1e\+308\) exceeds the largest double/,
    );
  });
});
