import { COLOR } from './colorGlsl';
import { COMMON, LAYOUT, weightLookup } from './resampleGlsl';

/*
 * matplotlib's rgba interpolation stage (core/rgbaStage.ts): colour every cell first, then
 * resample the premultiplied colours with the same kernel, taps and passes as the data stage.
 */

const CELL_COLORS = `${LAYOUT}
uniform sampler2D colors;   // rgba stage: each cell's premultiplied float colour, laid out as the grid

vec4 cellColor(float col, float row) { return texture2D(colors, cellTexel(col, row)); }
`;

/**
 * Pass 1 of the rgba stage, into a float framebuffer the size and layout of the data texture:
 * each cell's colour — from the colormap's float LUT and float extremes, which the renderer binds
 * as `lut` and `*Color` for this pass — premultiplied. Invalid cells get the bad colour here, so
 * no NaN reaches the resampling passes.
 */
export const CELL_COLORS_FRAG = `${COMMON}${COLOR}
uniform sampler2D data;
uniform vec3 textureLayout;
void main() {
  vec2 sampled = texture2D(data, gl_FragCoord.xy / textureLayout.xy).ra;
  gl_FragColor = sampled.y < 0.5 ? premultiplied(badColor) : colorize(sampled.x);
}
`;

/**
 * Pass 2 of the rgba stage, into a float framebuffer of output width × grid rows: Σ wx·colour /
 * Σ wx per output column and input row. Dividing here is exact because every row of an output
 * column has the same horizontal weight sum.
 */
export function horizontalColorsFrag(diameter: number, taps: number): string {
  return `${COMMON}${CELL_COLORS}${weightLookup(diameter)}
void main() {
  vec2 tap = firstTap(sampleX(gl_FragCoord.xy), stretch.x, stretch.y);
  float row = gl_FragCoord.y - 0.5;
  vec4 sum = vec4(0.0);
  float total = 0.0;
  float hr = tap.y;
  for (int i = 0; i < ${taps}; i++) {
    if (hr >= FILTER_SPAN) break;
    float w = weightAt(hr);
    sum += cellColor(tap.x + float(i), row) * w;
    total += w;
    hr += stretch.y;
  }
  gl_FragColor = sum / total;
}
`;
}

/**
 * Pass 3 of the rgba stage, to the canvas: pass 2's rows combined with the vertical weights, then
 * Agg's RGBA clamp (alpha to [0, 1], colour to [0, alpha]), current matplotlib's un-premultiply
 * and to_rgba(bytes=True)'s truncation to bytes — premultiplied again, as the canvas expects.
 */
export function verticalColorsFrag(diameter: number, taps: number): string {
  return `${COMMON}${weightLookup(diameter)}
uniform sampler2D rows;     // pass 2: output width x grid rows
void main() {
  if (offGrid(gl_FragCoord.xy)) {
    gl_FragColor = vec4(0.0);
    return;
  }
  vec2 tap = firstTap(sampleY(gl_FragCoord.xy), stretch.z, stretch.w);
  float u = gl_FragCoord.x / outSize.x;
  vec4 sum = vec4(0.0);
  float total = 0.0;
  float hr = tap.y;
  for (int j = 0; j < ${taps}; j++) {
    if (hr >= FILTER_SPAN) break;
    float w = weightAt(hr);
    sum += texture2D(rows, vec2(u, (reflectIndex(tap.x + float(j), gridSize.y) + 0.5) / gridSize.y)) * w;
    total += w;
    hr += stretch.w;
  }
  vec4 c = sum / total;
  float a = clamp(c.a, 0.0, 1.0);
  vec3 rgb = a > 0.0 ? clamp(c.rgb, 0.0, a) / a : vec3(0.0);
  vec4 bytes = floor(vec4(min(rgb, 1.0), a) * 255.0);
  gl_FragColor = vec4(bytes.rgb * bytes.a, bytes.a * 255.0) / 65025.0;
}
`;
}
