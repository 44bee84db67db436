import { DEFAULT_COLORMAPS, resolveColormap, type Colormap, type ColormapInput, type ColormapSource } from './color/colormaps';
import type { Color } from './color/colors';
import { resolveExtent, resolveOrigin, type Extent } from './grid/coords';
import { invalidProp } from './errors';
import { toGrid, type Grid, type GridInput } from './grid/grid';
import { DEFAULT_FILTERRAD, getKernel, resolveInterpolation, type InterpolationName, type Kernel } from './resample/kernels';
import { normShader, type NormShader } from './color/normShader';
import { resolveNorm, type NormSpec, type ResolvedNorm } from './color/norms';
import { normFromString } from './color/normStrings';
import type { Origin } from './resample/reference';
import type { CellWindow } from './view/view';
import { INTERPOLATION_STAGES, type InterpolationStage } from './resample/rgbaStage';
import { resolveContours, type ContourOptions, type ResolvedContours } from './contourOptions';
import { DEFAULTS } from './optionDefaults';

/** Everything that decides the picture; the React props minus layout and callbacks. */
export interface PictureOptions {
  /**
   * The data, as imshow's `Z`: rows of numbers, or a flat row-major array with `rows` and `cols`.
   * NaN and ±Infinity are invalid ("bad") cells. Compared by identity: pass a new grid to redraw.
   */
  readonly z: GridInput;
  /** The image's edges in data coordinates, [left, right, bottom, top], as imshow's `extent`. Default: cell centres at 0, 1, 2, …. */
  readonly extent?: Extent | undefined;
  /** Which edge row 0 is drawn at: 'upper' (the top) or 'lower'. Default 'upper', as imshow. */
  readonly origin?: Origin | undefined;
  /**
   * imshow's `interpolation`: 'nearest', 'bilinear', 'bicubic', 'spline36', 'lanczos', … Default
   * 'antialiased': nearest when upsampling by more than 3× (or exactly 1× or 2×), else hanning.
   */
  readonly interpolation?: InterpolationName | undefined;
  /**
   * matplotlib's `interpolation_stage`: 'data' resamples the data, then applies the norm and
   * colormap; 'rgba' colours every cell first and resamples the colours (premultiplied by alpha,
   * as current matplotlib does), so NaN cells fade out instead of cutting a transparent window.
   * Default 'data', matplotlib 3.6.3's default.
   */
  readonly interpolationStage?: InterpolationStage | undefined;
  /** Radius of the sinc, lanczos and blackman kernels in input cells (matplotlib's `filterrad`): > 0 and at most 8. Default 4. */
  readonly filterrad?: number | undefined;
  /**
   * The colormap: a registered name (any of matplotlib's, with `_r` for reversed; a name other than
   * 'viridis' loads every colormap, one lazy chunk, the first time), a colormap object from
   * `contour-heatmap/colormaps` (only the ones imported are bundled), or a custom colormap.
   * Default 'viridis' (matplotlib's image.cmap).
   */
  readonly cmap?: ColormapInput | undefined;
  /** Colour for values below vmin. Default: the colormap's first colour. */
  readonly underColor?: Color | undefined;
  /** Colour for values above vmax. Default: the colormap's last colour. */
  readonly overColor?: Color | undefined;
  /** Colour for NaN and ±Infinity. Default: transparent. */
  readonly badColor?: Color | undefined;
  /**
   * The bottom of the colour range of the default linear norm or of a norm string (imshow's
   * `vmin`); with a norm object it goes inside the norm instead. Default: the finite data minimum.
   */
  readonly vmin?: number | undefined;
  /** The top of the colour range, as `vmin`. Default: the finite data maximum. */
  readonly vmax?: number | undefined;
  /**
   * A matplotlib norm: linear, log, symlog, power, twoSlope, centered or boundary, with its
   * options; or a norm string 'linear', 'log' or 'symlog' (matplotlib ≥ 3.6's `norm='log'`, with
   * `matplotlib.scale`'s defaults: symlog's linthresh is 2), which takes `vmin` / `vmax` beside it.
   * Default: a linear norm from `vmin` to `vmax`.
   */
  readonly norm?: NormSpec | undefined;
  /** Contour lines and filled contours, as matplotlib's `contour` and `contourf`; false draws none. Default: lines at 7 levels, coloured by viridis. */
  readonly contours?: ContourOptions | false | undefined;
  /** Draw the interpolated heatmap; false leaves only the contours (filled contours instead of the heatmap, say). Default true. */
  readonly heatmap?: boolean | undefined;
}

/** The most boundaries a BoundaryNorm may have on the GPU, whose shader loops over them. */
export const MAX_BOUNDARIES = 256;

/** A validated picture, ready for a renderer and the contour overlay. */
export interface ResolvedPicture {
  readonly grid: Grid;
  readonly extent: Extent;
  readonly origin: Origin;
  readonly interpolation: InterpolationName;
  readonly interpolationStage: InterpolationStage;
  readonly filterrad: number;
  readonly colormap: Colormap;
  readonly norm: ResolvedNorm;
  /** The norm's per-pixel parameters for the renderer. */
  readonly normShader: NormShader;
  readonly contours: ResolvedContours | null;
  readonly heatmap: boolean;
}

/**
 * Validates every picture option and resolves defaults. Throws an Error naming the offending
 * prop. `previous` lets an update keep the expensive parts (the grid) when their inputs are the
 * same objects as before. Colormap names resolve from `colormaps`, which must hold those the
 * options name (core/colormapSource.ts).
 */
export function resolvePicture(
  options: PictureOptions,
  previous?: { z: GridInput; grid: Grid },
  colormaps: ColormapSource = DEFAULT_COLORMAPS,
): ResolvedPicture {
  if (options === null || typeof options !== 'object') throw invalidProp('props', 'expected an object');
  if (options.z === undefined) throw invalidProp('z', 'is required');
  const grid = previous && previous.z === options.z ? previous.grid : toGrid(options.z);
  const origin = resolveOrigin(options.origin);
  const extent = resolveExtent(options.extent, grid.rows, grid.cols, origin);
  const interpolation = options.interpolation ?? DEFAULTS.interpolation;
  const filterrad = options.filterrad ?? DEFAULT_FILTERRAD;
  // Validates the name and filterrad now; which kernel 'antialiased' means depends on the drawn size.
  kernelFor({ grid, interpolation, filterrad }, grid.cols, grid.rows);
  const interpolationStage = options.interpolationStage ?? DEFAULTS.interpolationStage;
  if (!INTERPOLATION_STAGES.includes(interpolationStage)) {
    throw invalidProp('interpolationStage', `expected 'data' or 'rgba', got ${JSON.stringify(interpolationStage)}`);
  }
  const colormap = resolveColormap(
    options.cmap ?? DEFAULTS.cmap,
    { under: options.underColor, over: options.overColor, bad: options.badColor },
    'cmap',
    colormaps,
  );
  const norm = resolveNorm(normSpec(options), grid, colormap.n);
  if (norm.type === 'boundary' && norm.boundaries.length > MAX_BOUNDARIES) {
    throw invalidProp('norm.boundaries', `at most ${MAX_BOUNDARIES} boundaries are supported, got ${norm.boundaries.length}`);
  }
  if (options.heatmap !== undefined && typeof options.heatmap !== 'boolean') {
    throw invalidProp('heatmap', `expected true or false, got ${String(options.heatmap)}`);
  }
  return {
    grid,
    extent,
    origin,
    interpolation,
    interpolationStage,
    filterrad,
    colormap,
    norm,
    normShader: normShader(norm, grid),
    contours: resolveContours(options.contours, grid, extent, origin, colormaps),
    heatmap: options.heatmap ?? true,
  };
}

/**
 * vmin / vmax are the default linear norm's, or a norm string's (matplotlib 3.6.3 takes
 * `imshow(Z, norm='log', vmin=…, vmax=…)`); with a norm object they belong inside it, as
 * matplotlib requires.
 */
function normSpec(options: PictureOptions): NormSpec {
  if (options.norm === undefined || typeof options.norm === 'string') {
    // Checked here so that errors name the props the user set, vmin and vmax.
    const { vmin, vmax } = options;
    for (const [prop, v] of [
      ['vmin', vmin],
      ['vmax', vmax],
    ] as const) {
      if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v)))
        throw invalidProp(prop, `must be a finite number, got ${String(v)}`);
    }
    if (vmin !== undefined && vmax !== undefined && vmin > vmax) throw invalidProp('vmin', `vmin (${vmin}) is greater than vmax (${vmax})`);
    const base = options.norm === undefined ? { type: 'linear' as const } : normFromString(options.norm, 'norm');
    if (base.type === 'log') {
      // matplotlib raises "Invalid vmin or vmax" when it draws.
      for (const [prop, v] of [
        ['vmin', vmin],
        ['vmax', vmax],
      ] as const) {
        if (v !== undefined && !(v > 0)) throw invalidProp(prop, `must be positive with norm 'log', got ${v}`);
      }
    }
    return { ...base, vmin, vmax } as NormSpec;
  }
  if (options.vmin !== undefined || options.vmax !== undefined) {
    throw invalidProp(
      'norm',
      'pass vmin and vmax inside a norm object, not beside it (matplotlib does not allow both either; beside a norm string they are fine)',
    );
  }
  return options.norm;
}

/**
 * The kernel a picture is drawn with at a size in device pixels (null = nearest). With a window
 * (a view other than the extent), 'antialiased' compares the displayed size of the whole image,
 * not of the axes, with the grid's, as matplotlib's `_resample` does.
 */
export function kernelFor(
  picture: Pick<ResolvedPicture, 'grid' | 'interpolation' | 'filterrad'>,
  width: number,
  height: number,
  window?: CellWindow | null,
): Kernel | null {
  const { rows, cols } = picture.grid;
  const [dispX, dispY] = window
    ? [(width * cols) / Math.abs(window.right - window.left), (height * rows) / Math.abs(window.bottom - window.top)]
    : [width, height];
  return getKernel(resolveInterpolation(picture.interpolation, rows, cols, dispX, dispY), picture.filterrad);
}
