import type { Kernel } from '../core/resample/kernels';
import type { ResolvedPicture } from '../core/options';
import { resampleSeparable } from '../core/resample/separable';
import { shaderLutIndex } from '../core/color/normShader';
import { cellColors, colorBytes, resampleColors, resamplesColors } from '../core/resample/rgbaStage';

/**
 * Draws the heatmap on the CPU into a 2-D canvas: the pixels of {@link heatmapPixelsOnCpu}, put
 * into a canvas of the chart's own. It needs no WebGL context, so it serves where none can be had,
 * and small pictures, where creating a context and compiling shaders would cost more than the
 * drawing.
 */
export function drawHeatmapOnCpu(p: ResolvedPicture, kernel: Kernel | null, width: number, height: number): HTMLCanvasElement {
  const image = new ImageData(heatmapPixelsOnCpu(p, kernel, width, height), width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.putImageData(image, 0, 0);
  return canvas;
}

/**
 * The heatmap's pixels at width × height (straight RGBA bytes, top row first), with no DOM: the
 * same separable Agg resampling as the shaders (core/separable.ts), then the shaders' norm and LUT
 * rule per pixel (core/normShader.ts) — or, in the rgba interpolation stage, the colours of the
 * cells resampled (core/rgbaStage.ts). The browser's CPU renderer and Node draw with it.
 */
export function heatmapPixelsOnCpu(
  p: ResolvedPicture,
  kernel: Kernel | null,
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  const { grid } = p;
  if (p.interpolationStage === 'rgba' && resamplesColors(kernel, grid.rows, grid.cols, width, height)) {
    const colors = cellColors(grid.normalized, p.colormap, p.normShader);
    pixels.set(colorBytes(resampleColors(colors, grid.rows, grid.cols, kernel, { width, height, origin: p.origin })));
  } else {
    colorResampledData(p, kernel, pixels, width, height);
  }
  return pixels;
}

/** The data stage: resample the data, then colour each pixel. */
function colorResampledData(p: ResolvedPicture, kernel: Kernel | null, pixels: Uint8ClampedArray, width: number, height: number): void {
  const { grid, colormap, normShader } = p;
  const values = resampleSeparable(grid.normalized, grid.rows, grid.cols, kernel, { width, height, origin: p.origin });
  const { lut, n } = colormap;
  for (let i = 0, o = 0; i < values.length; i++, o += 4) {
    const index = shaderLutIndex(normShader, values[i]!, n);
    if (index >= 0 && index < n) {
      // Inside the LUT (the common case): copy its bytes without building a colour tuple.
      const l = index * 4;
      pixels[o] = lut[l]!;
      pixels[o + 1] = lut[l + 1]!;
      pixels[o + 2] = lut[l + 2]!;
      pixels[o + 3] = lut[l + 3]!;
    } else {
      pixels.set(Number.isNaN(index) ? colormap.bad : index < 0 ? colormap.under : colormap.over, o);
    }
  }
}
