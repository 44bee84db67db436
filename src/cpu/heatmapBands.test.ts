import { describe, expect, it } from 'vitest';
import { ALL_COLORMAPS } from '../../test-support/colormaps';
import { kernelFor, resolvePicture as resolveWith, type PictureOptions } from '../core/options';
import { finish } from '../core/resample/separable';
import { heatmapPixelsOnCpu, pictureBand } from './cpuRenderer';
import { bandPixels, colorValues } from './heatmapBands';
import type { CellWindow } from '../core/view/view';

/** Every colormap name resolves here. */
const resolvePicture = (options: PictureOptions) => resolveWith(options, undefined, ALL_COLORMAPS);

/** A field with NaN holes, positive (for the log norm). */
const field = (rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      (r * 7 + c * 3) % 13 === 0 ? NaN : 2 + Math.sin(r * 0.37 + c * 0.21) * Math.cos(c * 0.11 - r * 0.05),
    ),
  );

const SIZES = [
  [15, 15, 90, 47], // upsampling, as the seed
  [80, 60, 31, 23], // downsampling (the kernel stretched)
  [12, 9, 9, 12], // one pixel per cell: nearest whatever the kernel
] as const;
const PICTURES: PictureOptions[] = [
  { z: [], interpolation: 'nearest', origin: 'upper' },
  { z: [], interpolation: 'bilinear', origin: 'lower', norm: { type: 'log' } },
  { z: [], interpolation: 'spline36', origin: 'lower', cmap: 'jet' },
  {
    z: [],
    interpolation: 'lanczos',
    filterrad: 6,
    origin: 'upper',
    norm: { type: 'boundary', boundaries: [1, 1.5, 2, 2.5, 3], ncolors: 256 },
  },
  { z: [], interpolation: 'antialiased', origin: 'upper', vmin: 1.5, vmax: 2.5, overColor: 'magenta' },
  { z: [], interpolation: 'bicubic', origin: 'lower', interpolationStage: 'rgba' },
];

/** Rows [0, height) in `count` bands, each drawn from only the grid rows it reads, joined. */
function inBands(
  options: PictureOptions,
  width: number,
  height: number,
  count: number,
  window: CellWindow | null = null,
): Uint8ClampedArray {
  const p = resolvePicture(options);
  const kernel = kernelFor(p, width, height, window);
  const joined = new Uint8ClampedArray(width * height * 4);
  const rowsEach = Math.ceil(height / count);
  for (let top = 0; top < height; top += rowsEach) {
    const job = pictureBand(p, kernel, width, height, { top, bottom: Math.min(height, top + rowsEach) }, window);
    // A copy, as a worker gets: the band must read nothing beyond the rows it names.
    const drawn = finish(bandPixels({ ...job, grid: { ...job.grid, values: job.grid.values.slice() } }));
    joined.set(drawn.pixels, top * width * 4);
  }
  return joined;
}

describe('the CPU renderer in bands of rows', () => {
  it.each(
    PICTURES.map((o) => [`${o.interpolation} ${o.origin} ${o.interpolationStage ?? 'data'} ${JSON.stringify(o.norm ?? 'linear')}`, o]),
  )('%s: bands drawn apart join into the picture drawn whole, byte for byte', (_, picture) => {
    for (const [rows, cols, width, height] of SIZES) {
      const options = { ...picture, z: field(rows, cols) };
      const p = resolvePicture(options);
      const whole = heatmapPixelsOnCpu(p, kernelFor(p, width, height), width, height);
      for (const count of [2, 3, 7, height]) {
        expect(
          Buffer.from(inBands(options, width, height, count)).equals(Buffer.from(whole)),
          `${rows}×${cols} → ${width}×${height} in ${count}`,
        ).toBe(true);
      }
    }
  });

  // In cells: zoomed in, zoomed out past every edge (transparent margins), reversed on both axes.
  const WINDOWS: CellWindow[] = [
    { left: 3.2, right: 9.7, top: 2.1, bottom: 8.4 },
    { left: -4, right: 18, top: -3, bottom: 16 },
    { left: 11.5, right: 0.5, top: 10, bottom: 1.5 },
  ];
  it.each(PICTURES.map((o) => [`${o.interpolation} ${o.origin} ${o.interpolationStage ?? 'data'}`, o]))(
    '%s: in a window too, bands join into the picture drawn whole, byte for byte',
    (_, picture) => {
      const options = { ...picture, z: field(12, 15) };
      const p = resolvePicture(options);
      for (const window of WINDOWS) {
        for (const [width, height] of [
          [70, 45],
          [6, 5],
        ] as const) {
          const whole = heatmapPixelsOnCpu(p, kernelFor(p, width, height, window), width, height, window);
          for (const count of [2, 3, height]) {
            expect(
              Buffer.from(inBands(options, width, height, count, window)).equals(Buffer.from(whole)),
              `${JSON.stringify(window)} in ${count}`,
            ).toBe(true);
          }
        }
      }
    },
  );

  it('keeps the data stage’s values, which colour again into the same pixels', () => {
    const p = resolvePicture({ z: field(40, 30), interpolation: 'spline36' });
    const job = pictureBand(p, kernelFor(p, 70, 50), 70, 50, { top: 0, bottom: 50 });
    const drawn = finish(bandPixels(job));
    expect(Buffer.from(finish(colorValues(drawn.values!, p.colormap, p.normShader, 70))).equals(Buffer.from(drawn.pixels))).toBe(true);
    const rgba = resolvePicture({ z: field(40, 30), interpolation: 'spline36', interpolationStage: 'rgba' });
    expect(finish(bandPixels(pictureBand(rgba, kernelFor(rgba, 70, 50), 70, 50, { top: 0, bottom: 50 }))).values).toBeNull();
  });
});
