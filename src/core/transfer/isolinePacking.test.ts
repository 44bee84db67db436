import { describe, expect, it } from 'vitest';
import { packIsolines, traceLevels, unpackIsolines } from './isolinePacking';

describe('packIsolines / unpackIsolines', () => {
  it('round-trips lines of several levels, empty levels included', () => {
    const values = [0, 0, 0, 0, 4, 0, 0, 0, 0, 1, 2, 3];
    const perLevel = traceLevels(values, 4, 3, [-1, 1, 2.5, 10]);
    expect(perLevel.map((l) => l.length)).toEqual([0, 2, 2, 0]);
    const packed = packIsolines(perLevel);
    expect(packed.levelStarts).toEqual(Uint32Array.from([0, 0, 2, 4, 4]));
    const back = unpackIsolines(packed);
    expect(back.map((level) => level.map((l) => ({ closed: l.closed, points: Array.from(l.points) })))).toEqual(
      perLevel.map((level) => level.map((l) => ({ closed: l.closed, points: Array.from(l.points) }))),
    );
  });
});
