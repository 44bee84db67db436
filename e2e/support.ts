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
