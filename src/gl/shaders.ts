import { MAX_STRETCH } from '../core/resample/reference';
import { COLOR } from './colorGlsl';
import { COMMON, LAYOUT, weightLookup } from './resampleGlsl';

/** A triangle that covers the whole viewport; the fragment shaders do all the work. */
export const FULLSCREEN_VERT = `
precision highp float;
attribute vec2 position;
void main() { gl_Position = vec4(position, 0.0, 1.0); }
`;

// The data interpolation stage (matplotlib 3.6.3's default): resample the values, then colour them.
// The rgba stage's passes are in rgbaStageShaders.ts; the GLSL both share is in resampleGlsl.ts.

const DATA = `${LAYOUT}
uniform sampler2D data;     // luminance = normalised value, alpha = 1 valid / 0 invalid

vec2 cell(float col, float row) { return texture2D(data, cellTexel(col, row)).ra; }
`;

/** Nearest: the cell under the sample point, one pass straight to the canvas. */
export const NEAREST_FRAG = `${COMMON}${DATA}${COLOR}
void main() {
  if (offGrid(gl_FragCoord.xy)) {
    gl_FragColor = vec4(0.0);
    return;
  }
  vec2 sampled = cell(floor(sampleX(gl_FragCoord.xy) / 256.0), floor(sampleY(gl_FragCoord.xy) / 256.0));
  gl_FragColor = sampled.y < 0.5 ? premultiplied(badColor) : colorize(sampled.x);
}
`;

/**
 * Pass 1, into a float framebuffer of output width × grid rows: for each output column and input
 * row, r = Σ wx·value, g = 1 if every tap is valid (else 0), b = Σ wx.
 */
export function horizontalFrag(diameter: number, taps: number): string {
  return `${COMMON}${DATA}${weightLookup(diameter)}
void main() {
  vec2 tap = firstTap(sampleX(gl_FragCoord.xy), stretch.x, stretch.y);
  float row = gl_FragCoord.y - 0.5;
  float sum = 0.0;
  float total = 0.0;
  float valid = 1.0;
  float hr = tap.y;
  for (int i = 0; i < ${taps}; i++) {
    if (hr >= FILTER_SPAN) break;
    vec2 sampled = cell(tap.x + float(i), row);
    float w = weightAt(hr);
    valid = min(valid, sampled.y);
    sum += sampled.x * w;
    total += w;
    hr += stretch.y;
  }
  gl_FragColor = vec4(sum, valid, total, 1.0);
}
`;
}

/**
 * Pass 2, into a float framebuffer of the output's size: combines pass 1's rows with the vertical
 * weights into the interpolated value (r) and its validity (g). Kept between draws, so a change
 * of norm or colormap only re-runs the cheap colouring pass, whatever the grid's size.
 */
export function verticalFrag(diameter: number, taps: number): string {
  return `${COMMON}${weightLookup(diameter)}
uniform sampler2D rows;     // pass 1: output width x grid rows
void main() {
  vec2 tap = firstTap(sampleY(gl_FragCoord.xy), stretch.z, stretch.w);
  float u = gl_FragCoord.x / outSize.x;
  float sum = 0.0;
  float total = 0.0;
  float valid = 1.0;
  float hr = tap.y;
  vec3 h = vec3(0.0, 1.0, 1.0);
  for (int j = 0; j < ${taps}; j++) {
    if (hr >= FILTER_SPAN) break;
    h = texture2D(rows, vec2(u, (reflectIndex(tap.x + float(j), gridSize.y) + 0.5) / gridSize.y)).rgb;
    valid = min(valid, h.g);
    float w = weightAt(hr);
    sum += h.r * w;
    total += w;
    hr += stretch.w;
  }
  // Every row carries the same horizontal weight sum (h.b): Σ wy·wx·v / (Σ wy · Σ wx).
  gl_FragColor = vec4(sum / (total * h.b), valid, 0.0, 1.0);
}
`;
}

/** Pass 3, to the canvas: the norm and colormap applied to pass 2's values. */
export const COLORIZE_FRAG = `${COMMON}${COLOR}
uniform sampler2D resampled; // pass 2: output width x height
void main() {
  if (offGrid(gl_FragCoord.xy)) {
    gl_FragColor = vec4(0.0);
    return;
  }
  vec2 value = texture2D(resampled, gl_FragCoord.xy / outSize).rg;
  gl_FragColor = value.g < 0.5 ? premultiplied(badColor) : colorize(value.r);
}
`;

/**
 * Taps per axis: exactly the kernel's diameter when the axis is not downsampled (the loop then
 * unrolls into straight-line code), else enough for a kernel stretched by up to MAX_STRETCH.
 */
export function tapsPerAxis(diameter: number, downsampled: boolean): number {
  return downsampled ? diameter * MAX_STRETCH + 2 : diameter;
}
