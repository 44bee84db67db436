import type { ColormapName } from './color/colormaps';
import type { InterpolationName } from './resample/kernels';
import type { Origin } from './resample/reference';
import type { InterpolationStage } from './resample/rgbaStage';

// matplotlib's defaults for the picture and contour options, shared by both resolutions
// (options.ts, contourOptions.ts) so that neither has to import the other's module for them.
export const DEFAULTS = Object.freeze({
  origin: 'upper' as Origin,
  // matplotlib's rcParams['image.interpolation']: nearest when upsampling by more than 3× (or exactly 1× or 2×), else hanning.
  interpolation: 'antialiased' as InterpolationName,
  interpolationStage: 'data' as InterpolationStage,
  // rcParams['image.cmap']; bundled (color/colormaps/registry.ts DEFAULT_COLORMAPS), the others load when named.
  cmap: 'viridis' as ColormapName,
  levels: 7,
});
