// The playground's data: the demo's deterministic fields, at a grid size the user picks.
import type { GridInput } from '../../src';
import { peaksField, randomField, rippleField, seedField, wavesField } from '../fields';

export type SourceName = 'seed' | 'waves' | 'ripple' | 'random' | 'holes';

export const SOURCES: readonly { readonly value: SourceName; readonly label: string }[] = Object.freeze([
  { value: 'seed', label: 'seed figure' },
  { value: 'waves', label: 'waves' },
  { value: 'ripple', label: 'ripple' },
  { value: 'random', label: 'random' },
  { value: 'holes', label: 'NaN holes' },
]);

/** The largest generated grid side: 1000 × 1000 shows big-grid behaviour, more only takes longer. */
export const MAX_SIDE = 1000;
export const RANDOM_SEED = 20240501;

export interface Field {
  readonly z: GridInput;
  readonly rows: number;
  readonly cols: number;
  /** The field's own node coordinates (the seed's x and y), for contour(X, Y, Z). */
  readonly x?: readonly number[];
  readonly y?: readonly number[];
}

/** A grid side from the text field, clamped to 2…MAX_SIDE (a field needs two nodes per axis to contour). */
export function gridSide(text: string, fallback: number): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) && text.trim() !== '' ? Math.min(MAX_SIDE, Math.max(2, n)) : fallback;
}

export function buildField(source: SourceName, rows: number, cols: number): Field {
  switch (source) {
    case 'seed': {
      const { x, y, z } = seedField();
      return { z, rows: z.length, cols: z[0]!.length, x, y };
    }
    case 'waves':
      return flat(wavesField(rows, cols));
    case 'ripple':
      return flat(rippleField(rows, cols));
    case 'random':
      return flat(randomField(rows, cols, RANDOM_SEED));
    case 'holes':
      return flat(peaksField(rows, cols, holeCells(rows, cols)));
  }
}

/** Hole centres as fractions of the grid, so the holes stay in place (and grow) as the grid grows. */
export const HOLES: readonly (readonly [number, number])[] = Object.freeze([
  [0.3, 0.3],
  [0.6, 0.55],
  [0.6, 0.62],
]);

/** The NaN blocks [r0, r1, c0, c1) (end-exclusive): about 1/20 of the grid's side around each hole centre, one cell on small grids. */
export function holeBlocks(rows: number, cols: number): [number, number, number, number][] {
  const size = Math.max(1, Math.round(Math.min(rows, cols) / 20));
  return HOLES.map(([fr, fc]) => {
    const r0 = Math.round(fr * (rows - 1));
    const c0 = Math.round(fc * (cols - 1));
    return [r0, Math.min(rows, r0 + size), c0, Math.min(cols, c0 + size)];
  });
}

function holeCells(rows: number, cols: number): [number, number][] {
  const cells: [number, number][] = [];
  for (const [r0, r1, c0, c1] of holeBlocks(rows, cols)) {
    for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) cells.push([r, c]);
  }
  return cells;
}

/** Row-major Float64Array: the chart's cheapest input form, which matters for a million cells. */
function flat(z: number[][]): Field {
  const rows = z.length;
  const cols = z[0]!.length;
  const values = new Float64Array(rows * cols);
  z.forEach((row, i) => values.set(row, i * cols));
  return { z: { values, rows, cols }, rows, cols };
}
