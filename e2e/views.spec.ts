// Views (issue #11): the chart's `view` as matplotlib's set_xlim / set_ylim, against matplotlib
// 3.6.3 (fixtures/matplotlib/views/): the image layer resampled for the view at full resolution
// on the GPU and on the CPU, with the kernel 'antialiased' picks for the whole image's displayed
// size, transparent wherever the axes show no image.
import { expect, test, type Page } from '@playwright/test';
import { compareImages, type Rgba } from '../test-support/matplotlibFixtures';
import { loadViewCase, loadViewPng, viewCaseNames, type ViewCase } from '../test-support/viewFixtures';
import { ALL_COLORMAPS } from '../test-support/colormaps';
import { kernelFor, resolvePicture } from '../src/core/options';
import { cellWindow } from '../src/core/view/view';
import { heatmapPixelsOnCpu } from '../src/cpu/cpuRenderer';
import { decodeBase64Png, openHarness, pretendCores, recordFidelity } from './support';

/** The fixture as chart props: imshow's arguments, the view, no contours. */
function propsFor(c: ViewCase, renderer: 'gpu' | 'cpu') {
  return {
    z: c.z,
    extent: c.extent,
    origin: c.origin,
    interpolation: c.interpolation,
    cmap: c.cmap,
    view: c.view,
    contours: false,
    width: c.width,
    height: c.height,
    pixelRatio: 1,
    renderer,
  };
}

/** The chart drawn with the props, and which renderer drew its heatmap (the chart's data-renderer). */
async function draw(
  page: Page,
  props: ReturnType<typeof propsFor> & { interpolationStage?: 'rgba' },
): Promise<{ image: Rgba; renderer: string | null }> {
  const id = `view-${props.renderer}`;
  await page.evaluate(([id, p]) => window.harness.mount(id, p as never), [id, props] as const);
  const host = page.locator(`[data-harness="${id}"] .contour-heatmap`);
  await expect(host).toHaveAttribute('data-ready', 'true');
  const renderer = await host.getAttribute('data-renderer');
  const base64 = await page.evaluate((id) => window.harness.toBase64(id), id);
  await page.evaluate((id) => window.harness.unmount(id), id);
  return { image: decodeBase64Png(base64), renderer };
}

/** Pixels whose transparency differs: drawn where matplotlib drew nothing, or the other way. */
function alphaMismatches(ours: Rgba, theirs: Rgba): number {
  let n = 0;
  for (let i = 3; i < ours.data.length; i += 4) if ((ours.data[i] === 0) !== (theirs.data[i] === 0)) n++;
  return n;
}

for (const name of viewCaseNames()) {
  test(`${name}: the heatmap in the view matches matplotlib's after set_xlim / set_ylim, on the GPU and on the CPU`, async ({ page }) => {
    const problems = await openHarness(page);
    const c = loadViewCase(name);
    const theirs = loadViewPng(c);
    const drawn: Rgba[] = [];
    for (const renderer of ['gpu', 'cpu'] as const) {
      const { image: ours, renderer: used } = await draw(page, propsFor(c, renderer));
      expect(used).toBe(renderer);
      expect([ours.width, ours.height]).toEqual([c.width, c.height]);
      const diff = compareImages(ours, theirs);
      recordFidelity('view', name, { renderer, ...diff });
      console.log(
        `${name} (${renderer}): mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}, ${(diff.exactPixels * 100).toFixed(2)}% pixels identical`,
      );
      // What remains is Agg's DDA jitter of the sample positions (≤ 1/256 cell), reproduced by neither renderer.
      expect.soft(diff.meanAbs, `${renderer}: mean |Δ|`).toBeLessThan(1);
      expect.soft(diff.exactPixels, `${renderer}: pixels identical`).toBeGreaterThan(0.95);
      expect
        .soft(alphaMismatches(ours, theirs), `${renderer}: pixels transparent where matplotlib's are not, or not where they are`)
        .toBe(0);
      drawn.push(ours);
    }
    const between = compareImages(drawn[0]!, drawn[1]!);
    recordFidelity('GPU vs CPU', `views/${name}`, { reference: 'the CPU renderer', ...between });
    console.log(
      `${name} GPU vs CPU: mean |Δ| ${between.meanAbs.toFixed(4)}/255, ${(between.exactPixels * 100).toFixed(2)}% pixels identical`,
    );
    expect(between.meanAbs).toBeLessThan(1);
    expect(problems).toEqual([]);
  });
}

test('a big picture in a view is drawn in the resample workers as drawn whole, and on the GPU in strips', async ({ page }) => {
  // A 4-core machine's page (charts start resample workers only from 4 cores); counts the workers it starts.
  await pretendCores(page, 4);
  await page.addInitScript(() => {
    const started: string[] = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
    Object.assign(window, { startedWorkers: started });
  });
  const problems = await openHarness(page);
  // The downsample case's 600 × 400 grid zoomed in (about 4 px per cell) at 1300 × 1000 px with
  // spline36: over 9M tap reads, past the chart's threshold for its workers.
  const c = loadViewCase('downsample');
  const props = {
    ...propsFor(c, 'cpu'),
    interpolation: 'spline36' as const,
    view: { x: [120, 440] as [number, number], y: [330, 80] as [number, number] },
    width: 1300,
    height: 1000,
  };
  const { image, renderer } = await draw(page, props);
  expect(renderer).toBe('cpu');
  const workers = await page.evaluate(
    () => (window as unknown as { startedWorkers: string[] }).startedWorkers.filter((u) => /resampleWorker/.test(u)).length,
  );
  expect(workers).toBeGreaterThan(0);
  const p = resolvePicture(
    { z: c.z, extent: c.extent, origin: c.origin, interpolation: props.interpolation, cmap: c.cmap },
    undefined,
    ALL_COLORMAPS,
  );
  const cells = cellWindow(props.view, p.extent, c.rows, c.cols, c.origin);
  const whole = heatmapPixelsOnCpu(p, kernelFor(p, props.width, props.height, cells), props.width, props.height, cells);
  const diff = compareImages(image, { width: props.width, height: props.height, data: new Uint8Array(whole.buffer) });
  expect(diff.maxAbs).toBe(0);
  // The GPU draws it in strips of rows, each running the horizontal pass over the input rows its
  // part of the window reads (gl/heatmapStrips.ts): the same picture, up to float32 rounding.
  const gpu = await draw(page, { ...props, renderer: 'gpu' });
  expect(gpu.renderer).toBe('gpu');
  const between = compareImages(gpu.image, image);
  console.log(
    `big view GPU vs CPU: mean |Δ| ${between.meanAbs.toFixed(4)}/255, ${(between.exactPixels * 100).toFixed(2)}% pixels identical`,
  );
  expect(between.meanAbs).toBeLessThan(0.1);
  expect(problems).toEqual([]);
});

test('the rgba interpolation stage in a view: the GPU draws what the CPU draws, transparent off the extent', async ({ page }) => {
  const problems = await openHarness(page);
  // Zoomed out, hanning resampling the cells' colours; no NaN cells, so the image is opaque.
  const c = loadViewCase('antialiased-hanning');
  const drawn: Rgba[] = [];
  for (const renderer of ['gpu', 'cpu'] as const) {
    const { image, renderer: used } = await draw(page, { ...propsFor(c, renderer), interpolationStage: 'rgba' });
    expect(used).toBe(renderer);
    // The same extent and view as matplotlib's data-stage picture: the same pixels hold the image.
    expect(alphaMismatches(image, loadViewPng(c))).toBe(0);
    drawn.push(image);
  }
  const between = compareImages(drawn[0]!, drawn[1]!);
  console.log(`rgba stage in a view, GPU vs CPU: mean |Δ| ${between.meanAbs.toFixed(4)}/255, max ${between.maxAbs}`);
  expect(between.meanAbs).toBeLessThan(0.1);
  expect(problems).toEqual([]);
});
