// contour-heatmap/node against the browser: the same props drawn in Chromium (the harness's solo
// export, renderer 'cpu', pixelRatio 1) and in Node in this test process (src/node, on
// @napi-rs/canvas). The image layer is the same code, so the same pixels; lines, and text above
// all, are drawn by two builds of Skia with their own fonts' rasterisation, so the figure is compared by its mean.
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_NAMES, figurePng, loadFigureFixture } from '../test-support/figureFixtures';
import { compareImages, decodePng, type Rgba } from '../test-support/matplotlibFixtures';
import { peaksField } from '../demo/fields';
import { renderToBuffer, renderToSVG, type ChartOptions } from '../src/node';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

const BROWSER = 'the browser export (Chromium, renderer cpu)';

/** A figure fixture's props without the figure: the image layer alone (and its contours, if asked). */
function imageLayer(name: string, contours: boolean): Record<string, unknown> {
  const props = loadFigureFixture(name).props;
  return {
    ...props,
    axes: false,
    colorbar: false,
    ...(contours ? {} : { contours: props.heatmap === false ? { ...(props.contours as object), lines: false } : false }),
  };
}

/** NaN as null for JSON (the harness turns null back into NaN). */
function forPage(props: Record<string, unknown>): Record<string, unknown> {
  const z = props.z as number[][];
  return { ...props, z: z.map((row) => row.map((v) => (Number.isNaN(v) ? null : v))), renderer: 'cpu', pixelRatio: 1 };
}

function crop(image: Rgba, box: { left: number; top: number; width: number; height: number }): Rgba {
  const [left, top, width, height] = [box.left, box.top, box.width, box.height].map(Math.round) as [number, number, number, number];
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    data.set(image.data.subarray(((top + y) * image.width + left) * 4, ((top + y) * image.width + left + width) * 4), y * width * 4);
  return { width, height, data };
}

async function inBrowser(page: Page, props: Record<string, unknown>): Promise<Rgba> {
  return decodeBase64Png(await page.evaluate((p) => window.harness.solo(p as never), forPage(props)));
}

async function inNode(props: Record<string, unknown>): Promise<Rgba> {
  return decodePng(await renderToBuffer({ ...props, pixelRatio: 1 } as unknown as ChartOptions));
}

/** Rows × cols of a smooth field, for a grid bigger than the picture (the 'antialiased' kernel downsamples it). */
function bigField(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => Math.sin(c / 17) * Math.cos(r / 23) + 0.2 * Math.sin((r + c) / 7)),
  );
}

const IMAGE_CASES: [string, Record<string, unknown>][] = [
  ...['seed', 'upper', 'lognorm', 'lognorm_bilinear', 'small', 'contourf'].map(
    (name) => [name, imageLayer(name, false)] as [string, Record<string, unknown>],
  ),
  [
    'holes, rgba stage, bicubic',
    {
      z: peaksField(20, 30, [
        [4, 5],
        [12, 20],
        [13, 20],
      ]),
      interpolation: 'bicubic',
      interpolationStage: 'rgba',
      cmap: 'viridis',
      contours: false,
      axes: false,
      width: 450,
      height: 300,
    },
  ],
  [
    'holes, data stage, lanczos',
    {
      z: peaksField(20, 30, [
        [4, 5],
        [12, 20],
      ]),
      interpolation: 'lanczos',
      cmap: 'RdBu_r',
      contours: false,
      axes: false,
      width: 450,
      height: 300,
    },
  ],
  [
    '400 × 300 grid at 200 × 150, antialiased',
    { z: bigField(300, 400), interpolation: 'antialiased', cmap: 'magma', contours: false, axes: false, width: 200, height: 150 },
  ],
  ['seed, zoomed into a view', { ...imageLayer('seed', false), view: { x: [-1.2, 0.9], y: [-0.4, 1.1] } }],
  ['contourf, a reversed view reaching beyond the extent', { ...imageLayer('contourf', true), view: { x: [4, -4], y: [-3.5, 3.5] } }],
];

test('the image layer drawn in Node has the browser’s CPU-renderer pixels', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  for (const [name, props] of IMAGE_CASES) {
    const diff = compareImages(await inNode(props), await inBrowser(page, props));
    rows.push(`${name}: ${(diff.exactPixels * 100).toFixed(3)}% identical, mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}`);
    recordFidelity('Node vs browser', `image layer/${name}`, { renderer: 'node', reference: BROWSER, ...diff });
    expect.soft(diff.maxAbs, name).toBeLessThanOrEqual(1);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});

test('the contour lines drawn in Node over the image layer are the browser’s', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  const zoomed = { ...imageLayer('seed', true), view: { x: [-1.2, 0.9], y: [-0.4, 1.1] } };
  for (const name of ['seed', 'upper', 'lognorm', 'small', 'contourf', 'seed zoomed']) {
    const props = name === 'seed zoomed' ? zoomed : imageLayer(name, true);
    const diff = compareImages(await inNode(props), await inBrowser(page, props));
    rows.push(
      `${name} with lines: ${(diff.exactPixels * 100).toFixed(3)}% identical, mean |Δ| ${diff.meanAbs.toFixed(4)}/255, max ${diff.maxAbs}`,
    );
    recordFidelity('Node vs browser', `image layer + contour lines/${name}`, { renderer: 'node', reference: BROWSER, ...diff });
    // Both are Skia (Chromium's and @napi-rs/canvas's builds): a byte of antialiasing is allowed.
    expect.soft(diff.maxAbs, name).toBeLessThanOrEqual(1);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});

test('the whole figure drawn in Node matches the browser’s export and matplotlib’s savefig', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  for (const name of FIGURE_NAMES) {
    const fixture = loadFigureFixture(name);
    const props = fixture.props;
    const node = await inNode(props);
    const browser = await inBrowser(page, props);
    const matplotlib = decodePng(figurePng(name));
    const vsBrowser = compareImages(node, browser);
    const inside = compareImages(crop(node, fixture.axesBox), crop(browser, fixture.axesBox));
    const vsMatplotlib = compareImages(node, matplotlib);
    const browserVsMatplotlib = compareImages(browser, matplotlib);
    rows.push(
      `${name}: Node vs browser mean |Δ| ${vsBrowser.meanAbs.toFixed(3)}/255 (${(vsBrowser.exactPixels * 100).toFixed(2)}% identical, max ${vsBrowser.maxAbs}; ` +
        `inside the axes max ${inside.maxAbs}, ${(inside.exactPixels * 100).toFixed(3)}% identical); ` +
        `vs matplotlib: Node ${vsMatplotlib.meanAbs.toFixed(3)}/255, browser ${browserVsMatplotlib.meanAbs.toFixed(3)}/255`,
    );
    recordFidelity('Node vs browser', `whole figure/${name}`, { renderer: 'node', reference: BROWSER, ...vsBrowser });
    recordFidelity('whole figure (savefig)', name, { renderer: 'node', ...vsMatplotlib });
    expect.soft(vsBrowser.meanAbs, name).toBeLessThanOrEqual(2.5);
    expect.soft(vsMatplotlib.meanAbs, `${name} vs matplotlib`).toBeLessThanOrEqual(name === 'seed' ? 2.5 : 4);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});

test('the SVG written in Node is the browser’s toSVG document, attribute for attribute', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await openHarness(page);
  const rows: string[] = [];
  for (const name of ['labelled', 'lognorm', 'horizontal', 'contourf']) {
    const props = loadFigureFixture(name).props;
    await page.evaluate((p) => window.harness.mount('svg', p as never), forPage(props));
    await page.evaluate(() => window.harness.ready('svg'));
    const browser = await page.evaluate(() => window.harness.toSVG('svg'));
    await page.evaluate(() => window.harness.unmount('svg'));
    const node = await renderToSVG({ ...props, pixelRatio: 1 } as unknown as ChartOptions);
    // Clip ids are each document's own, and the PNG encoders differ: compare those apart.
    const normalise = (svg: string) => {
      const ids = new Map<string, string>();
      const images: string[] = [];
      const text = svg
        .replace(/id="([^"]+)"/g, (_, id: string) => `id="clip${ids.set(id, `clip${ids.size}`).size - 1}"`)
        .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ids.get(id)})`)
        .replace(/href="data:image\/png;base64,([^"]+)"/g, (_, png: string) => `href="png${images.push(png) - 1}"`);
      return { text, images: images.map((png) => decodePng(Buffer.from(png, 'base64'))) };
    };
    // The browser's root keeps an empty style="" (its painter's style, removed): nothing to write in Node.
    const b = normalise(browser.replace(/(<svg [^>]*?) style=""/, '$1'));
    const n = normalise(node);
    expect(n.text, name).toBe(b.text);
    expect(n.images.length, name).toBe(b.images.length);
    const diffs = n.images.map((image, i) => compareImages(image, b.images[i]!));
    rows.push(
      `${name}: ${node.length} characters, identical but for clip ids and PNG bytes; embedded rasters max |Δ| ${diffs.map((d) => d.maxAbs).join(', ')}`,
    );
    for (const d of diffs) expect(d.maxAbs, name).toBe(0);
  }
  console.log(rows.join('\n'));
  expect(problems).toEqual([]);
});
