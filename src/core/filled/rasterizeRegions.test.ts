import { describe, expect, it } from 'vitest';
import { rasterizeRegions } from './rasterizeRegions';

const RED = [255, 0, 0, 255] as const;
const BLUE = [0, 0, 255, 255] as const;

/** The alpha channel as rows of 0 / 1, for readable expectations. */
function coverage(pixels: Uint8ClampedArray, width: number): string[] {
  const rows: string[] = [];
  for (let o = 0; o < pixels.length; o += width * 4) {
    let row = '';
    for (let c = 0; c < width; c++) row += pixels[o + c * 4 + 3] ? '1' : '0';
    rows.push(row);
  }
  return rows;
}

describe('rasterizeRegions', () => {
  it('fills every pixel the region covers by any area, with the region’s straight RGBA bytes', () => {
    // A rectangle from (1.2, 1) to (3.5, 3): columns 1–3 (3 only half covered), rows 1–2.
    const pixels = rasterizeRegions([{ color: RED, rings: [Float64Array.of(1.2, 1, 3.5, 1, 3.5, 3, 1.2, 3)] }], 5, 4);
    expect(coverage(pixels, 5)).toEqual(['00000', '01110', '01110', '00000']);
    expect(Array.from(pixels.slice((1 * 5 + 1) * 4, (1 * 5 + 2) * 4))).toEqual([...RED]);
    expect(Array.from(pixels.slice(0, 4))).toEqual([0, 0, 0, 0]);
  });

  it('does not fill pixels an edge only touches along their border (zero area)', () => {
    const pixels = rasterizeRegions([{ color: RED, rings: [Float64Array.of(1, 1, 3, 1, 3, 3, 1, 3)] }], 4, 4);
    expect(coverage(pixels, 4)).toEqual(['0000', '0110', '0110', '0000']);
  });

  it('leaves holes empty (even-odd over the region’s rings)', () => {
    const outer = Float64Array.of(0, 0, 5, 0, 5, 5, 0, 5);
    const hole = Float64Array.of(2, 2, 2, 3, 3, 3, 3, 2);
    const pixels = rasterizeRegions([{ color: RED, rings: [outer, hole] }], 5, 5);
    expect(coverage(pixels, 5)).toEqual(['11111', '11111', '11011', '11111', '11111']);
  });

  it('a triangle covers the pixels its slanted edge cuts through, and a vertex inside a row counts', () => {
    const pixels = rasterizeRegions([{ color: RED, rings: [Float64Array.of(0, 0, 4, 4, 0, 4)] }], 4, 4);
    // Below the diagonal y = x: the diagonal's pixels are covered by half, so they are filled.
    expect(coverage(pixels, 4)).toEqual(['1000', '1100', '1110', '1111']);
    const spike = rasterizeRegions([{ color: RED, rings: [Float64Array.of(0, 2.9, 3.5, 2.5, 0, 3.1)] }], 4, 4);
    expect(coverage(spike, 4)).toEqual(['0000', '0000', '1111', '1000']);
  });

  it('along an edge two regions share, the later one takes the pixels both cover, leaving no seam', () => {
    const left = Float64Array.of(0, 0, 2.5, 0, 1.5, 4, 0, 4);
    const right = Float64Array.of(2.5, 0, 4, 0, 4, 4, 1.5, 4);
    const both = rasterizeRegions(
      [
        { color: RED, rings: [left] },
        { color: BLUE, rings: [right] },
      ],
      4,
      4,
    );
    const colors = Array.from({ length: 16 }, (_, p) => (both[p * 4 + 2] ? 'B' : both[p * 4] ? 'R' : '-'));
    // The shared edge runs from x 2.5 (top) to 1.5 (bottom): columns 1 and 2 go to the later region.
    expect(colors.join('')).toEqual('RRBB' + 'RRBB' + 'RBBB' + 'RBBB');
    expect(Array.from(both.slice(2 * 4, 3 * 4))).toEqual([...BLUE]);
  });

  it('clips rings reaching beyond the picture', () => {
    const pixels = rasterizeRegions([{ color: RED, rings: [Float64Array.of(-10, -10, 2, -10, 2, 10, -10, 10)] }], 4, 2);
    expect(coverage(pixels, 4)).toEqual(['1100', '1100']);
  });
});

describe('rasterizeRegions with translucent colours', () => {
  it('blends with Agg’s straight-alpha integer formula where translucent regions overlap', () => {
    const square = Float64Array.of(0, 0, 1, 0, 1, 1, 0, 1);
    const once = rasterizeRegions([{ color: [200, 100, 0, 153], rings: [square] }], 1, 1);
    expect(Array.from(once)).toEqual([200, 100, 0, 153]);
    const twice = rasterizeRegions(
      [
        { color: [200, 100, 0, 153], rings: [square] },
        { color: [0, 0, 255, 153], rings: [square] },
      ],
      1,
      1,
    );
    // alpha: ((153 + 153) << 8) - 153·153 = 54927 → 214; blue: (255·256 − 0)·153 / 54927 = 181.8 → 181.
    expect(Array.from(twice)).toEqual([
      Math.trunc(((0 - 200 * 153) * 153 + ((200 * 153) << 8)) / 54927),
      Math.trunc(((0 - 100 * 153) * 153 + ((100 * 153) << 8)) / 54927),
      181,
      214,
    ]);
  });
});
