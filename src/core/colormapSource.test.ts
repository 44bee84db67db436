import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORMAPS } from './color/colormaps';
import { colormapsFor, loadColormapsFor, namedColormaps } from './colormapSource';
import type { PictureOptions } from './options';

const z = [
  [0, 1],
  [2, 3],
];

describe('the colormaps options name', () => {
  it('lists the names of cmap, contours.cmap and contours.filled.cmap as base names, objects left out', () => {
    const options: PictureOptions = { z, cmap: 'jet_r', contours: { cmap: 'viridis', filled: { cmap: { colors: ['k', 'w'] } } } };
    expect(namedColormaps(options)).toEqual(['jet', 'viridis']);
    expect(namedColormaps({ z, contours: { filled: { cmap: 'RdBu' } } })).toEqual(['RdBu']);
    expect(namedColormaps({ z, contours: false })).toEqual([]);
    // Malformed options are the resolution's to report.
    expect(namedColormaps(null as never)).toEqual([]);
    expect(namedColormaps({ z, contours: 'yes' as never })).toEqual([]);
  });

  it('rejects an unknown name at once, naming its prop, before anything loads', () => {
    expect(() => namedColormaps({ z, cmap: 'jet', contours: { filled: { cmap: 'virdis' as never } } })).toThrow(
      /invalid prop "contours.filled.cmap": unknown colormap "virdis"/,
    );
    expect(() => colormapsFor({ z, contours: { cmap: 'Jet' as never } }, DEFAULT_COLORMAPS)).toThrow(
      /invalid prop "contours.cmap": unknown colormap "Jet" \(did you mean "jet"\?/,
    );
  });

  it('needs no loading for the bundled default only', async () => {
    expect(colormapsFor({ z, cmap: 'viridis_r' }, DEFAULT_COLORMAPS)).toBe(DEFAULT_COLORMAPS);
    expect(colormapsFor({ z, cmap: 'jet' }, DEFAULT_COLORMAPS)).toBeNull();
    expect(await loadColormapsFor({ z })).toBe(DEFAULT_COLORMAPS);
    expect((await loadColormapsFor({ z, contours: { cmap: 'tab10' } })).tab10?.name).toBe('tab10');
  });
});
