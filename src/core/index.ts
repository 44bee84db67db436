// The pure core: no DOM, WebGL or React. Everything here runs (and is tested) in Node.
export {
  getColormap,
  resolveColormap,
  COLORMAP_NAMES,
  colorOf,
  lutIndex,
  type Colormap,
  type ColormapExtremes,
  type ColormapInput,
  type ColormapName,
  type CustomColormapInput,
  type RGBA,
} from './colormaps';
export { parseColor, type Color, type RGBAFloat } from './colors';
export { layoutContours, pathData, type ContourPath } from './contourPaths';
export { packIsolines, traceLevels, unpackIsolines, type PackedIsolines } from './isolinePacking';
export { resolveContourStyles, type LevelStyle } from './contourStyle';
export { resolveExtent, resolveNodes, lineToPixels, type Extent } from './coords';
export { toGrid, exactValues, type Grid, type GridInput } from './grid';
export { traceIsolines, type IsoLine } from './isolines';
export {
  getKernel,
  resolveInterpolation,
  aggWeightLut,
  kernelDiameter,
  DEFAULT_FILTERRAD,
  INTERPOLATION_NAMES,
  type InterpolationName,
  type Kernel,
  type KernelName,
  type ResolvedInterpolation,
} from './kernels';
export { levelsFromCount, resolveLevels } from './levels';
export { linearNorm, type LinearNorm } from './norm';
export { resolvePicture, DEFAULTS, type ContourOptions, type PictureOptions, type ResolvedPicture } from './options';
export { finiteRange } from './range';
export { resample, type Origin } from './resample';
