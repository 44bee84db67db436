// Every registered colormap, imported statically: what unit tests resolve colormap names from
// synchronously (the library loads them lazily, see src/core/colormapSource.ts).
import * as exported from '../src/core/color/colormaps/data/exports';
import type { ColormapSource } from '../src/core/color/colormaps';

export const ALL_COLORMAPS: ColormapSource = exported;
