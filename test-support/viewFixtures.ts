// matplotlib's pictures after set_xlim / set_ylim (fixtures/matplotlib/views.py), for the unit
// tests and the browser spec of views.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ColormapName } from '../src/core/color/colormaps';
import type { InterpolationName } from '../src/core/resample/kernels';
import { decodePng, type Rgba } from './matplotlibFixtures';

const VIEWS = fileURLToPath(new URL('../fixtures/matplotlib/views/', import.meta.url));

export interface ViewCase {
  readonly name: string;
  /** The grid, NaN where matplotlib had NaN. */
  readonly z: number[][];
  readonly rows: number;
  readonly cols: number;
  readonly extent: [number, number, number, number];
  readonly origin: 'upper' | 'lower';
  readonly interpolation: InterpolationName;
  /** What 'antialiased' resolves to for this view (matplotlib's rule, from the whole image's displayed size). */
  readonly resolved: string;
  readonly cmap: ColormapName;
  readonly view: { readonly x: [number, number]; readonly y: [number, number] };
  readonly width: number;
  readonly height: number;
  readonly image: string;
}

interface StoredCase extends Omit<ViewCase, 'z'> {
  readonly z?: (number | null)[][];
  readonly field?: 'tiles';
}

export function viewCaseNames(): string[] {
  return (JSON.parse(readFileSync(`${VIEWS}index.json`, 'utf8')) as { cases: string[] }).cases;
}

export function loadViewCase(name: string): ViewCase {
  const stored = JSON.parse(readFileSync(`${VIEWS}${name}.json`, 'utf8')) as StoredCase;
  const { field, z, ...rest } = stored;
  const grid = field === 'tiles' ? tilesField(stored.rows, stored.cols) : z!.map((row) => row.map((v) => (v === null ? NaN : v)));
  return { ...rest, z: grid };
}

export function loadViewPng(c: ViewCase): Rgba {
  return decodePng(readFileSync(`${VIEWS}${c.image}`));
}

/** views.py tiles_field, in the same float64 operations in the same order: the same values bit for bit. */
function tilesField(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ((c % 37) - 18) ** 2 / 324 + ((r % 23) - 11) / 11 + ((r * 7 + c * 13) % 17) / 68),
  );
}
