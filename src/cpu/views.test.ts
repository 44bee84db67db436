import { describe, expect, it } from 'vitest';
import { ALL_COLORMAPS } from '../../test-support/colormaps';
import { compareImages } from '../../test-support/matplotlibFixtures';
import { loadViewCase, loadViewPng, viewCaseNames } from '../../test-support/viewFixtures';
import { kernelFor, resolvePicture } from '../core/options';
import { cellWindow } from '../core/view/view';
import { heatmapPixelsOnCpu } from './cpuRenderer';

describe('the CPU renderer in a view, against matplotlib after set_xlim / set_ylim (fixtures/matplotlib/views/)', () => {
  it.each(viewCaseNames())('%s', (name) => {
    const c = loadViewCase(name);
    const p = resolvePicture(
      { z: c.z, extent: c.extent, origin: c.origin, interpolation: c.interpolation, cmap: c.cmap },
      undefined,
      ALL_COLORMAPS,
    );
    const window = cellWindow(c.view, p.extent, c.rows, c.cols, c.origin);
    const kernel = kernelFor(p, c.width, c.height, window);
    expect(kernel?.name ?? 'nearest').toBe(c.resolved);
    const pixels = heatmapPixelsOnCpu(p, kernel, c.width, c.height, window);
    const diff = compareImages({ width: c.width, height: c.height, data: new Uint8Array(pixels.buffer) }, loadViewPng(c));
    console.log(`${name}: mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}, ${(diff.exactPixels * 100).toFixed(2)}% identical`);
    // What remains is Agg's DDA jitter of the sample positions (≤ 1/256 cell), which no renderer reproduces.
    expect(diff.meanAbs).toBeLessThan(0.1);
    expect(diff.exactPixels).toBeGreaterThan(0.95);
    // Transparent exactly where matplotlib drew no image.
    const theirs = loadViewPng(c).data;
    const alphaMismatches = Array.from({ length: c.width * c.height }, (_, i) => (theirs[i * 4 + 3] === 0) !== (pixels[i * 4 + 3] === 0));
    expect(alphaMismatches.filter(Boolean).length).toBe(0);
  });
});
