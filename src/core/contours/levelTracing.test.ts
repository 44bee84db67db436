import { describe, expect, it } from 'vitest';
import { traceIsolines, type IsoLine } from './isolines';
import { traceLevels, traceLevelSteps } from './levelTracing';

const plain = (lines: readonly IsoLine[]) => lines.map((l) => ({ closed: l.closed, points: Array.from(l.points) }));

describe('traceLevels', () => {
  // A peak in a 4 × 3 grid with a NaN corner, so that corner triangles are traced too.
  const values = [0, 0, 0, 0, 4, 0, 0, 0, NaN, 1, 2, 3];
  const levels = [-1, 1, 2.5, 10];

  it('gives each level exactly the lines tracing it alone gives, empty levels included', () => {
    for (const cornerMask of [true, false]) {
      const perLevel = traceLevels(values, 4, 3, levels, cornerMask);
      expect(perLevel.map((l) => l.length)).toEqual([0, 2, cornerMask ? 2 : 1, 0]);
      perLevel.forEach((lines, k) => expect(plain(lines)).toEqual(plain(traceIsolines(values, 4, 3, levels[k]!, { cornerMask }))));
    }
  });

  it('pauses between levels when run in slices, with the same result', () => {
    const steps = traceLevelSteps(values, 4, 3, levels);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(levels.length);
    expect(step.value.map(plain)).toEqual(traceLevels(values, 4, 3, levels).map(plain));
  });
});
