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

/** Precision, the uniforms every pass shares, and the sample point of a pixel in Agg's 1/256 units. */
export const COMMON = `
precision highp float;
uniform sampler2D weights;  // Agg weight LUT: DIAMETER * 256 texels of integer weights
uniform vec2 gridSize;      // cols, rows
uniform vec2 outSize;       // drawing-buffer width, height
uniform float lowerOrigin;  // 1: row 0 at the bottom; 0: row 0 at the top
uniform vec4 stretch;       // rx, rxInv, ry, ryInv in 1/256 units (256 = no stretch)
uniform float windowed;     // 1: the output shows viewWindow of the grid (a view other than the extent)
uniform vec4 viewWindow;    // cells at the output's left and top edges, cells per pixel across and down

float iround(float v) { return v < 0.0 ? -floor(-v + 0.5) : floor(v + 0.5); }

// Agg wrap_mode_reflect: ... 1 0 | 0 1 ... n-1 | n-1 n-2 ...
float reflectIndex(float i, float n) {
  float m = mod(i, 2.0 * n);
  return m >= n ? 2.0 * n - m - 1.0 : m;
}

// A window's sample point of this pixel's centre in input cells (row 0 = the grid's first row),
// unquantised, as core/resample/reference.ts windowPoint computes it.
vec2 windowPoint(vec2 frag) {
  return vec2(viewWindow.x + frag.x * viewWindow.z, viewWindow.y + (outSize.y - frag.y) * viewWindow.w);
}

// The sample position of this pixel's centre in input cells, in Agg's 1/256 units. Without a
// window, the arithmetic is the whole grid's, untouched.
float sampleX(vec2 frag) {
  if (windowed > 0.5) return iround(windowPoint(frag).x * 256.0);
  return iround(frag.x / (outSize.x / gridSize.x) * 256.0);
}
float sampleY(vec2 frag) {
  if (windowed > 0.5) return iround(windowPoint(frag).y * 256.0);
  return iround((lowerOrigin > 0.5 ? frag.y : outSize.y - frag.y) / (outSize.y / gridSize.y) * 256.0);
}

// Whether a window's pixel samples off the grid: outside the image's extent, drawn transparent
// (core/resample/coverage.ts).
bool offGrid(vec2 frag) {
  if (windowed < 0.5) return false;
  vec2 s = windowPoint(frag);
  return s.x < 0.0 || s.x >= gridSize.x || s.y < 0.0 || s.y >= gridSize.y;
}
`;

/** Reading a cell, mirrored at the grid's edges, from a texture laid out as the grid (gl/dataLayout.ts). */
export const LAYOUT = `
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

/** Agg's weight LUT for a kernel of this diameter, and where an axis's first tap and its weight are. */
export function weightLookup(diameter: number): string {
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
