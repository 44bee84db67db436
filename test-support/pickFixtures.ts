// Node-only loader for fixtures/matplotlib/pick/ (made by pick_values.py): the values matplotlib
// hands its norm at sampled pixels, and its cursor readout texts. Not part of the library.
import { loadJson, loadKernelField } from './matplotlibFixtures';

export interface PickCase {
  name: string;
  /** The grid (null = NaN), or the kernels/ field it is. */
  z?: (number | null)[][];
  field?: 'up' | 'down';
  rows: number;
  cols: number;
  extent: [number, number, number, number] | null;
  origin: 'upper' | 'lower';
  interpolation: 'nearest' | 'bilinear' | 'bicubic' | 'spline36' | 'antialiased';
  width: number;
  height: number;
  vmin: number;
  vmax: number;
  /** [px, py, value (null = masked), the cell under the pixel centre (null = masked)] */
  samples: [number, number, number | null, number | null][];
  readouts: { px: number; py: number; coord: string; x: number; y: number; z: string }[];
}

export const PICK_CASE_NAMES = Object.freeze([
  'seed-spline36',
  'seed-spline36-775x385',
  'blocks-nearest',
  'holes-bilinear',
  'waves-upper-bicubic',
  'down-antialiased',
] as const);

export function loadPickCase(name: string): PickCase {
  return loadJson<PickCase>(`pick/${name}.json`);
}

/** The case's grid as rows of numbers (NaN for null). */
export function pickCaseGrid(c: PickCase): number[][] {
  if (c.z) return c.z.map((row) => row.map((v) => (v === null ? NaN : v)));
  return loadKernelField(c.field!).z;
}

export interface ReadoutFixtures {
  values: number[];
  field: number[][];
  cases: { norm: Record<string, unknown>; texts: (string | null)[] }[];
}

export function loadReadoutFixtures(): ReadoutFixtures {
  return loadJson<ReadoutFixtures>('pick/readout.json');
}
