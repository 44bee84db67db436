import { describe, expect, it } from 'vitest';
import { toGrid } from '../grid/grid';
import { MAX_NORM_PARAMS, NORM_KINDS, normParams, normShader } from './normShader';
import { resolveNorm } from './norms';

const grid = toGrid([
  [0.5, 1, 2],
  [4, 8, 16],
]);

describe('NORM_KINDS, the one table of norm kinds', () => {
  it('gives every kind a distinct code and fits the GPU parameter slots', () => {
    const codes = Object.values(NORM_KINDS).map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { params } of Object.values(NORM_KINDS)) expect(params.length).toBeLessThanOrEqual(MAX_NORM_PARAMS);
  });

  it.each([
    [{ type: 'linear' }, 'linear'],
    [{ type: 'power', gamma: 2 }, 'power'],
    [{ type: 'twoSlope', vcenter: 3 }, 'twoSlope'],
    [{ type: 'log' }, 'log'],
    [{ type: 'symlog', linthresh: 1 }, 'symlog'],
  ] as const)('%j: the parameters are the shader fields the table names, in its order', (spec, kind) => {
    const shader = normShader(resolveNorm(spec as never, grid), grid);
    expect(shader.kind).toBe(kind);
    const fields = shader as unknown as Record<string, number>;
    const params = normParams(shader);
    expect(params).toEqual(NORM_KINDS[kind].params.map((name: string) => fields[name]));
    for (const p of params) expect(Number.isFinite(p)).toBe(true);
  });
});
