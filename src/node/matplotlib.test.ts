// The whole figure drawn in Node against matplotlib's savefig of the same figure
// (fixtures/matplotlib/figures/): the bounds of the browser's figure spec (e2e/figure.spec.ts).
import { describe, expect, it } from 'vitest';
import { FIGURE_NAMES, cropImage, figurePng, loadFigureFixture } from '../../test-support/figureFixtures';
import { compareImages, decodePng } from '../../test-support/matplotlibFixtures';
import { renderToBuffer, type ChartOptions } from './index';

describe.each(FIGURE_NAMES)('figure %s in Node', (name) => {
  it('matches matplotlib’s savefig', async () => {
    const fixture = loadFigureFixture(name);
    const ours = decodePng(await renderToBuffer({ ...(fixture.props as unknown as ChartOptions), pixelRatio: 1 }));
    const theirs = decodePng(figurePng(name));
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    const whole = compareImages(ours, theirs);
    const inside = compareImages(cropImage(ours, fixture.axesBox), cropImage(theirs, fixture.axesBox));
    console.log(
      `node ${name}: figure mean |Δ| ${whole.meanAbs.toFixed(3)}/255 (${(whole.exactPixels * 100).toFixed(2)}% identical), inside the axes ${inside.meanAbs.toFixed(3)}/255`,
    );
    // The browser's bounds (e2e/figure.spec.ts): the seed's is the issue's; the others' axes boxes
    // sit on fractional pixels, and text rasterisers differ.
    const bound = name === 'seed' ? { whole: 2.5, inside: 1.5 } : { whole: 4, inside: 3 };
    expect(whole.meanAbs).toBeLessThanOrEqual(bound.whole);
    expect(inside.meanAbs).toBeLessThanOrEqual(bound.inside);
  });
});
