import { DATAD } from './data/datad';
import { LISTED } from './data/listed';
import { LUT_SIZE, colormapFromFloatRows, type Colormap } from './lut';
import { reverseSegmentData, segmentDataFromList, segmentedRows, type SegmentData } from './segmented';
import type { ColormapSpec } from './spec';

/** The colormaps matplotlib registers under their own names. */
export type BaseColormapName = keyof typeof LISTED | keyof typeof DATAD;

/** Every name matplotlib 3.6.3 registers (`matplotlib.colormaps`): each base colormap and its `_r` reversal. */
export type ColormapName = BaseColormapName | `${BaseColormapName}_r`;

const SPECS: Readonly<Record<BaseColormapName, ColormapSpec>> = Object.freeze({ ...LISTED, ...DATAD });

/** All registered names, in matplotlib's registry order (listed maps, then `datad`, then the reversals). */
export const COLORMAP_NAMES: readonly ColormapName[] = Object.freeze([
  ...(Object.keys(SPECS) as BaseColormapName[]),
  ...(Object.keys(SPECS) as BaseColormapName[]).map((name) => `${name}_r` as const),
]);

export function isColormapName(name: unknown): name is ColormapName {
  return typeof name === 'string' && (COLORMAP_NAMES as readonly string[]).includes(name);
}

/** The registered colormap `name` with matplotlib's default extremes. */
export function registeredColormap(name: ColormapName): Colormap {
  const reversed = name.endsWith('_r') && !Object.hasOwn(SPECS, name);
  const spec = SPECS[(reversed ? name.slice(0, -2) : name) as BaseColormapName];
  if (spec.kind === 'listed') {
    // ListedColormap.reversed(): colours[::-1], same N.
    const rows = rgbRows(spec.rgb);
    return colormapFromFloatRows(name, reversed ? reverseRows(rows) : rows);
  }
  const data: SegmentData = spec.kind === 'segmented' ? spec.data : segmentDataFromList(rgbaList(spec.rgb), spec.positions);
  return colormapFromFloatRows(name, segmentedRows(reversed ? reverseSegmentData(data) : data, LUT_SIZE));
}

/** Flat RGB rows to the colours matplotlib's `to_rgba_array` makes of them (alpha 1). */
function rgbaList(rgb: readonly number[]): number[][] {
  return Array.from({ length: rgb.length / 3 }, (_, i) => [rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 1]);
}

function rgbRows(rgb: readonly number[]): Float64Array {
  return Float64Array.from(rgbaList(rgb).flat());
}

function reverseRows(rows: Float64Array): Float64Array {
  const out = new Float64Array(rows.length);
  const n = rows.length / 4;
  for (let i = 0; i < n; i++) out.set(rows.subarray((n - 1 - i) * 4, (n - i) * 4), i * 4);
  return out;
}
