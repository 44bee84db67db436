// The whole figure against matplotlib's savefig of the same figure (fixtures/matplotlib/figures/):
// the DOM contract (boxes, ticks, labels, offset texts, titles, contour labels) and the export.
import { expect, test, type Page } from '@playwright/test';
import { FIGURE_NAMES, cropImage, figurePng, loadFigureFixture, type FigureBox, type FigureFixture } from '../test-support/figureFixtures';
import { compareImages, decodePng } from '../test-support/matplotlibFixtures';
import { decodeBase64Png, openHarness, recordFidelity } from './support';

/** Element boxes relative to the chart's root, in CSS px. */
async function boxOf(page: Page, selector: string): Promise<FigureBox> {
  return page.evaluate((s) => {
    const root = document.querySelector('.contour-heatmap')!.getBoundingClientRect();
    const r = document.querySelector(`.contour-heatmap ${s}`)!.getBoundingClientRect();
    return { left: r.left - root.left, top: r.top - root.top, width: r.width, height: r.height };
  }, selector);
}

function expectBoxNear(actual: FigureBox, expected: FigureBox, tolerance: number): void {
  for (const key of ['left', 'top', 'width', 'height'] as const)
    expect(Math.abs(actual[key] - expected[key]), key).toBeLessThanOrEqual(tolerance);
}

/** The ticks an axis shows in the DOM: value, label text and the mark's position along the axis. */
async function domTicks(page: Page, axis: string): Promise<{ value: number; label: string; pixel: number }[]> {
  return page.evaluate((a) => {
    const root = document.querySelector('.contour-heatmap')!.getBoundingClientRect();
    return [...document.querySelectorAll(`[data-axis="${a}"]:not([data-minor])`)].map((g) => {
      const line = g.querySelector('line')!.getBoundingClientRect();
      const vertical = a === 'x' || (a === 'colorbar' && line.height > line.width);
      return {
        value: Number(g.getAttribute('data-tick')),
        label: g.querySelector('text')!.textContent!,
        pixel: vertical ? line.left + line.width / 2 - root.left : line.top + line.height / 2 - root.top,
      };
    });
  }, axis);
}

async function mountFigure(page: Page, fixture: FigureFixture): Promise<void> {
  await page.evaluate((p) => window.harness.mount('figure', p as never), { ...fixture.props, pixelRatio: 1 });
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
}

for (const name of FIGURE_NAMES) {
  const fixture = loadFigureFixture(name);
  test(`${name}: axes, ticks, labels and colorbar are matplotlib's, and the export matches its savefig`, async ({ page }) => {
    const problems = await openHarness(page);
    await mountFigure(page, fixture);

    expectBoxNear(await boxOf(page, '.contour-heatmap-axes'), fixture.axesBox, 1);
    if (fixture.colorbarBox) expectBoxNear(await boxOf(page, '.contour-heatmap-colorbar'), fixture.colorbarBox, 1);
    else await expect(page.locator('.contour-heatmap-colorbar')).toHaveCount(0);

    const axes = [
      ['x', fixture.xaxis],
      ['y', fixture.yaxis],
      ...(fixture.colorbar ? [['colorbar', fixture.colorbar] as const] : []),
    ] as const;
    for (const [axis, expected] of axes) {
      const ticks = await domTicks(page, axis);
      const visible = expected.ticks.filter((t) => t.labelVisible);
      expect(
        ticks.map((t) => t.value),
        axis,
      ).toEqual(visible.map((t) => t.value));
      // Log labels are mathtext in matplotlib: '10' with a superscript, whose text content reads '10−3'.
      expect(
        ticks.map((t) => t.label),
        axis,
      ).toEqual(visible.map((t) => (t.plain ? `${t.plain.base}${t.plain.superscript}` : t.label)));
      ticks.forEach((t, i) => expect(Math.abs(t.pixel - visible[i]!.pixel), `${axis} ${t.value}`).toBeLessThanOrEqual(1));
      const offset = expected.offsetText.text;
      if (offset) await expect(page.locator(`[data-offset="${axis}"]`)).toHaveText(offset);
      else await expect(page.locator(`[data-offset="${axis}"]`)).toHaveCount(0);
    }
    for (const [key, text] of [
      ['title', fixture.title.text],
      ['xlabel', fixture.xaxis.label.text],
      ['ylabel', fixture.yaxis.label.text],
      ['colorbar-label', fixture.colorbar?.label.text ?? ''],
    ] as const) {
      if (text) await expect(page.locator(`[data-text="${key}"]`)).toHaveText(text);
      else await expect(page.locator(`[data-text="${key}"]`)).toHaveCount(0);
    }
    if (fixture.contourLabels) {
      const texts = await page.locator('[data-clabel]').allTextContents();
      // Every labelled level keeps at least one label, with matplotlib's text.
      expect([...new Set(texts)].sort()).toEqual([...new Set(fixture.contourLabels.map((l) => l.text))].sort());
    }

    const ours = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('figure')));
    const theirs = decodePng(figurePng(name));
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    const whole = compareImages(ours, theirs);
    const inside = compareImages(cropImage(ours, fixture.axesBox), cropImage(theirs, fixture.axesBox));
    console.log(
      `${name}: figure mean |Δ| ${whole.meanAbs.toFixed(3)}/255 (${(whole.exactPixels * 100).toFixed(2)}% identical), inside the axes ${inside.meanAbs.toFixed(3)}/255`,
    );
    recordFidelity('whole figure (savefig)', name, whole);
    recordFidelity('whole figure, inside the axes', name, inside);
    const bound = { whole: 2.5, inside: 1.5 };
    expect(whole.meanAbs).toBeLessThanOrEqual(bound.whole);
    expect(inside.meanAbs).toBeLessThanOrEqual(bound.inside);
    expect(problems).toEqual([]);
  });
}

test('toDataURL with scale draws the figure again at the higher resolution; toSVG is a standalone vector document of the same figure', async ({
  page,
}) => {
  const problems = await openHarness(page);
  const fixture = loadFigureFixture('labelled');
  await mountFigure(page, fixture);
  const once = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('figure')));
  const twice = decodeBase64Png(await page.evaluate(() => window.harness.toBase64('figure', 'image/png', undefined, 2)));
  expect([twice.width, twice.height]).toEqual([2 * once.width, 2 * once.height]);
  // Redrawn, not upscaled: 2 × 2 blocks are not all alike (lines and text are crisp at the new
  // size), yet the picture averaged back down is the 1× figure.
  let uniformBlocks = 0;
  const halved = new Uint8Array(once.data.length);
  for (let y = 0; y < once.height; y++) {
    for (let x = 0; x < once.width; x++) {
      const at = (dx: number, dy: number, c: number) => twice.data[((2 * y + dy) * twice.width + 2 * x + dx) * 4 + c]!;
      let same = true;
      for (let c = 0; c < 4; c++) {
        halved[(y * once.width + x) * 4 + c] = Math.round((at(0, 0, c) + at(1, 0, c) + at(0, 1, c) + at(1, 1, c)) / 4);
        same &&= at(0, 0, c) === at(1, 0, c) && at(0, 0, c) === at(0, 1, c) && at(0, 0, c) === at(1, 1, c);
      }
      if (same) uniformBlocks++;
    }
  }
  expect(uniformBlocks / (once.width * once.height)).toBeLessThan(0.95);
  expect(compareImages({ width: once.width, height: once.height, data: halved }, once).meanAbs).toBeLessThan(3);

  const svg = await page.evaluate(() => window.harness.toSVG('figure'));
  const summary = await page.evaluate(async (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(text)))}`;
    await img.decode();
    return {
      tag: root.tagName,
      size: [root.getAttribute('width'), root.getAttribute('height')],
      images: doc.querySelectorAll('image').length,
      ticks: [...doc.querySelectorAll('[data-axis="x"] text')].map((t) => t.textContent),
      title: doc.querySelector('[data-text="title"]')?.textContent,
      paths: doc.querySelectorAll('path[data-level]').length,
      rendered: [img.naturalWidth, img.naturalHeight],
    };
  }, svg);
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(summary).toMatchObject({ tag: 'svg', size: ['1000', '500'], images: 2, title: 'Bivariate normal', rendered: [1000, 500] });
  expect(summary.ticks).toEqual(fixture.xaxis.ticks.filter((t) => t.labelVisible).map((t) => t.label));
  expect(summary.paths).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});
