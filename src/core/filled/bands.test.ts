import { describe, expect, it } from 'vitest';
import { contourfCaseNames, hausdorff, loadContourfCase, type ContourfCase } from '../../../test-support/matplotlibFixtures';
import { ALL_COLORMAPS } from '../../../test-support/colormaps';
import { ringArea } from './bandRings';
import { filledContours, type Band } from './bands';
import { getColormap } from '../color/colormaps';
import { parseColor } from '../color/colors';
import { resolveLevels } from '../contours/levels';

function bandsFor(c: ContourfCase): { levels: number[]; bands: Band[] } {
  const values = c.z.flat().map((v) => (v === null ? NaN : v));
  const finite = values.filter((v) => Number.isFinite(v));
  const levels = resolveLevels(c.levelsArg, Math.min(...finite), Math.max(...finite), 'levels', c.extend);
  const bands = filledContours(values, c.rows, c.cols, levels, {
    extend: c.extend,
    cornerMask: c.cornerMask,
    ...(c.cmap ? { cmap: getColormap(c.cmap, 'cmap', ALL_COLORMAPS) } : {}),
    ...(c.colors ? { colors: c.colors.map((color) => parseColor(color, 'colors')) } : {}),
    ...(c.alpha === null ? {} : { alpha: c.alpha }),
  });
  return { levels, bands };
}

/** Net area of a band (outer rings minus holes) in matplotlib's x / y units; the fixtures' x and y are uniform. */
function netArea(band: Band, c: ContourfCase): number {
  const cell = (c.x[1]! - c.x[0]!) * (c.y[1]! - c.y[0]!);
  return band.polygons.reduce((sum, p) => sum + ringArea(p.outer) + p.holes.reduce((h, ring) => h + ringArea(ring), 0), 0) * cell;
}

describe('filledContours against matplotlib’s contourf (fixtures/matplotlib/contourf)', () => {
  it.each(contourfCaseNames())('%s: levels, band bounds and colours', (name) => {
    const c = loadContourfCase(name);
    const { levels, bands } = bandsFor(c);
    expect(levels).toEqual(c.levels);
    expect(bands).toHaveLength(c.bands.length);
    bands.forEach((band, k) => {
      const mpl = c.bands[k]!;
      expect(band.lower === -Infinity ? -1e250 : band.lower).toBe(k === 0 && mpl.lower === c.levels[0]! - 1 ? c.levels[0] : mpl.lower);
      expect(band.upper === Infinity ? 1e250 : band.upper).toBe(mpl.upper);
      // Agg fills the float colour rounded to bytes.
      expect(band.color).toEqual(mpl.rgba.map((v) => Math.round(v * 255)));
    });
  });

  it.each(contourfCaseNames())('%s: band areas within 1e-9 relative, outer rings anticlockwise and holes clockwise', (name) => {
    const c = loadContourfCase(name);
    const { bands } = bandsFor(c);
    const total = (c.x[c.cols - 1]! - c.x[0]!) * (c.y[c.rows - 1]! - c.y[0]!);
    let worst = 0;
    bands.forEach((band, k) => {
      const mpl = c.bands[k]!;
      const area = netArea(band, c);
      worst = Math.max(worst, Math.abs(area - mpl.area) / total);
      expect(Math.abs(area - mpl.area), `band ${k}: ${area} vs ${mpl.area}`).toBeLessThanOrEqual(1e-9 * total);
      for (const p of band.polygons) {
        expect(ringArea(p.outer)).toBeGreaterThan(0);
        for (const hole of p.holes) expect(ringArea(hole)).toBeLessThan(0);
      }
      // Same number of rings, outer and holes, as matplotlib.
      const ours = band.polygons.map((p) => 1 + p.holes.length).sort();
      const theirs = mpl.polygons.map((p) => p.rings.length).sort();
      expect(ours, `band ${k} rings per polygon`).toEqual(theirs);
    });
    console.info(`${name}: worst band-area difference ${worst.toExponential(2)} of the grid area`);
  });

  it.each(contourfCaseNames())('%s: ring vertices on matplotlib’s rings (Hausdorff ≤ 1e-9 cells)', (name) => {
    const c = loadContourfCase(name);
    const { bands } = bandsFor(c);
    const [dx, dy] = [c.x[1]! - c.x[0]!, c.y[1]! - c.y[0]!];
    const closedRing = (ring: [number, number][]) => [...ring, ring[0]!];
    bands.forEach((band, k) => {
      const ours = band.polygons
        .flatMap((p) => [p.outer, ...p.holes])
        .map((ring) => closedRing(Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i]!, ring[2 * i + 1]!] as [number, number])));
      const theirs = c.bands[k]!.polygons.flatMap((p) => p.rings).map((ring) =>
        closedRing(ring.map(([x, y]) => [(x - c.x[0]!) / dx, (y - c.y[0]!) / dy] as [number, number])),
      );
      if (ours.length + theirs.length > 0) expect(hausdorff(ours, theirs), `band ${k}`).toBeLessThanOrEqual(1e-9);
    });
  });
});

describe('filledContours on hand-made grids', () => {
  const band = (values: number[], rows: number, cols: number, lower: number, upper: number, cornerMask = true) =>
    filledContours(values, rows, cols, [lower, upper], { cornerMask })[0]!.polygons;
  const area = (polygons: ReturnType<typeof band>) =>
    polygons.reduce((s, p) => s + ringArea(p.outer) + p.holes.reduce((h, r) => h + ringArea(r), 0), 0);

  it('fills a whole quad that lies in the band, along the grid frame', () => {
    const polygons = band([1, 1, 1, 1], 2, 2, 0, 2);
    expect(polygons).toHaveLength(1);
    expect(Array.from(polygons[0]!.outer)).toEqual([0, 0, 1, 0, 1, 1, 0, 1]);
  });

  it('resolves a saddle at each level by the quad mean, as mpl2014 does', () => {
    // bl = tr = 2 (above), br = tl = 0: the 1-level band through the middle. Mean 1 > 0.5: the
    // above corners connect, one region; for the band (0.5, 1.5] the mean 1 ≤ 1.5 cuts off the
    // corners above 1.5 and the mean 1 > 0.5 cuts off those below 0.5: one region of 4 cut corners.
    const polygons = band([2, 0, 0, 2], 2, 2, 0.5, 1.5);
    expect(polygons).toHaveLength(1);
    expect(area(polygons)).toBeCloseTo(1 - 4 * (0.5 * 0.25 * 0.25), 12);
    // Mean 1 ≤ 1.2: the corners above 1.2 are cut off separately, the rest joins (area 1 - 2 · ½ · 0.4²).
    expect(area(band([2, 0, 0, 2], 2, 2, -1, 1.2))).toBeCloseTo(1 - 2 * 0.5 * 0.4 * 0.4, 12);
  });

  it('keeps separate regions of a band apart where they touch at a grid node', () => {
    // Masked quads NW and SE of the centre node: the band covers the NE and SW quads, which meet at one node.
    const v = [1, 1, NaN, 1, 1, 1, NaN, 1, 1];
    const polygons = band(v, 3, 3, 0, 2, false);
    expect(polygons.map((p) => [ringArea(p.outer), p.holes.length])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('makes a hole where the field rises above the band inside it', () => {
    const v = [0, 0, 0, 0, 5, 0, 0, 0, 0];
    const polygons = band(v, 3, 3, -1, 1);
    expect(polygons).toHaveLength(1);
    expect(polygons[0]!.holes).toHaveLength(1);
    expect(area(polygons)).toBeCloseTo(4 - 4 * 0.5 * 0.8 * 0.8, 12);
  });

  it('needs at least two levels', () => {
    expect(() => filledContours([0, 1, 2, 3], 2, 2, [0.5])).toThrow(
      /invalid prop "contours.levels": filled contours need at least 2 levels/,
    );
  });
});
