// Shared by the robustness specs (e2e/robustness*.spec.ts): loads the page-side helpers
// (e2e/harness/robustness.tsx) into the harness page, and checks what a chart showed and exported
// against the one error channel the library promises.
import { expect, type Page } from '@playwright/test';
import type { Rgba } from '../test-support/matplotlibFixtures';
import type { Observed } from './harness/robustness';
import { decodeBase64Png, openHarness } from './support';

export type { Observed } from './harness/robustness';

/** Opens the harness page and installs window.robust; returns the console/page problems seen from then on. */
export async function openRobust(page: Page): Promise<string[]> {
  const problems = await openHarness(page);
  await page.evaluate(async () => {
    const url = '/e2e/harness/robustness.tsx';
    await import(url);
  });
  return problems;
}

/** What a picture holds: how much is opaque, how much is not white, how many colours. */
export function pngStats(png: Rgba) {
  const n = png.width * png.height;
  let opaque = 0;
  let transparent = 0;
  let nonWhite = 0;
  const colors = new Set<number>();
  for (let i = 0; i < n; i++) {
    const [r, g, b, a] = [png.data[4 * i]!, png.data[4 * i + 1]!, png.data[4 * i + 2]!, png.data[4 * i + 3]!];
    if (a === 255) opaque++;
    if (a === 0) transparent++;
    if (a > 0 && !(r > 250 && g > 250 && b > 250)) nonWhite++;
    if (colors.size < 4096) colors.add(((r * 256 + g) * 256 + b) * 256 + a);
  }
  return {
    width: png.width,
    height: png.height,
    opaque: opaque / n,
    transparent: transparent / n,
    nonWhite: nonWhite / n,
    colors: colors.size,
  };
}

/** The fraction of fully opaque pixels in the picture's rightmost `columns` columns. */
export function rightColumnsOpaque(png: Rgba, columns: number): number {
  let opaque = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = png.width - columns; x < png.width; x++) if (png.data[4 * (y * png.width + x) + 3] === 255) opaque++;
  }
  return opaque / (png.height * columns);
}

/**
 * The chart failed with one clear error: `contour-heatmap: invalid prop "<prop>": …` (or, with
 * `prefix`, any message starting so), reported once through onError, in data-error and in the alert
 * box (visible, the chart's size when `size` is known, the message as text), data-ready false,
 * whenReady and the export rejected with the same message, nothing of a picture left on screen.
 */
export function expectFailure(
  o: Observed,
  expected: { prop?: string; prefix?: string; size?: { width: number; height: number } | null; message?: RegExp },
) {
  const prefix = expected.prefix ?? `contour-heatmap: invalid prop "${expected.prop}": `;
  expect(o.outcome, `whenReady should reject, got ${o.outcome}`).toBe('error');
  expect(o.dataError ?? '', 'data-error').toContain(prefix);
  expect(o.dataError!.startsWith(prefix), `data-error should start with ${prefix}, got ${o.dataError}`).toBe(true);
  if (expected.message) expect(o.dataError).toMatch(expected.message);
  expect(o.dataError, 'no internal error leaks out').not.toMatch(
    /Maximum call stack|is not a function|Cannot read propert|undefined is not|\[object Object\]/,
  );
  expect(o.whenReadyError).toBe(o.dataError);
  expect(o.dataReady).toBe('false');
  expect(o.errors, 'onError is called exactly once, with the shown message').toEqual([o.dataError]);
  expect(o.exported, 'the export is rejected with the error').toEqual({ ok: false, error: o.dataError });
  expect(o.alert, 'the error box is shown').not.toBeNull();
  expect(o.alert!.role).toBe('alert');
  expect(o.alert!.visible).toBe(true);
  expect(o.alert!.text).toBe(o.dataError);
  if (expected.size) {
    expect(o.alert!.width, 'the error box keeps the chart’s width').toBeCloseTo(expected.size.width, 0);
    expect(o.alert!.height, 'the error box keeps the chart’s height').toBeCloseTo(expected.size.height, 0);
    expect(o.host).toEqual({ width: expected.size.width, height: expected.size.height });
  } else {
    expect(o.alert!.width * o.alert!.height, 'the error box has an area').toBeGreaterThan(0);
  }
  expect(o.paths, 'no contour lines of an earlier picture stay').toBe(0);
  expect(o.injected).toEqual([]);
  expect(o.pwned).toBe(false);
}

/** The chart drew: ready, no error anywhere, an export of width × height × pixelRatio; returns the decoded export. */
export function expectPicture(o: Observed, size: { width: number; height: number; pixelRatio: number }): Rgba {
  expect(o.errors, 'no error reported').toEqual([]);
  expect(o.outcome, `whenReady should resolve (error: ${o.whenReadyError})`).toBe('ready');
  expect(o.dataReady).toBe('true');
  expect(o.dataError).toBeNull();
  expect(o.alert).toBeNull();
  expect(o.readyCalls).toBeGreaterThanOrEqual(1);
  expect(o.exported.ok, `the export resolves (${JSON.stringify(o.exported).slice(0, 200)})`).toBe(true);
  const png = decodeBase64Png((o.exported as { base64: string }).base64);
  expect([png.width, png.height]).toEqual([Math.round(size.width * size.pixelRatio), Math.round(size.height * size.pixelRatio)]);
  expect(o.host).toEqual({ width: size.width, height: size.height });
  expect(o.injected).toEqual([]);
  expect(o.pwned).toBe(false);
  return png;
}
