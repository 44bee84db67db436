import { expect, type Page } from '@playwright/test';
import { decodePng, type Rgba } from '../src/testing/matplotlibFixtures';

/** Opens the empty harness page and records every console error and page error. */
export async function openHarness(page: Page): Promise<string[]> {
  const problems = watchConsole(page);
  await page.goto('/harness.html');
  await expect(page.locator('body[data-harness="ready"]')).toBeAttached();
  return problems;
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
