import { describe, expect, it } from 'vitest';
import { finish } from '../resample/separable';
import { bandPixels } from '../../cpu/heatmapBands';
import { pictureBand } from '../../cpu/cpuRenderer';
import { denormalize } from '../grid/grid';
import { getKernel } from '../resample/kernels';
import { resampleSeparable } from '../../../test-support/wholePicture';
import { createPixelSampler } from '../resample/pixelSampler';
import { aggSamplePosition, dda2 } from '../resample/aggPixel';
import { resample, samplePosition } from '../resample/reference';
import { kernelFor, resolvePicture, type PictureOptions, type ResolvedPicture } from '../options';
import { createPicker, type PickPlan } from './pick';
import { createReadoutText } from './readoutText';
import { cellWindow } from '../view/view';
import { resolveFigure } from '../figure/figureOptions';

const wave = (rows: number, cols: number, holes: [number, number][] = []) =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      holes.some(([hr, hc]) => hr === r && hc === c) ? NaN : Math.sin(r * 0.7) * Math.cos(c * 0.45) + 0.01 * r * c,
    ),
  );

describe('createPixelSampler', () => {
  // Every pixel of small pictures, up- and downsampled, at one pixel per cell, near holes.
  const sizes = [
    [9, 13, 41, 29],
    [30, 44, 12, 17],
    [9, 13, 13, 9],
  ] as const;
  it.each([null, 'bilinear', 'spline36', 'hanning', 'lanczos', 'bessel'])(
    'gives Agg’s value of every pixel: the exact reference’s where the DDA keeps the sample position, the renderers’ within 1e-3 of the range, NaN where theirs is (%s)',
    (name) => {
      let [holes, same, pixels] = [0, 0, 0];
      for (const [rows, cols, width, height] of sizes) {
        for (const origin of ['upper', 'lower'] as const) {
          const values = Float32Array.from(wave(rows, cols, [[3, 4]]).flat());
          const range = Math.max(...values.filter(Number.isFinite)) - Math.min(...values.filter(Number.isFinite));
          const kernel = name === null ? null : getKernel(name);
          const target = { width, height, origin };
          const drawn = resampleSeparable(values, rows, cols, kernel, target);
          const exact = resample(values, rows, cols, kernel, target);
          const sampler = createPixelSampler(values, rows, cols, kernel, target);
          for (let i = 0; i < drawn.length; i++) {
            const [px, py] = [i % width, Math.floor(i / width)];
            const v = sampler.value(px, py);
            expect(Number.isNaN(v), `(${px}, ${py})`).toBe(Number.isNaN(drawn[i]!));
            if (!Number.isNaN(v)) expect(Math.abs(v - drawn[i]!) / range).toBeLessThan(1e-3);
            const undisturbed = aggSamplePosition(px, py, rows, cols, target)[0] === samplePosition(px, py, cols, rows, target)[0];
            if (undisturbed) same += Object.is(v, exact[i]) ? 1 : 0;
            pixels += undisturbed ? 1 : 0;
          }
          holes += drawn.filter(Number.isNaN).length;
        }
      }
      expect(same).toBe(pixels);
      expect(holes).toBeGreaterThan(0);
    },
  );

  it('walks a scanline’s sample positions as Agg’s DDA does: its ends exact, at most 1/256 cell from the exact positions', () => {
    expect(dda2(10, 20, 4, 0)).toBe(10);
    expect([1, 2, 3, 4].map((i) => dda2(10, 20, 4, i))).toEqual([12, 15, 17, 20]);
    expect([1, 2, 3].map((i) => dda2(20, 10, 3, i))).toEqual([17, 13, 10]);
    const target = { width: 775, height: 3, origin: 'lower' as const };
    let moved = 0;
    for (let px = 0; px < 775; px++) {
      const d = aggSamplePosition(px, 1, 3, 15, target)[0] - samplePosition(px, 1, 15, 3, target)[0];
      expect(Math.abs(d)).toBeLessThanOrEqual(1);
      moved += d === 0 ? 0 : 1;
    }
    expect(moved).toBeGreaterThan(0);
  });
});

/** Both NaN, or within 1e-3 of the data range: Agg's rounded 2-D weights and DDA against the renderers' separable weights. */
function expectNear(value: number, drawn: number, picture: ResolvedPicture): void {
  expect(Number.isNaN(value)).toBe(Number.isNaN(drawn));
  if (Number.isNaN(value)) return;
  const finite = picture.grid.source as number[][];
  const all = finite.flat().filter(Number.isFinite);
  expect(Math.abs(value - drawn) / (Math.max(...all) - Math.min(...all))).toBeLessThan(1e-3);
}

describe('createPicker', () => {
  // An image box off the device-pixel grid, at a fractional pixel ratio.
  const image = { left: 30.3, top: 12.6, width: 151.7, height: 97.2 };
  // The axes show the image's extent (a view that differs is a zoom: see 'in a view' below).
  const planOf = (picture: ResolvedPicture): PickPlan => {
    const [x0, x1, y0, y1] = picture.extent;
    return { image, xView: [x0, x1], yView: [y0, y1] };
  };
  const picked = (options: PictureOptions, pixelRatio: number) => {
    const picture = resolvePicture(options);
    const plan = planOf(picture);
    const width = Math.round(plan.image.width * pixelRatio);
    const height = Math.round(plan.image.height * pixelRatio);
    const left = Math.round(plan.image.left * pixelRatio);
    const top = Math.round(plan.image.top * pixelRatio);
    // The CPU renderer's own resampled values for the whole image.
    const kernel = kernelFor(picture, width, height);
    const drawn = finish(bandPixels({ ...pictureBand(picture, kernel, width, height, { top: 0, bottom: height }), stage: 'data' })).values!;
    const pick = createPicker(picture, plan, pixelRatio);
    return { picture, width, height, left, top, drawn, pick };
  };

  it.each([
    ['spline36', 1],
    ['nearest', 2],
    ['bicubic', 1.25],
    ['antialiased', 0.5],
  ] as const)(
    'reports Agg’s value of the device pixel under the point, within 1e-3 of the range of the CPU renderer’s (%s at pixel ratio %s)',
    (interpolation, pixelRatio) => {
      const z = wave(23, 31, [[10, 12]]);
      const { picture, width, height, left, top, drawn, pick } = picked({ z, interpolation, origin: 'lower' }, pixelRatio);
      let holes = 0;
      for (let py = 0; py < height; py += 3) {
        for (let px = 0; px < width; px += 2) {
          // A point inside the device pixel, a little off its centre.
          const info = pick((left + px + 0.3) / pixelRatio, (top + py + 0.7) / pixelRatio);
          expect(info).not.toBeNull();
          expectNear(info!.value, denormalize(picture.grid, drawn[py * width + px]!), picture);
          if (Number.isNaN(info!.value)) holes++;
        }
      }
      expect(holes).toBeGreaterThan(0);
    },
  );

  it('reports the data stage’s value for the rgba stage too, from the same taps', () => {
    const z = wave(12, 15);
    const data = picked({ z, interpolation: 'bicubic' }, 1);
    const rgba = picked({ z, interpolation: 'bicubic', interpolationStage: 'rgba' }, 1);
    for (const [x, y] of [
      [40, 30],
      [100.5, 77.1],
      [175, 100],
    ])
      expect(rgba.pick(x!, y!)!.value).toBe(data.pick(x!, y!)!.value);
  });

  it('maps the point to data coordinates, the cell under it and the cell’s value as given', () => {
    const values = Float64Array.from({ length: 4 * 5 }, (_, i) => 1e9 + i * 0.001);
    const picture = resolvePicture({
      z: { values, rows: 4, cols: 5 },
      extent: [0, 10, 0, 4],
      origin: 'upper',
      interpolation: 'nearest',
      contours: false,
    });
    const pick = createPicker(picture, { image: { left: 0, top: 0, width: 100, height: 40 }, xView: [0, 10], yView: [0, 4] }, 1);
    // Column 2 (x 4…6), row 1 (y 3…2 with row 0 on top).
    const info = pick(50.5, 15.5)!;
    expect(info.x).toBeCloseTo(5.05, 12);
    expect(info.y).toBeCloseTo(2.45, 12);
    expect([info.row, info.col]).toEqual([1, 2]);
    // The exact float64 input, not the float32 copy the renderers draw from.
    expect(info.cellValue).toBe(values[1 * 5 + 2]);
    expect(info.value).toBeCloseTo(info.cellValue, 5);
    expect(info.level).toBeUndefined();
  });

  it('is null outside the image box, and brackets the value with the contour levels', () => {
    const picture = resolvePicture({ z: wave(10, 10), contours: { levels: [-0.5, 0, 0.5] } });
    const pick = createPicker(picture, planOf(picture), 1);
    const { left, top, width, height } = image;
    for (const [x, y] of [
      [left - 0.01, top + 5],
      [left + width, top + 5],
      [left + 5, top - 0.01],
      [left + 5, top + height],
    ])
      expect(pick(x!, y!)).toBeNull();
    const infos = Array.from({ length: 40 }, (_, i) => pick(left + (i + 0.5) * (width / 40), top + height / 3)!);
    for (const { value, level } of infos) {
      expect(level!.lower < value && value <= level!.upper).toBe(true);
      expect([-Infinity, -0.5, 0, 0.5]).toContain(level!.lower);
    }
    expect(new Set(infos.map((i) => i.level!.lower)).size).toBeGreaterThan(1);
  });

  it('formats the readout’s x and y with the axes’ format when there is one, as matplotlib’s cursor uses the axis formatter', () => {
    const picture = resolvePicture({ z: wave(10, 10), contours: false });
    const plan = planOf(picture);
    const info = createPicker(picture, plan, 1)(100, 50)!;
    const figure = resolveFigure({ axes: { format: (v, axis) => `${axis}:${v.toFixed(1)}` } });
    const text = createReadoutText(picture, figure, plan, 1)(info);
    expect(text).toMatch(new RegExp(`^x=x:${info.x.toFixed(1)}, y=y:${info.y.toFixed(1)}, z=[0-9.−]+$`));
  });
  it('in a view, reports the value for that view (the CPU renderer’s within 1e-3 of the range), and null off the image’s extent', () => {
    const picture = resolvePicture({ z: wave(23, 31, [[10, 12]]), interpolation: 'antialiased', origin: 'lower' });
    // Zoomed out on x (margins each side) and in on y, reversed: the whole image shows 77.5 px wide,
    // under 3 px per cell, so 'antialiased' is hanning here where it is nearest for the extent.
    const plan: PickPlan = { image: { left: 10, top: 5, width: 200, height: 120 }, xView: [-25, 55], yView: [15, 4] };
    const window = cellWindow({ x: plan.xView, y: plan.yView }, picture.extent, 23, 31, 'lower');
    const [width, height] = [200, 120];
    const kernel = kernelFor(picture, width, height, window);
    expect(kernel).not.toBe(kernelFor(picture, width, height));
    const job = pictureBand(picture, kernel, width, height, { top: 0, bottom: height }, window);
    const drawn = finish(bandPixels(job)).values!;
    const pick = createPicker(picture, plan, 1);
    let [inside, outside] = [0, 0];
    for (let py = 0; py < height; py += 7) {
      for (let px = 0; px < width; px += 3) {
        const info = pick(10 + px + 0.5, 5 + py + 0.5);
        if (Number.isNaN(drawn[py * width + px]!) && info === null) outside++;
        else {
          inside++;
          expectNear(info!.value, denormalize(picture.grid, drawn[py * width + px]!), picture);
        }
      }
    }
    expect(inside).toBeGreaterThan(100);
    expect(outside).toBeGreaterThan(50);
  });
});
