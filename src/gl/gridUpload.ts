import type createREGL from 'regl';
import { GRID_SLICE, type Grid } from '../core/grid/grid';
import { dataLayout, packTexels, type DataLayout } from './dataLayout';

/**
 * Uploads the grid (its values and validity mask) into `texture` as floats laid out by
 * gl/dataLayout.ts, in strips of rows: the generator pauses between strips so a big upload never
 * blocks the main thread for long. Returns the layout once the whole grid is on the GPU. Throws
 * naming `z` if the grid cannot fit the GPU's textures.
 */
export function* uploadGridTexture(texture: createREGL.Texture2D, grid: Grid, maxTextureSize: number): Generator<void, DataLayout> {
  const layout = dataLayout(grid.rows, grid.cols, maxTextureSize);
  const shape = {
    width: layout.width,
    height: layout.height,
    format: 'luminance alpha',
    type: 'float',
    min: 'nearest',
    mag: 'nearest',
  } as const;
  const strip = Math.max(1, Math.floor(GRID_SLICE / grid.cols));
  if (strip >= grid.rows) {
    texture({ ...shape, data: packTexels(grid.normalized, grid.cols, layout, 0, grid.rows) });
  } else {
    texture(shape);
    for (let r = 0; r < grid.rows; r += strip) {
      const end = Math.min(grid.rows, r + strip);
      const data = packTexels(grid.normalized, grid.cols, layout, r, end);
      texture.subimage({ data, width: layout.width, height: (end - r) * layout.segments }, 0, r * layout.segments);
      yield;
    }
  }
  return layout;
}
