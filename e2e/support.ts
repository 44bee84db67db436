import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { decodePng, fixtureMatplotlibVersion, type FixtureCase, type Rgba } from '../test-support/matplotlibFixtures';

/** Opens the empty harness page and records every console error and page error. */
export async function openHarness(page: Page): Promise<string[]> {
  const problems = watchConsole(page);
  await page.goto('/harness.html');
  await expect(page.locator('body[data-harness="ready"]')).toBeAttached();
  return problems;
}

/**
 * Makes the page report `cores` logical cores (navigator.hardwareConcurrency), as another machine
 * would: charts start resample workers only on machines with 4 or more (chart/cpuHeatmap.ts).
 */
export async function pretendCores(page: Page, cores: number): Promise<void> {
  await page.addInitScript((n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n }), cores);
}

export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    if (/too many active webgl contexts/i.test(m.text())) problems.push(`context limit hit: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

export function decodeBase64Png(base64: string): Rgba {
  return decodePng(Buffer.from(base64, 'base64'));
}

/** Format and size of an encoded image from its header bytes. */
export function imageHeader(base64: string): { format: 'png' | 'jpeg' | 'other' } {
  const bytes = Buffer.from(base64.slice(0, 16), 'base64');
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return { format: 'png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return { format: 'jpeg' };
  return { format: 'other' };
}

/**
 * Counts the page's WebGL contexts: installs (before any page script) a wrapper around
 * getContext that remembers each WebGL context created, so a test can ask how many are alive.
 */
export async function countContexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Weak, so counting contexts never keeps a chart's canvas alive.
    const created: WeakRef<WebGLRenderingContext>[] = [];
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const ctx = (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      if (ctx && /webgl/.test(type) && !created.some((r) => r.deref() === ctx)) {
        created.push(new WeakRef(ctx as WebGLRenderingContext));
        peak = Math.max(peak, live().length);
      }
      return ctx;
    } as typeof original;
    const live = () => created.map((r) => r.deref()).filter((c): c is WebGLRenderingContext => !!c && !c.isContextLost());
    let peak = 0;
    setInterval(() => (peak = Math.max(peak, live().length)), 5);
    Object.assign(window, {
      liveContexts: () => live().length,
      peakContexts: () => Math.max(peak, live().length),
      // What a browser does under memory pressure, or when it evicts a context for the limit.
      loseLiveContexts: () => live().forEach((c) => c.getExtension('WEBGL_lose_context')!.loseContext()),
    });
  });
}

export function loseLiveContexts(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { loseLiveContexts: () => void }).loseLiveContexts());
}

export function peakContexts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { peakContexts: () => number }).peakContexts());
}

export function liveContexts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { liveContexts: () => number }).liveContexts());
}

/** One measured difference from a reference picture or geometry; every field is optional. */
export interface FidelityMetrics {
  /** Mean |Δ| per channel, in 1/255 (compareImages' meanAbs). */
  meanAbs?: number;
  /** Largest |Δ| of any channel, in 1/255. */
  maxAbs?: number;
  /** Fraction (0–1) of pixels identical in all four channels. */
  exactPixels?: number;
  /** Symmetric Hausdorff distance between our contour lines and the reference's, in grid cells. */
  hausdorffCells?: number;
  /** Which of our renderers drew the picture ('gpu', 'cpu'), or what else was measured ('lines'). */
  renderer?: string;
  /** What we were compared with; defaults to "matplotlib <version of the fixtures>". */
  reference?: string;
}

// scripts/fidelity-table.mjs points FIDELITY_RECORDS at a folder of its own for the run it starts.
const FIDELITY_DIR = process.env.FIDELITY_RECORDS
  ? `${process.env.FIDELITY_RECORDS}/`
  : fileURLToPath(new URL('../test-results/fidelity/', import.meta.url));
let matplotlibVersion: string | undefined;

/**
 * Records a measured difference for docs/FIDELITY.md (scripts/fidelity-table.mjs groups the
 * records by `feature`, any name). Appends one JSON line to test-results/fidelity/<spec>.jsonl
 * (or $FIDELITY_RECORDS/<spec>.jsonl); Playwright empties test-results/ when a run starts, and
 * the table keeps the last record of each feature, case and renderer.
 * `recordFidelity('colormaps', 'viridis', { renderer: 'gpu', ...compareImages(ours, theirs) })`
 */
export function recordFidelity(feature: string, caseName: string, metrics: FidelityMetrics): void {
  const spec = basename(test.info().file).replace(/\.spec\.ts$/, '');
  matplotlibVersion ??= fixtureMatplotlibVersion();
  const record = { feature, case: caseName, spec, reference: `matplotlib ${matplotlibVersion}`, ...metrics };
  mkdirSync(FIDELITY_DIR, { recursive: true });
  appendFileSync(`${FIDELITY_DIR}${spec}.jsonl`, `${JSON.stringify(record)}\n`);
}

/** A cases/ or origins/ fixture as chart props: imshow's arguments and, optionally, contour(…, colors='k'). */
export function casePropsFor(c: Omit<FixtureCase, 'interpolation' | 'cmap'> & { interpolation: string; cmap: string }, contours: boolean) {
  return {
    z: c.z,
    extent: c.extent ?? undefined,
    origin: c.origin,
    interpolation: c.interpolation,
    cmap: c.cmap,
    contours: contours
      ? { levels: c.levelsArg, colors: 'k', cornerMask: c.cornerMask, ...(c.xyExplicit ? { x: c.x, y: c.y } : {}) }
      : false,
    width: c.width,
    height: c.height,
    pixelRatio: 1,
  };
}

/** Mounts props as chart 'chart', waits until drawn, and reads back every contour path's level and path data from the DOM. */
export async function mountedContourPaths(page: Page, props: object): Promise<{ level: number; d: string }[]> {
  await page.evaluate((p) => window.harness.mount('chart', p as never), props);
  await expect(page.locator('.contour-heatmap')).toHaveAttribute('data-ready', 'true');
  return page
    .locator('.contour-heatmap path')
    .evaluateAll((els) => els.map((el) => ({ level: Number(el.getAttribute('data-level')), d: el.getAttribute('d')! })));
}
