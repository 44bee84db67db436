import { MAX_BOUNDARIES } from '../core/options';
import { NORM_KINDS } from '../core/color/normShader';

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
export const COLOR = `
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
