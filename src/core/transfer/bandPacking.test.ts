import { describe, expect, it } from 'vitest';
import { packBands, unpackBands, packedBandBuffers } from './bandPacking';
import { bandGeometry, type BandGeometry } from '../filled/bands';

/** Bands as plain arrays, so toEqual compares every coordinate exactly. */
function plain(bands: readonly BandGeometry[]) {
  return bands.map((b) => ({
    lower: b.lower,
    upper: b.upper,
    polygons: b.polygons.map((p) => ({ outer: Array.from(p.outer), holes: p.holes.map((h) => Array.from(h)) })),
  }));
}

describe('packBands / unpackBands', () => {
  // A peak in a bowl, with a NaN in a corner: bands with holes, an empty band and extended bands.
  const values = [3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 3, 3, 1, 5, 5, 1, 3, 3, 1, 5, 5, 1, 3, 3, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, NaN];
  const bands = bandGeometry(values, 6, 6, [0, 2, 4, 6, 8], { extend: 'both' });

  it('round-trips bands exactly: bounds (±Infinity included), polygons, holes, empty bands', () => {
    expect(bands.map((b) => b.polygons.length)).toEqual([0, 1, 2, 1, 0, 0]);
    expect(bands.map((b) => b.polygons.reduce((n, p) => n + p.holes.length, 0))).toEqual([0, 1, 2, 0, 0, 0]);
    const packed = packBands(bands);
    expect(Array.from(packed.bounds)).toEqual([-Infinity, 0, 0, 2, 2, 4, 4, 6, 6, 8, 8, Infinity]);
    expect(Array.from(packed.bandStarts)).toEqual([0, 0, 1, 3, 4, 4, 4]);
    expect(Array.from(packed.polygonStarts)).toEqual([0, 2, 4, 6, 7]);
    expect(plain(unpackBands(packed))).toEqual(plain(bands));
  });

  it('round-trips after the buffers are structured-cloned, as a worker receives them', () => {
    const packed = packBands(bands);
    const cloned = structuredClone(packed, { transfer: packedBandBuffers(packed) });
    expect(packed.points.length).toBe(0); // transferred away
    expect(plain(unpackBands(cloned))).toEqual(plain(bands));
  });

  it('round-trips no bands at all', () => {
    expect(unpackBands(packBands([]))).toEqual([]);
  });
});
