import { MAX_STRETCH } from '../core/resample/reference';
import { MAX_BOUNDARIES } from '../core/options';
import { NORM_KINDS } from '../core/color/normShader';

/** A triangle that covers the whole viewport; the fragment shaders do all the work. */
export const FULLSCREEN_VERT = `
precision highp float;
attribute vec2 position;
void main() { gl_Position = vec4(position, 0.0, 1.0); }
`;

/*
 * The heatmap is drawn by fragment shaders that reproduce matplotlib's Agg resampler in the same
 * arithmetic as the core's CPU reference (core/resample.ts): sample positions quantised to 1/256
 * input pixel, taps read NEAREST from a float texture and mirrored at the edges, Agg's normalised
 * int16 kernel weights read from a weight texture, the kernel stretched when the output is smaller
 * than the input (Agg's antialiasing), and the result divided by the summed weight. Any tap on an
 * invalid cell makes the pixel matplotlib's "bad" colour. Then matplotlib's LUT rule colours it.
 *
 * Kernels are applied separably — a horizontal pass per (output column, input row) into a float
 * framebuffer, then a vertical pass — which reads D + D taps per pixel instead of D². Agg rounds
 * each 2-D tap weight, (wy·wx + 8192) >> 14; the separable product is the unrounded wy·wx, which
 * moves a value by at most ~2e-4 of the data range (core/separable.test.ts), well inside a colour bin (1/256).
 */

const COMMON = `
precision highp float;
uniform sampler2D weights;  // Agg weight LUT: DIAMETER * 256 texels of integer weights
uniform vec2 gridSize;      // cols, rows
uniform vec2 outSize;       // drawing-buffer width, height
uniform float lowerOrigin;  // 1: row 0 at the bottom; 0: row 0 at the top
uniform vec4 stretch;       // rx, rxInv, ry, ryInv in 1/256 units (256 = no stretch)

float iround(float v) { return v < 0.0 ? -floor(-v + 0.5) : floor(v + 0.5); }

// Agg wrap_mode_reflect: ... 1 0 | 0 1 ... n-1 | n-1 n-2 ...
float reflectIndex(float i, float n) {
  float m = mod(i, 2.0 * n);
  return m >= n ? 2.0 * n - m - 1.0 : m;
}

// The sample position of this pixel's centre in input cells, in Agg's 1/256 units.
float sampleX(vec2 frag) { return iround(frag.x / (outSize.x / gridSize.x) * 256.0); }
float sampleY(vec2 frag) {
  return iround((lowerOrigin > 0.5 ? frag.y : outSize.y - frag.y) / (outSize.y / gridSize.y) * 256.0);
}
`;

const LAYOUT = `
uniform vec3 textureLayout; // width, height, segments per grid row (see gl/dataLayout.ts)

// Where cell (col, row), mirrored at the edges, sits in a texture laid out as the grid's.
vec2 cellTexel(float col, float row) {
  float c = reflectIndex(col, gridSize.x);
  float r = reflectIndex(row, gridSize.y);
  float segment = floor(c / textureLayout.x);
  vec2 texel = vec2(c - segment * textureLayout.x, r * textureLayout.z + segment);
  return (texel + 0.5) / textureLayout.xy;
}
`;

const DATA = `${LAYOUT}
uniform sampler2D data;     // luminance = normalised value, alpha = 1 valid / 0 invalid

vec2 cell(float col, float row) { return texture2D(data, cellTexel(col, row)).ra; }
`;

const CELL_COLORS = `${LAYOUT}
uniform sampler2D colors;   // rgba stage: each cell's premultiplied float colour, laid out as the grid

vec4 cellColor(float col, float row) { return texture2D(colors, cellTexel(col, row)); }
`;

/**
 * GLSL names for the norm's kind codes and parameter slots, made from the one table of kinds
 * (core/normShader.ts NORM_KINDS): `#define NORM_LOG 4.0`, `#define LOG_VMIN normParams0.x`, …
 */
function normDefines(): string {
  const slot = (i: number) => `normParams${Math.floor(i / 4)}.${'xyzw'[i % 4]}`;
  const upper = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  return Object.entries(NORM_KINDS)
    .flatMap(([kind, { code, params }]) => [
      `#define NORM_${upper(kind)} ${code}.0`,
      ...params.map((name: string, i: number) => `#define ${upper(kind)}_${upper(name)} ${slot(i)}`),
    ])
    .join('\n');
}

/**
 * The norm, evaluated per pixel on the interpolated value t (the grid texture's normalised
 * value), as matplotlib applies the norm to resampled data. The formulas follow
 * core/normShader.ts; `normKind` picks one of NORM_KINDS, whose parameters the defines name.
 *
 * Under / in range / over is decided on t, against vmin and vmax as the texture stores them
 * (normTVmin / normTVmax, float32 like the texture's values), never on the float32 formula:
 * rebuilding v = dataOffset + dataScale · t and taking logs in float32 puts a value equal to vmin
 * or vmax an ulp outside [0, 1] (autoscaled symlog: the data maximum gave x ≈ 1 + 2^-23, "over").
 * Inside the limits x is clamped to [0, 1], so vmin and vmax get LUT entries 0 and N - 1.
 */
// eslint-disable-next-line local/no-module-state -- a string, built once from the frozen table of norm kinds
const COLOR = `
${normDefines()}
uniform sampler2D lut;      // lutSize x 1 colormap bytes
uniform float lutSize;      // matplotlib's Colormap.N
uniform float normKind;
uniform vec4 normParams0;
uniform vec4 normParams1;
uniform vec4 normParams2;
uniform float normTVmin;
uniform float normTVmax;
uniform bool normClip;
uniform sampler2D normBoundaries; // boundary norm: luminance = t-boundary, alpha = region's LUT index (count+1 texels)
uniform float normCount;          // boundary norm: number of boundaries
uniform vec4 underColor;
uniform vec4 overColor;
uniform vec4 badColor;

vec4 premultiplied(vec4 color) { return vec4(color.rgb * color.a, color.a); } // as the canvas expects

vec4 lutEntry(float i) { return texture2D(lut, vec2((i + 0.5) / lutSize, 0.5)); }

bool isKind(float code) { return abs(normKind - code) < 0.5; }

// matplotlib Colormap.__call__: x*N truncated; x*N == N -> N-1; x < 0 -> under; x*N > N -> over.
vec4 colorOf(float x) {
  float xa = x * lutSize;
  if (x < 0.0) return underColor;
  if (xa == lutSize) return lutEntry(lutSize - 1.0);
  if (xa >= lutSize) return overColor;
  return lutEntry(floor(xa));
}

float symlog(float v) {
  float a = abs(v);
  return a <= SYMLOG_LINTHRESH ? v * SYMLOG_LINSCALE_ADJ
    : sign(v) * SYMLOG_LINTHRESH * (SYMLOG_LINSCALE_ADJ + log(a / SYMLOG_LINTHRESH) / SYMLOG_LOG_BASE);
}

vec4 colorize(float t) {
  if (isKind(NORM_BOUNDARY)) {
    float region = 0.0;
    for (int i = 0; i < ${MAX_BOUNDARIES}; i++) {
      if (float(i) >= normCount) break;
      if (texture2D(normBoundaries, vec2((float(i) + 0.5) / (normCount + 1.0), 0.5)).r <= t) region += 1.0;
    }
    float index = texture2D(normBoundaries, vec2((region + 0.5) / (normCount + 1.0), 0.5)).a;
    return premultiplied(index < 0.0 ? underColor : index >= lutSize ? overColor : lutEntry(index));
  }
  if (isKind(NORM_ZERO)) return premultiplied(colorOf(0.0));
  if (isKind(NORM_LOG) && !normClip && t <= LOG_T_ZERO) return premultiplied(badColor);
  if (!normClip) {
    // PowerNorm maps values below vmin to 0, not under.
    if (t < normTVmin && !isKind(NORM_POWER)) return premultiplied(underColor);
    if (t > normTVmax) return premultiplied(overColor);
  }
  t = clamp(t, normTVmin, normTVmax);
  float x;
  if (isKind(NORM_LINEAR)) x = t * LINEAR_SCALE + LINEAR_OFFSET;
  else if (isKind(NORM_POWER)) x = t * POWER_SCALE + POWER_OFFSET;
  else if (isKind(NORM_TWO_SLOPE)) {
    x = t < TWO_SLOPE_T_CENTER ? t * TWO_SLOPE_LOW_SCALE + TWO_SLOPE_LOW_OFFSET : t * TWO_SLOPE_HIGH_SCALE + TWO_SLOPE_HIGH_OFFSET;
  } else if (isKind(NORM_LOG)) {
    // Clamped to [vmin, vmax] (a no-op but for rounding), so log never sees a value <= 0.
    float v = clamp(LOG_DATA_OFFSET + LOG_DATA_SCALE * t, LOG_VMIN, LOG_VMAX);
    x = (log(v) - LOG_LOG_VMIN) / LOG_LOG_RANGE;
  } else {
    float v = clamp(SYMLOG_DATA_OFFSET + SYMLOG_DATA_SCALE * t, SYMLOG_VMIN, SYMLOG_VMAX);
    x = (symlog(v) - SYMLOG_TRANSFORMED_VMIN) / SYMLOG_TRANSFORMED_RANGE;
  }
  x = clamp(x, 0.0, 1.0);
  if (isKind(NORM_POWER)) x = x > 0.0 ? pow(x, POWER_GAMMA) : 0.0; // GLSL leaves pow(0, y) undefined
  return premultiplied(colorOf(x));
}
`;

function weightLookup(diameter: number): string {
  return `
#define FILTER_SPAN ${diameter * 256}.0
float weightAt(float index) { return texture2D(weights, vec2((index + 0.5) / FILTER_SPAN, 0.5)).r; }
// Agg: the first tap and the LUT index of its weight, for an axis with stretch (r, rInv).
vec2 firstTap(float s, float r, float rInv) {
  float p = s + 128.0 - floor(${diameter}.0 * r / 2.0);
  float start = floor(p / 256.0);
  return vec2(start, floor((255.0 - (p - start * 256.0)) * rInv / 256.0));
}
`;
}

/** Nearest: the cell under the sample point, one pass straight to the canvas. */
export const NEAREST_FRAG = `${COMMON}${DATA}${COLOR}
void main() {
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

/*
 * matplotlib's rgba interpolation stage (core/rgbaStage.ts): colour every cell first, then
 * resample the premultiplied colours with the same kernel, taps and passes as the data stage.
 */

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
