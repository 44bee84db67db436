import { DEFAULT_COLORMAPS, loadColormaps, type ColormapSource } from '../core/color/colormaps';
import { colormapsFor } from '../core/colormapSource';
import type { PictureOptions } from '../core/options';

/**
 * The registered colormaps one chart resolves names from: the bundled default until its options
 * name another, then every colormap, loaded by this chart (one lazy chunk, which the module system
 * fetches once per page; nothing is shared through this module).
 */
export interface ChartColormaps {
  /**
   * The colormaps to resolve `options` with, or null when the chart must {@link load} them first.
   * Throws for an unknown name, naming the prop, before anything loads.
   */
  sourceFor(options: PictureOptions): ColormapSource | null;
  /** Loads every colormap; rejects when their chunk cannot be fetched (the next call tries again). */
  load(): Promise<void>;
}

export function createChartColormaps(): ChartColormaps {
  let loaded = DEFAULT_COLORMAPS;
  let loading: Promise<void> | null = null;
  return {
    sourceFor: (options) => colormapsFor(options, loaded),
    load() {
      loading ??= loadColormaps().then(
        (all) => {
          loaded = all;
        },
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
  };
}
