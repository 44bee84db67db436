// Node-only helpers that load the committed matplotlib fixtures (fixtures/matplotlib/, made by
// generate.py) for the unit and browser tests. Not part of the library's public surface.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { ColormapName } from '../src/core/color/colormaps';

const FIXTURES = fileURLToPath(new URL('../fixtures/matplotlib/', import.meta.url));

export interface FixtureLine {
  points: [number, number][];
  closed: boolean;
}

export interface FixtureCase {
  name: string;
  z: (number | null)[][];
  rows: number;
  cols: number;
  extent: [number, number, number, number] | null;
  origin: 'upper' | 'lower';
  interpolation: 'nearest' | 'bilinear' | 'bicubic' | 'spline36';
  cmap: 'jet' | 'viridis';
  width: number;
  height: number;
  vmin: number;
  vmax: number;
  levelsArg: number | number[];
  levels: number[];
  /** matplotlib's corner_mask for the contour lines. */
  cornerMask: boolean;
  x: number[];
  y: number[];
  xyExplicit: boolean;
  contours: { level: number; lines: FixtureLine[] }[];
  image: string;
  composite: string;
}

export const CASE_NAMES = Object.freeze(['seed', 'waves', 'holes', 'blocks'] as const);

export function loadCase(name: string): FixtureCase {
  return JSON.parse(readFileSync(`${FIXTURES}cases/${name}.json`, 'utf8')) as FixtureCase;
}

/** The fixture's z with JSON nulls turned back into NaN. */
export function caseGrid(c: FixtureCase): number[][] {
  return c.z.map((row) => row.map((v) => (v === null ? NaN : v)));
}

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodePng(bytes: Buffer): Rgba {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

export function loadCasePng(c: FixtureCase, which: 'image' | 'composite'): Rgba {
  return decodePng(readFileSync(`${FIXTURES}cases/${c[which]}`));
}

export function loadJson<T>(file: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${file}`, 'utf8')) as T;
}

/**
 * Per-channel comparison of two same-size RGBA images, with colour channels compared as
 * premultiplied by alpha (a fully transparent pixel's colour is meaningless).
 */
export function compareImages(a: Rgba, b: Rgba): { meanAbs: number; maxAbs: number; exactPixels: number } {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`image sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  }
  let sum = 0;
  let max = 0;
  let exact = 0;
  for (let p = 0; p < a.width * a.height; p++) {
    let same = true;
    const aa = a.data[p * 4 + 3]!;
    const ba = b.data[p * 4 + 3]!;
    for (let c = 0; c < 4; c++) {
      const av = c === 3 ? aa : Math.round((a.data[p * 4 + c]! * aa) / 255);
      const bv = c === 3 ? ba : Math.round((b.data[p * 4 + c]! * ba) / 255);
      const d = Math.abs(av - bv);
      sum += d;
      if (d > max) max = d;
      if (d !== 0) same = false;
    }
    if (same) exact++;
  }
  return { meanAbs: sum / (a.width * a.height * 4), maxAbs: max, exactPixels: exact / (a.width * a.height) };
}

/** Distance from a point to a segment. */
function pointSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The largest distance from a vertex of `from` to the nearest polyline of `to`. */
export function directedHausdorff(from: [number, number][][], to: [number, number][][]): number {
  let worst = 0;
  for (const line of from) {
    for (const [px, py] of line) {
      let best = Infinity;
      for (const other of to) {
        if (other.length === 1) best = Math.min(best, Math.hypot(px - other[0]![0], py - other[0]![1]));
        for (let i = 1; i < other.length; i++) {
          const [ax, ay] = other[i - 1]!;
          const [bx, by] = other[i]!;
          best = Math.min(best, pointSegment(px, py, ax, ay, bx, by));
        }
      }
      worst = Math.max(worst, best);
    }
  }
  return worst;
}

/** Symmetric Hausdorff distance between two sets of polylines (vertex-to-polyline, both ways). */
export function hausdorff(a: [number, number][][], b: [number, number][][]): number {
  if (a.length === 0 && b.length === 0) return 0;
  if (a.length === 0 || b.length === 0) return Infinity;
  return Math.max(directedHausdorff(a, b), directedHausdorff(b, a));
}

/** A kernels/ case: one interpolation drawn from one of the fields in kernels/fields.json. */
export interface KernelCase {
  name: string;
  field: 'up' | 'down';
  origin: 'upper' | 'lower';
  interpolation: string;
  filterrad: number;
  cmap: ColormapName;
  width: number;
  height: number;
  /** Agg's resampled min and max in units of the data range (0 = min, 1 = max). */
  resampledRange: [number, number];
  /** Whether matplotlib 3.6.3's clamp of the [0.1, 0.9]-scaled data cut the overshoot. */
  aggClamped: boolean;
  image: string;
}

export interface KernelField {
  rows: number;
  cols: number;
  z: number[][];
}

/** The kernels/ case names, upsampling cases first. */
export function kernelCaseNames(): string[] {
  return loadJson<{ cases: string[] }>('kernels/index.json').cases;
}

export function loadKernelCase(name: string): KernelCase {
  return loadJson<KernelCase>(`kernels/${name}.json`);
}

export function loadKernelField(field: KernelCase['field']): KernelField {
  return loadJson<{ fields: Record<string, KernelField> }>('kernels/fields.json').fields[field]!;
}

export function loadKernelPng(c: KernelCase): Rgba {
  return decodePng(readFileSync(`${FIXTURES}kernels/${c.image}`));
}

/** kernels/probe.json: Agg's resampled float values for tiny grids, per interpolation. */
export interface KernelProbe {
  shapes: Record<'up' | 'down', { rows: number; cols: number; width: number; height: number; input: number[] }>;
  outputs: Record<string, { interpolation: string; filterrad: number; up: number[]; down: number[] }>;
}

export function loadKernelProbe(): KernelProbe {
  return loadJson<KernelProbe>('kernels/probe.json');
}

/** Any PNG under fixtures/matplotlib/, by its path relative to that folder. */
export function loadFixturePng(path: string): Rgba {
  return decodePng(readFileSync(`${FIXTURES}${path}`));
}

/** norms/cases.json: one norm case — the spec, what imshow autoscaled it to, norm(samples), and its images. */
export interface NormCase {
  name: string;
  /** Key of `fields` in {@link NormFixtures}. */
  field: string;
  /** matplotlib's keyword arguments, which are also the library's NormSpec. */
  spec: { type: string } & Record<string, unknown>;
  resolved: { vmin: number; vmax: number; vcenter?: number; halfrange?: number };
  /** Sample values; null = NaN. */
  samples: (number | null)[];
  /** norm(masked samples): null = masked, 'inf' / '-inf' for TwoSlopeNorm outside [vmin, vmax]. */
  normalized: (number | null | 'inf' | '-inf')[];
  /** PNG paths relative to norms/. */
  images: Record<'nearest' | 'bilinear', string>;
}

export interface NormFixtures {
  width: number;
  height: number;
  cmap: ColormapName;
  extremes: { under: string; over: string };
  /** The 12 × 16 grids (row 0 at the bottom, origin 'lower'); null = NaN. */
  fields: Record<string, (number | null)[][]>;
  cases: NormCase[];
}

export function loadNormFixtures(): NormFixtures {
  return loadJson<NormFixtures>('norms/cases.json');
}

/** contours/<name>.json: line contours of the seed with NaN holes, matplotlib's corner_mask on or off. */
export interface ContourCase {
  name: string;
  z: (number | null)[][];
  rows: number;
  cols: number;
  x: number[];
  y: number[];
  levels: number[];
  cornerMask: boolean;
  contours: { level: number; lines: FixtureLine[] }[];
}

export function contourCaseNames(): string[] {
  return loadJson<{ cases: string[] }>('contours/index.json').cases;
}

export function loadContourCase(name: string): ContourCase {
  return loadJson<ContourCase>(`contours/${name}.json`);
}

/** contour_styles.json: per-level line styles of real ContourSets on the seed field. */
export interface StyleCase {
  name: string;
  /** matplotlib's contour() keywords (cmap, colors, extend, linewidths, linestyles, negative_linestyles, alpha) and levels. */
  kwargs: Record<string, unknown> & { levels: number | number[] };
  zmin: number;
  zmax: number;
  levels: number[];
  monochrome: boolean;
  normRange: [number, number];
  styles: { level: number; rgba: number[]; linewidthPt: number; dashOffsetPt: number; dashesPt: number[] | null }[];
}

export function loadStyleCases(): StyleCase[] {
  return loadJson<{ cases: StyleCase[] }>('contour_styles.json').cases;
}

/** contourf/<name>.json: matplotlib's filled contours, their levels, band colours and polygons. */
export interface ContourfCase {
  name: string;
  z: (number | null)[][];
  rows: number;
  cols: number;
  x: number[];
  y: number[];
  levelsArg: number | number[];
  extend: 'neither' | 'min' | 'max' | 'both';
  cornerMask: boolean;
  /** The colormap, or null when explicit `colors` colour the bands. */
  cmap: ColormapName | null;
  colors: string[] | null;
  alpha: number | null;
  levels: number[];
  layers: number[];
  normRange: [number, number];
  under: number[];
  over: number[];
  bands: {
    /** matplotlib's lowers / uppers (±1e250 for extended bands; the first lower minus 1 when it equals zmin). */
    lower: number;
    upper: number;
    layer: number;
    rgba: number[];
    rgbaBytes: number[];
    /** cs.allsegs per polygon: rings (outer anticlockwise, holes clockwise) in x / y units, and their signed areas. */
    polygons: { rings: [number, number][][]; areas: number[] }[];
    area: number;
  }[];
  width: number;
  height: number;
  /** PNG path relative to contourf/. */
  image: string;
}

export function contourfCaseNames(): string[] {
  return loadJson<{ cases: string[] }>('contourf/index.json').cases;
}

export function loadContourfCase(name: string): ContourfCase {
  return loadJson<ContourfCase>(`contourf/${name}.json`);
}

/** cmaps/index.json: one field drawn with many colormaps (registered names with their _r, and custom maps). */
export interface CmapImageFixtures {
  versions: { matplotlib: string };
  width: number;
  height: number;
  interpolation: string;
  origin: 'upper' | 'lower';
  vmin: number;
  vmax: number;
  /** The grid (row 0 at the bottom, origin 'lower'); null = NaN. */
  z: (number | null)[][];
  cases: {
    name: string;
    /** matplotlib's colormap family ('perceptually uniform sequential', …, 'miscellaneous'), or 'custom'. */
    family: string;
    /** The component's `cmap` prop: a registered name, `{ colors }` or `{ stops }`. */
    cmap: ColormapName | { colors: unknown[] } | { stops: [number, unknown][] };
    /** The component's underColor / overColor / badColor props (matplotlib's with_extremes). */
    extremes?: { underColor?: string; overColor?: string; badColor?: string };
    /** PNG path relative to cmaps/. */
    image: string;
  }[];
}

export function loadCmapImageFixtures(): CmapImageFixtures {
  return loadJson<CmapImageFixtures>('cmaps/index.json');
}

/** origins/<name>.json: origin 'upper' / 'lower' with wide, tall, reversed and default extents (layout as cases/). */
export interface OriginCase extends Omit<FixtureCase, 'interpolation' | 'cmap'> {
  versions: { matplotlib: string };
  interpolation: string;
  cmap: ColormapName;
  /** The extent imshow used: `extent`, or its default for the origin. */
  effectiveExtent: [number, number, number, number];
}

export function originCaseNames(): string[] {
  return loadJson<{ cases: string[] }>('origins/index.json').cases;
}

export function loadOriginCase(name: string): OriginCase {
  return loadJson<OriginCase>(`origins/${name}.json`);
}

/** The matplotlib version the fixtures were generated with (every fixture file records it). */
export function fixtureMatplotlibVersion(): string {
  return loadJson<{ versions: { matplotlib: string } }>('contours/index.json').versions.matplotlib;
}

/** rgba/<name>.json: imshow(interpolation_stage='rgba') of a kernels/ field, optionally with NaN cells and extremes. */
export interface RgbaCase {
  name: string;
  field: 'up' | 'down';
  /** Cells set to NaN, [row, col]. */
  nan: [number, number][];
  origin: 'upper' | 'lower';
  interpolation: string;
  cmap: ColormapName;
  underColor: string | null;
  overColor: string | null;
  vmin: number;
  vmax: number;
  width: number;
  height: number;
  image: string;
}

export function rgbaCaseNames(): string[] {
  return loadJson<{ cases: string[] }>('rgba/index.json').cases;
}

export function loadRgbaCase(name: string): RgbaCase {
  return loadJson<RgbaCase>(`rgba/${name}.json`);
}

/** The case's grid: its kernels/ field with the NaN cells set. */
export function rgbaCaseGrid(c: RgbaCase): number[][] {
  const z = loadKernelField(c.field).z.map((row) => row.slice());
  for (const [r, col] of c.nan) z[r]![col] = NaN;
  return z;
}

export function loadRgbaPng(c: RgbaCase): Rgba {
  return decodePng(readFileSync(`${FIXTURES}rgba/${c.image}`));
}

/** rgba/probe.json: Agg's float RGBA resampling of tiny premultiplied images, per kernel. */
export interface RgbaProbe {
  shapes: Record<'up' | 'down', { rows: number; cols: number; width: number; height: number; input: number[] }>;
  outputs: Record<string, Record<'up' | 'down', number[]>>;
}

export function loadRgbaProbe(): RgbaProbe {
  return loadJson<RgbaProbe>('rgba/probe.json');
}

/**
 * Compares an rgba-stage picture that follows current matplotlib (colour un-premultiplied) with
 * matplotlib 3.6.3's, which resamples colour and alpha separately and so leaves the colour of a
 * partially transparent pixel premultiplied: ours is premultiplied (RGB × alpha / 255) before a
 * plain per-channel comparison. Where alpha is 255 that changes nothing; where it is partial, the
 * relation holds only up to the truncations on both sides (a byte or two).
 */
export function compareWithPremultipliedRgb(ours: Rgba, mpl363: Rgba): { meanAbs: number; maxAbs: number; exactPixels: number } {
  if (ours.width !== mpl363.width || ours.height !== mpl363.height) {
    throw new Error(`image sizes differ: ${ours.width}×${ours.height} vs ${mpl363.width}×${mpl363.height}`);
  }
  const pixels = ours.width * ours.height;
  let sum = 0;
  let max = 0;
  let exact = 0;
  for (let o = 0; o < pixels * 4; o += 4) {
    const a = ours.data[o + 3]!;
    let same = true;
    for (let k = 0; k < 4; k++) {
      const v = k === 3 ? a : Math.round((ours.data[o + k]! * a) / 255);
      // A fully transparent pixel's colour is meaningless (Agg leaves some white).
      const theirs = k < 3 && mpl363.data[o + 3] === 0 ? 0 : mpl363.data[o + k]!;
      const d = Math.abs(v - theirs);
      sum += d;
      if (d > max) max = d;
      if (d !== 0) same = false;
    }
    if (same) exact++;
  }
  return { meanAbs: sum / (pixels * 4), maxAbs: max, exactPixels: exact / pixels };
}

// ---------------------------------------------------------------------------------------------
// figure/: figure geometry (figure_layout.py): subplot and colorbar boxes, constrained layout,
// clabel placement. Boxes are { left, top, width, height } in px at dpi 100, y down.
// ---------------------------------------------------------------------------------------------

export interface FigureFixtureBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** figure/layout.json `cases`: fig.colorbar(im, ax=ax, **colorbar) on a default subplot (colorbar null: none). */
export interface FigureLayoutCase {
  width: number;
  height: number;
  imageAspect: 'auto' | 'equal';
  colorbar: Record<string, unknown> | null;
  axes: FigureFixtureBox;
  /** The data aspect apply_aspect used, for imageAspect 'equal'. */
  axesBoxAspect?: number;
  colorbarBox?: FigureFixtureBox;
  interior?: FigureFixtureBox;
  outline?: [number, number][];
  extendLower?: boolean;
  extendUpper?: boolean;
  triangles?: [number, number][][];
}

/** figure/layout.json `constrained`: layout='constrained' with the decorations' measured reach. */
export interface FigureConstrainedCase {
  width: number;
  height: number;
  colorbar: Record<string, unknown> | null;
  axes: FigureFixtureBox;
  axesDecorations: { left: number; right: number; top: number; bottom: number };
  colorbarBox?: FigureFixtureBox;
  interior?: FigureFixtureBox;
  colorbarDecorations?: { left: number; right: number; top: number; bottom: number };
}

export function loadFigureLayoutFixtures(): { cases: FigureLayoutCase[]; constrained: FigureConstrainedCase[] } {
  return loadJson<{ cases: FigureLayoutCase[]; constrained: FigureConstrainedCase[] }>('figure/layout.json');
}

/** figure/clabel.json: ax.clabel(cs, inline=True, fontsize=10) on line contours, in px. */
export interface ClabelCase {
  name: string;
  note: string;
  width: number;
  height: number;
  axes: FigureFixtureBox;
  fontSize: number;
  inlineSpacing: number;
  /** Per labelled level: text, matplotlib's measured text extent and the paths before labelling. */
  levels: { level: number; text: string; textWidth: number; textHeight: number; lines: FixtureLine[] }[];
  /** In matplotlib's order; rotationDeg counter-clockwise, in [-90, 90). */
  labels: { levelIndex: number; level: number; text: string; x: number; y: number; rotationDeg: number }[];
  /** Per level, the paths after inlining. */
  linesAfter: FixtureLine[][];
}

export function loadClabelCases(): ClabelCase[] {
  return loadJson<{ cases: ClabelCase[] }>('figure/clabel.json').cases;
}

// ---- figure/ticks.json: axis / colorbar ticks and clabel texts (src/core/figure tick tests) ----

/** A Python / numpy formatting probe: '%1.{digits}f' % x, '%1.10g' % x, round(x, 10), np.round(x, digits). */
export interface TickFormatProbe {
  kind: 'fixed' | 'g10' | 'round10' | 'npround';
  x: number;
  digits?: number;
  text?: string;
  value?: number;
}

/** What matplotlib drew on one axis (the long axis, for a colorbar). */
export interface TickAxisRecord {
  name: string;
  /** Axis length in points, as Axis.get_tick_space measures it, and that tick space. */
  lengthPt: number;
  tickSpace: number;
  view: [number, number];
  /** Every major locator tick, in view or not. */
  locs: number[];
  /** The ticks Axis._update_ticks draws, and their label texts (mathtext for log formatters). */
  ticks: number[];
  labels: string[];
  minorTicks: number[];
  minorLabels: string[];
  offsetText: string;
}

export interface TickAxisCase extends TickAxisRecord {
  input: { vmin: number; vmax: number; axis: 'x' | 'y'; axisLengthPt: number; fontSizePt: number };
}

export interface TickColorbarCase extends TickAxisRecord {
  /** The colorbarTicks() input: the norm as `kind` + parameters, and lengthPt / fontSizePt / orientation. */
  input: { kind: string; lengthPt: number; fontSizePt: number; orientation: 'vertical' | 'horizontal' } & Record<string, unknown>;
  /** Drawn ticks as fractions of the colorbar interior along its long axis. */
  positions: number[];
  minorPositions: number[];
}

export interface TickClabelCase {
  name: string;
  input: { levels: number[] };
  texts: string[];
}

export interface TickFixtures {
  versions: { matplotlib: string };
  format: TickFormatProbe[];
  axes: TickAxisCase[];
  colorbars: TickColorbarCase[];
  clabels: TickClabelCase[];
}

export function loadTickFixtures(): TickFixtures {
  return loadJson<TickFixtures>('figure/ticks.json');
}
