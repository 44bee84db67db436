// The stress demo: many charts, a storm of concurrent updates, and its own live check against solo renders.
import { expect, test } from '@playwright/test';
import { countContexts, peakContexts, watchConsole } from './support';

test('the stress page stays correct: 40 charts, 500 random updates, every chart green', async ({ page }) => {
  test.setTimeout(300_000);
  await countContexts(page);
  const problems = watchConsole(page);
  await page.goto('/stress.html');
  await page.locator('input[type="range"]').fill('40');
  await expect(page.locator('#count')).toHaveText('40');
  await expect(page.locator('.contour-heatmap')).toHaveCount(40);
  await page.getByRole('button', { name: 'Fire 500 random updates' }).click();
  await page.getByRole('button', { name: 'Check every chart against its solo render' }).click();
  await expect(page.locator('#status')).toHaveText('40 of 40 charts equal their props drawn alone', { timeout: 240_000 });
  await expect(page.locator('.cell[data-check="pass"]')).toHaveCount(40);
  expect(await peakContexts(page)).toBeLessThanOrEqual(8);
  expect(problems).toEqual([]);
});
