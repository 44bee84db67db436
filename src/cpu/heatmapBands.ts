// The CPU renderer's work for one band of output rows, with no DOM: the same code runs on the main
// thread (in slices) and in a chart's resample workers, so a picture drawn in bands by workers has
// exactly the pixels of the picture drawn whole.
import type { Colormap } from '../core/color/colormaps';
import { shaderLutIndexer, type NormShader } from '../core/color/normShader';
import { clearUncoveredPixels, coverage } from '../core/resample/coverage';
import type { Kernel } from '../core/resample/kernels';
import type { ResampleTarget } from '../core/resample/reference';
import { cellColors, colorBytes, resampleColorRows, resamplesColors, type InterpolationStage } from '../core/resample/rgbaStage';
import { separableRows, type GridRows, type RowBand } from '../core/resample/separable';

/** Everything one band of the heatmap is drawn from. */
export interface BandJob {
  /** The grid's normalised values (NaN = invalid): at least the rows the band reads (bandInputRows). */
  readonly grid: GridRows & { readonly values: Float32Array };
  readonly kernel: Kernel | null;
  readonly stage: InterpolationStage;
  readonly colormap: Colormap;
  readonly norm: NormShader;
  readonly target: ResampleTarget;
  readonly band: RowBand;
}

export interface BandPixels {
  /** Straight RGBA bytes, target.width × the band's rows, its top row first. */
  readonly pixels: Uint8ClampedArray<ArrayBuffer>;
  /** The data stage's resampled values, all a new colormap or norm needs; null for the rgba stage. */
  readonly values: Float32Array | null;
}

/**
 * A band's pixels: the data resampled (core/separable.ts), then the shaders' norm and LUT rule per
 * pixel (core/normShader.ts) — or, in the rgba interpolation stage, the colours of the cells
 * resampled (core/rgbaStage.ts). Pixels a window shows off the grid are transparent. Pauses
 * (yields) after every row of work.
 */
export function* bandPixels(job: BandJob): Generator<void, BandPixels> {
  const { grid, kernel, stage, colormap, norm, target, band } = job;
  if (stage === 'rgba' && resamplesColors(kernel, grid.rows, grid.cols, target.width, target.height, target.window)) {
    const colors = { ...grid, values: cellColors(grid.values, colormap, norm) };
    const premultiplied = yield* resampleColorRows(colors, kernel, target, band);
    return { pixels: colorBytes(premultiplied), values: null };
  }
  const values = yield* separableRows(grid, kernel, target, band);
  const pixels = yield* colorValues(values, colormap, norm, target.width);
  // Off the grid the values are NaN, coloured "bad" above; matplotlib draws nothing there.
  if (target.window) clearUncoveredPixels(pixels, target.width, coverage(grid.rows, grid.cols, target), band.top);
  return { pixels, values };
}

/** The data stage's colouring: each resampled value's LUT entry (or under / over / bad colour), a row per step. */
export function* colorValues(
  values: Float32Array,
  colormap: Colormap,
  norm: NormShader,
  width: number,
): Generator<void, Uint8ClampedArray<ArrayBuffer>> {
  const pixels = new Uint8ClampedArray(values.length * 4);
  const lutIndex = shaderLutIndexer(norm, colormap.n);
  for (let start = 0; start < values.length; start += width) {
    colorRow(values, start, Math.min(values.length, start + width), colormap, lutIndex, pixels);
    yield;
  }
  return pixels;
}

function colorRow(
  values: Float32Array,
  start: number,
  end: number,
  colormap: Colormap,
  lutIndex: (t: number) => number,
  pixels: Uint8ClampedArray,
): void {
  const { lut, n, bad, under, over } = colormap;
  for (let i = start, o = start * 4; i < end; i++, o += 4) {
    const index = lutIndex(values[i]!);
    if (index >= 0 && index < n) {
      // Inside the LUT (the common case): copy its bytes.
      const l = index * 4;
      pixels[o] = lut[l]!;
      pixels[o + 1] = lut[l + 1]!;
      pixels[o + 2] = lut[l + 2]!;
      pixels[o + 3] = lut[l + 3]!;
    } else {
      const c = Number.isNaN(index) ? bad : index < 0 ? under : over;
      pixels[o] = c[0];
      pixels[o + 1] = c[1];
      pixels[o + 2] = c[2];
      pixels[o + 3] = c[3];
    }
  }
}
