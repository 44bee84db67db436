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
export { packBands, unpackBands, type PackedBands } from './bandPacking';
export { resolveContourStyles, type ContourStyleOptions, type LevelStyle, type LineStyleName } from './contourStyle';
export { filledContours, type Band, type FilledContourOptions } from './bands';
export { bandTracer, ringArea, type BandPolygon } from './bandPolygons';
export { EXTENDS, resolveExtend, type Extend } from './extend';
export { resolveExtent, resolveNodes, lineToPixels, type Extent } from './coords';
export { toGrid, buildGrid, denormalize, cellCount, exactValues, GRID_SLICE, type Grid, type GridInput } from './grid';
export { traceIsolines, type IsoLine, type IsolineOptions } from './isolines';
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
export { shade } from './shade';
export { resolveNorm, type NormSpec, type NormType, type ResolvedNorm } from './norms';
export { normalize, normLutIndex } from './normalize';
export { normShader, type NormShader } from './normShader';
export { resolvePicture, DEFAULTS, type ContourOptions, type PictureOptions, type ResolvedPicture } from './options';
export { resample, type Origin } from './resample';
export { INTERPOLATION_STAGES, type InterpolationStage } from './rgbaStage';
