import { describe, expect, it } from 'vitest';
import { loadNormFixtures, type NormCase } from '../../../test-support/matplotlibFixtures';
import { toGrid } from '../grid/grid';
import { normLutIndex, normValue } from './normValue';
import { normShader, shaderLutIndex, shaderLutIndexer } from './normShader';
import { resolveNorm, type NormObject, type NormSpec, type ResolvedNorm } from './norms';

/** Data values where an ulp decides the colour: the limits, the centre, zero for log, the boundaries. */
function criticalValues(norm: ResolvedNorm): number[] {
  const points = [norm.vmin, norm.vmax, 0];
  if (norm.type === 'twoSlope' || norm.type === 'centered') points.push(norm.vcenter);
  return norm.type === 'boundary' ? [...points, ...norm.boundaries] : points;
}

const fixtures = loadNormFixtures();
const N = 256;

describe('normShader: the documented per-pixel formulas give imshow’s colour index', () => {
  it.each(fixtures.cases.map((c) => [c.name, c] as const))('%s', (_, c: NormCase) => {
    const grid = toGrid(fixtures.fields[c.field]!.map((row) => row.map((v) => (v === null ? NaN : v))));
    const norm = resolveNorm(c.spec as NormSpec, grid);
    const s = normShader(norm, grid);
    for (const sample of c.samples) {
      const v = sample ?? NaN;
      if (!Number.isFinite(v)) continue;
      // In float64 the rewritten formulas reproduce matplotlib's colour; rebuilding v from t can
      // still move a value by an ulp, which matters only exactly on a LUT-entry edge.
      const got = shaderLutIndex(s, (v - s.dataOffset) / s.dataScale, N);
      const expected = normLutIndex(norm, v, N);
      if (Object.is(got, expected)) continue;
      const x = normValue(norm, v) * N;
      const nearCritical = criticalValues(norm).some((b) => Math.abs(v - b) <= 1e-12 * s.dataScale);
      const nearEntryEdge = norm.type !== 'boundary' && Math.abs(x - Math.round(x)) < 1e-6;
      expect(nearCritical || nearEntryEdge, `value ${v}: shader entry ${got}, matplotlib ${expected}`).toBe(true);
    }
  });

  it.each(fixtures.cases.map((c) => [c.name, c] as const))(
    '%s: a texture value equal to vmin or vmax gets matplotlib’s entry (0, N - 1)',
    (_, c: NormCase) => {
      const grid = toGrid(fixtures.fields[c.field]!.map((row) => row.map((v) => (v === null ? NaN : v))));
      const norm = resolveNorm(c.spec as NormSpec, grid);
      const s = normShader(norm, grid);
      if (s.kind === 'zero' || s.kind === 'boundary') return;
      // The texture's own values of vmin and vmax (the autoscaled limits are data values, e.g. the
      // data maximum under 'symlog', whose v rebuilt from float32 t lies an ulp above vmax).
      const at = (v: number) => Math.fround((v - s.dataOffset) / s.dataScale);
      // matplotlib's entry: 0 and N - 1 (a TwoSlopeNorm with vcenter == vmin gives vmin 0.5).
      expect(shaderLutIndex(s, at(norm.vmin), N), 'vmin').toBe(normLutIndex(norm, norm.vmin, N));
      expect(shaderLutIndex(s, at(norm.vmax), N), 'vmax').toBe(normLutIndex(norm, norm.vmax, N));
      expect([0, 128]).toContain(normLutIndex(norm, norm.vmin, N));
      expect(normLutIndex(norm, norm.vmax, N)).toBe(N - 1);
    },
  );

  it('settles under and over on the texture values of explicit vmin and vmax', () => {
    const values = [-1.1, -0.7, 0.3, 2.9, 3.7];
    const grid = toGrid([values]);
    const specs: NormObject[] = [
      { type: 'linear', vmin: -0.7, vmax: 2.9 },
      { type: 'log', vmin: 0.3, vmax: 2.9 },
      { type: 'symlog', linthresh: 0.5, vmin: -0.7, vmax: 2.9 },
      { type: 'power', gamma: 0.5, vmin: -0.7, vmax: 2.9 },
      { type: 'twoSlope', vcenter: 0.3, vmin: -0.7, vmax: 2.9 },
    ];
    for (const spec of specs) {
      const norm = resolveNorm(spec, grid);
      const s = normShader(norm, grid);
      const got = Array.from(grid.normalized, (t) => shaderLutIndex(s, t, N));
      const lo = spec.type === 'log' ? 2 : 1;
      expect(got[lo], `${spec.type}: vmin`).toBe(0);
      expect(got[3], `${spec.type}: vmax`).toBe(N - 1);
      expect(got[4], `${spec.type}: above vmax`).toBe(N);
      if (spec.type !== 'power') expect(got[lo - 1], `${spec.type}: below vmin`).toBe(spec.type === 'log' ? NaN : -1);
      // clip: everything inside.
      if (spec.type !== 'twoSlope') {
        const clipped = normShader(resolveNorm({ ...spec, clip: true } as NormSpec, grid), grid);
        expect(
          Array.from(grid.normalized, (t) => shaderLutIndex(clipped, t, N))
            .slice(lo - 1)
            .filter((i) => i < 0 || i >= N),
          spec.type,
        ).toEqual([]);
      }
    }
  });

  it('puts BoundaryNorm thresholds where the float32 texture puts values on a boundary', () => {
    const values = [-2, -1.5, -0.5, 0, 0.5, 1.5, 3];
    const grid = toGrid([values]);
    const norm = resolveNorm({ type: 'boundary', boundaries: [-1.5, -0.5, 0, 0.5, 1.5], extend: 'both' }, grid);
    const s = normShader(norm, grid);
    expect(s.kind === 'boundary' && Array.from(s.regionIndex)).toEqual([-1, 51, 102, 153, 204, 256]);
    values.forEach((v, i) => expect(shaderLutIndex(s, grid.normalized[i]!, N)).toBe(normLutIndex(norm, v, N)));
  });

  it('finds log-norm zeros on the float32 texture', () => {
    const values = [-3, 0, 2, 7];
    const grid = toGrid([values]);
    const norm = resolveNorm({ type: 'log', vmin: 1, vmax: 10 }, grid);
    const s = normShader(norm, grid);
    expect(Array.from(grid.normalized, (t) => shaderLutIndex(s, t, N))).toEqual(values.map((v) => normLutIndex(norm, v, N)));
    expect(values.map((v) => normLutIndex(norm, v, N))).toEqual([NaN, NaN, 77, 216]);
  });

  it('describes a norm with vmin == vmax as constant 0', () => {
    const grid = toGrid([[1, 2]]);
    expect(normShader(resolveNorm({ type: 'log', vmin: 3, vmax: 3 }, grid), grid).kind).toBe('zero');
    expect(normShader(resolveNorm({ type: 'centered', halfrange: 0, vcenter: 1 }, grid), grid).kind).toBe('zero');
  });
});

describe('shaderLutIndexer: shaderLutIndex for one norm, to the bit', () => {
  it.each(fixtures.cases.map((c) => [c.name, c] as const))('%s', (_, c: NormCase) => {
    const grid = toGrid(fixtures.fields[c.field]!.map((row) => row.map((v) => (v === null ? NaN : v))));
    const norm = resolveNorm(c.spec as NormSpec, grid);
    const s = normShader(norm, grid);
    for (const n of [N, 10, 1]) {
      const index = shaderLutIndexer(s, n);
      // Texture values (float32) across and beyond [0, 1], the limits and their neighbours, NaN and infinities.
      const limits = 'tVmin' in s ? [s.tVmin, s.tVmax] : [];
      const near = limits.flatMap((t) => [t, Math.fround(t - 1e-7), Math.fround(t + 1e-7), t - 1e-12, t + 1e-12]);
      const spread = Array.from({ length: 4001 }, (_, i) => Math.fround(-0.5 + i / 2000));
      for (const t of [...spread, ...near, 0, -0, 1, NaN, Infinity, -Infinity]) {
        expect(Object.is(index(t), shaderLutIndex(s, t, n)), `t ${t}, n ${n}`).toBe(true);
      }
    }
  });
});
