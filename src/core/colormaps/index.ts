import { invalidProp } from '../errors';
import { jetSegments } from './jet';
import { LUT_SIZE, colormapFromFloatRows, type Colormap } from './lut';
import { lookupTable, type Segments } from './segmented';
import { viridisData } from './data/viridis';

export { LUT_SIZE, colorOf, lutIndex, toByte, type Colormap, type RGBA } from './lut';

/** Names accepted by the `cmap` prop. */
export type ColormapName = 'jet' | 'viridis';

function segmented(name: string, data: Readonly<Record<'red' | 'green' | 'blue', Segments>>): Colormap {
  const [r, g, b] = [lookupTable(data.red), lookupTable(data.green), lookupTable(data.blue)];
  const rows = Array.from({ length: LUT_SIZE }, (_, i) => [r[i]!, g[i]!, b[i]!, 1]);
  return colormapFromFloatRows(name, rows);
}

function listed(name: string, colors: readonly (readonly number[])[]): Colormap {
  return colormapFromFloatRows(name, colors.map((c) => [c[0]!, c[1]!, c[2]!, 1]));
}

const BUILDERS: Readonly<Record<ColormapName, () => Colormap>> = Object.freeze({
  jet: () => segmented('jet', jetSegments),
  viridis: () => listed('viridis', viridisData),
});

/** The colormap registered under `name`, built fresh (LUT building is microseconds; nothing is cached globally). */
export function getColormap(name: string, prop = 'cmap'): Colormap {
  if (!Object.hasOwn(BUILDERS, name)) {
    throw invalidProp(prop, `unknown colormap ${JSON.stringify(name)}; known: ${Object.keys(BUILDERS).join(', ')}`);
  }
  return BUILDERS[name as ColormapName]();
}

export const COLORMAP_NAMES = Object.freeze(Object.keys(BUILDERS) as ColormapName[]);
