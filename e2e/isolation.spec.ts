// Isolation at scale: many charts on one page, updated in any order, never blank and never mixed.
import { expect, test, type Page } from '@playwright/test';
import { compareImages } from '../test-support/matplotlibFixtures';
import { countContexts, decodeBase64Png, liveContexts, openHarness, peakContexts } from './support';

/** Renders each props object alone on a fresh empty page and returns the exports. */
async function soloRenders(page: Page, props: unknown[]): Promise<string[]> {
  const solo = await page.context().newPage();
  await openHarness(solo);
  const out: string[] = [];
  for (const p of props) out.push(await solo.evaluate((q) => window.harness.solo(q as never), p));
  await solo.close();
  return out;
}

async function expectEachEqualsSolo(page: Page, ids: string[], finals: unknown[]): Promise<void> {
  const alone = await soloRenders(page, finals);
  for (const [i, id] of ids.entries()) {
    const ours = await page.evaluate((c) => window.harness.toBase64(c), id);
    const diff = compareImages(decodeBase64Png(ours), decodeBase64Png(alone[i]!));
    expect(diff.maxAbs, `${id} against its final props rendered alone`).toBeLessThanOrEqual(1);
  }
}

test('50 charts under 500 interleaved random updates each end exactly as their final props drawn alone', async ({ page }) => {
  test.setTimeout(300_000);
  await countContexts(page);
  const problems = await openHarness(page);
  const finals = await page.evaluate(() => window.harness.storm(50, 500, 20261125));
  const ids = finals.map((_, i) => `storm${i}`);
  for (const id of ids) await page.evaluate((c) => window.harness.ready(c), id);
  await expect(page.locator('.contour-heatmap[data-ready="true"]')).toHaveCount(50);
  // The budget keeps the page under the browser's limit: no eviction warning, never more than 8 live.
  expect(await peakContexts(page)).toBeLessThanOrEqual(8);
  await expectEachEqualsSolo(page, ids, finals);
  expect(problems).toEqual([]);
});

test('two charts updated in alternating order never take each other’s data, colours or contours', async ({ page }) => {
  const problems = await openHarness(page);
  const finals = await page.evaluate(() => {
    const h = window.harness;
    const a = (k: number) => ({
      z: [
        [0, k],
        [k, 2 * k],
      ],
      cmap: 'jet',
      interpolation: 'bilinear',
      contours: { levels: 3 },
      width: 90,
      height: 60,
      pixelRatio: 1,
      renderer: 'gpu',
    });
    const b = (k: number) => ({
      z: [
        [k, 0, -k],
        [0, k, 0],
      ],
      cmap: 'viridis',
      interpolation: 'nearest',
      origin: 'lower',
      contours: { levels: [0.5], colors: 'r' },
      width: 90,
      height: 60,
      pixelRatio: 1,
      renderer: 'gpu',
    });
    h.mount('a', a(1) as never);
    h.mount('b', b(1) as never);
    for (let k = 2; k < 40; k++) {
      h.update(k % 2 ? 'a' : 'b', (k % 2 ? a(k) : b(k)) as never);
    }
    return [a(39), b(38)];
  });
  await expectEachEqualsSolo(page, ['a', 'b'], finals);
  expect(problems).toEqual([]);
});

test('200 charts mount correct, stay correct while scrolling, and any of them exports', async ({ page }) => {
  test.setTimeout(400_000);
  await countContexts(page);
  const problems = await openHarness(page);
  // 200 charts over 10 distinct prop sets, so each can be checked against one solo render.
  const sets = await page.evaluate(() => {
    const props = window.harness.storm(10, 0, 7).map((p) => ({ ...p, width: 100, height: 60 }));
    for (let i = 0; i < 10; i++) window.harness.unmount(`storm${i}`);
    for (let i = 0; i < 200; i++) window.harness.mount(`c${i}`, props[i % 10] as never, { style: 'display: inline-block; margin: 2px' });
    return props;
  });
  const ids = Array.from({ length: 200 }, (_, i) => `c${i}`);
  for (const id of ids) await page.evaluate((c) => window.harness.ready(c), id);
  const alone = await soloRenders(page, sets);
  const check = async (id: string, i: number) => {
    const ours = await page.evaluate((c) => window.harness.toBase64(c), id);
    expect(compareImages(decodeBase64Png(ours), decodeBase64Png(alone[i % 10]!)).maxAbs, id).toBeLessThanOrEqual(1);
  };
  for (const [i, id] of ids.entries()) await check(id, i);
  // Scroll through the page: every chart stays drawn (its frame is a bitmap, never blank).
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  const blank = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLCanvasElement>('.contour-heatmap-canvas')].filter((c) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        return !data.some((v) => v !== 0);
      }).length,
  );
  expect(blank).toBe(0);
  await expect(page.locator('.contour-heatmap[data-ready="true"]')).toHaveCount(200);
  for (const i of [0, 57, 133, 199]) await check(`c${i}`, i);
  expect(await peakContexts(page)).toBeLessThanOrEqual(8);
  expect(problems).toEqual([]);
});

test('500 mounts and unmounts (half under StrictMode) end with zero live contexts and no retained canvases', async ({ page }) => {
  test.setTimeout(300_000);
  await countContexts(page);
  await page.addInitScript(() => {
    const refs: WeakRef<HTMLCanvasElement>[] = [];
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (this: Document, tag: string, ...rest: unknown[]) {
      const el = (create as (...a: unknown[]) => HTMLElement).call(this, tag, ...rest);
      if (tag === 'canvas') refs.push(new WeakRef(el as HTMLCanvasElement));
      return el;
    } as typeof create;
    Object.assign(window, { canvasesAlive: () => refs.filter((r) => r.deref()).length, canvasesMade: () => refs.length });
  });
  const problems = await openHarness(page);
  const props = {
    z: [
      [0, 1, 2],
      [2, 1, 0],
      [1, 3, 1],
    ],
    interpolation: 'bicubic',
    contours: { levels: 4 },
    width: 80,
    height: 60,
    pixelRatio: 1,
    renderer: 'gpu',
  };
  for (let i = 0; i < 500; i++) {
    await page.evaluate(
      async ([id, p, strict]) => {
        window.harness.mount(id as string, p as never, { strict: strict as boolean });
        await window.harness.ready(id as string);
        window.harness.unmount(id as string);
      },
      [`m${i}`, props, i % 2 === 0] as const,
    );
  }
  expect(await liveContexts(page)).toBe(0);
  const alive = await page.evaluate(async () => {
    // Collect garbage (Chromium runs with --js-flags=--expose-gc), then count surviving canvases.
    for (let i = 0; i < 3; i++) {
      (window as unknown as { gc: () => void }).gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    const w = window as unknown as { canvasesAlive: () => number; canvasesMade: () => number };
    return { alive: w.canvasesAlive(), made: w.canvasesMade() };
  });
  expect(alive.made).toBeGreaterThanOrEqual(1000);
  expect(alive.alive).toBeLessThanOrEqual(4);
  expect(problems).toEqual([]);
});
