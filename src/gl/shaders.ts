import { MAX_STRETCH } from '../core/resample';

/** A triangle that covers the whole viewport; the fragment shader does all the work. */
export const FULLSCREEN_VERT = `
precision highp float;
attribute vec2 position;
void main() { gl_Position = vec4(position, 0.0, 1.0); }
`;

/**
 * The heatmap fragment shader, specialised for a kernel diameter (0 = nearest). It reproduces
 * matplotlib's Agg resampler in the same integer arithmetic as the core's CPU reference
 * (`core/resample.ts`): sample positions quantised to 1/256 input pixel, taps read NEAREST from a
 * float texture and mirrored at the edges, Agg's normalised int16 kernel weights read from a
 * weight texture, 2-D tap weights (wy·wx + 8192) >> 14, and the result divided by the summed
 * weight. When the output is smaller than the input the kernel stretches (rx/ry > 256, up to
 * MAX_TAPS taps per axis), as Agg's antialiasing does. Any tap on an invalid cell makes the pixel
 * transparent, as matplotlib's mask resampling does. The colour comes from matplotlib's LUT rule.
 */
export function heatmapFrag(diameter: number): string {
  return `
precision highp float;
#define DIAMETER ${diameter}.0
#define MAX_TAPS ${maxTaps(diameter)}
uniform sampler2D data;     // luminance = normalised value, alpha = 1 valid / 0 invalid
uniform sampler2D weights;  // Agg weight LUT, DIAMETER * 256 texels of integer weights
uniform sampler2D lut;      // lutSize x 1 colormap bytes
uniform float lutSize;      // matplotlib's Colormap.N
uniform vec2 gridSize;      // cols, rows
uniform vec3 textureLayout; // width, height, segments per grid row (see gl/dataLayout.ts)
uniform vec2 outSize;       // drawing-buffer width, height
uniform float lowerOrigin;  // 1: row 0 at the bottom; 0: row 0 at the top
uniform vec4 stretch;       // rx, rxInv, ry, ryInv in 1/256 units (256 = no stretch)
uniform float normScale;
uniform float normOffset;
uniform vec4 underColor;
uniform vec4 overColor;
uniform vec4 badColor;

vec4 premultiplied(vec4 color) { return vec4(color.rgb * color.a, color.a); } // as the canvas expects

float iround(float v) { return v < 0.0 ? -floor(-v + 0.5) : floor(v + 0.5); }

// Agg wrap_mode_reflect: ... 1 0 | 0 1 ... n-1 | n-1 n-2 ...
float reflectIndex(float i, float n) {
  float m = mod(i, 2.0 * n);
  return m >= n ? 2.0 * n - m - 1.0 : m;
}

vec2 cell(float col, float row) {
  float c = reflectIndex(col, gridSize.x);
  float r = reflectIndex(row, gridSize.y);
  float segment = floor(c / textureLayout.x);
  vec2 texel = vec2(c - segment * textureLayout.x, r * textureLayout.z + segment);
  return texture2D(data, (texel + 0.5) / textureLayout.xy).ra;
}

float weightAt(float index) {
  return texture2D(weights, vec2((index + 0.5) / (DIAMETER * 256.0), 0.5)).r;
}

// floor((wy * wx + 8192) / 16384) exactly, although wy * wx can exceed float32's exact-integer range.
float tapWeight(float wy, float wx) {
  float hi = floor(wx / 128.0);
  float lo = wx - hi * 128.0;
  return floor((wy * hi + floor((wy * lo + 8192.0) / 128.0)) / 128.0);
}

void main() {
  vec2 frag = gl_FragCoord.xy; // pixel centre, y counted from the bottom
  float u = frag.x / (outSize.x / gridSize.x);
  float v = (lowerOrigin > 0.5 ? frag.y : outSize.y - frag.y) / (outSize.y / gridSize.y);
  float X = iround(u * 256.0);
  float Y = iround(v * 256.0);
  vec2 sampled;
#if ${diameter} == 0
  sampled = cell(floor(X / 256.0), floor(Y / 256.0));
  if (sampled.y < 0.5) { gl_FragColor = premultiplied(badColor); return; }
  float value = sampled.x;
#else
  float filterSpan = DIAMETER * 256.0;
  float x = X + 128.0 - floor(DIAMETER * stretch.x / 2.0);
  float y = Y + 128.0 - floor(DIAMETER * stretch.z / 2.0);
  float colStart = floor(x / 256.0);
  float rowStart = floor(y / 256.0);
  float xHrStart = floor((255.0 - (x - colStart * 256.0)) * stretch.y / 256.0);
  float yHr = floor((255.0 - (y - rowStart * 256.0)) * stretch.w / 256.0);
  float sum = 0.0;
  float total = 0.0;
  for (int j = 0; j < MAX_TAPS; j++) {
    if (yHr >= filterSpan) break;
    float wy = weightAt(yHr);
    float row = rowStart + float(j);
    float xHr = xHrStart;
    for (int i = 0; i < MAX_TAPS; i++) {
      if (xHr >= filterSpan) break;
      sampled = cell(colStart + float(i), row);
      if (sampled.y < 0.5) { gl_FragColor = premultiplied(badColor); return; }
      float w = tapWeight(wy, weightAt(xHr));
      sum += sampled.x * w;
      total += w;
      xHr += stretch.y;
    }
    yHr += stretch.w;
  }
  float value = sum / total;
#endif
  // matplotlib Colormap.__call__: x*N truncated; x*N == N -> N-1; x < 0 -> under; x*N > N -> over.
  float t = value * normScale + normOffset;
  float xa = t * lutSize;
  vec4 color;
  if (t < 0.0) color = underColor;
  else if (xa == lutSize) color = texture2D(lut, vec2((lutSize - 0.5) / lutSize, 0.5));
  else if (xa >= lutSize) color = overColor;
  else color = texture2D(lut, vec2((floor(xa) + 0.5) / lutSize, 0.5));
  gl_FragColor = premultiplied(color);
}
`;
}

/** Taps per axis for a kernel stretched by up to MAX_STRETCH, plus the partial taps at both ends. */
function maxTaps(diameter: number): number {
  return diameter * MAX_STRETCH + 2;
}
