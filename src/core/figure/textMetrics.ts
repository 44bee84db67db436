import type { Font } from '../scene/scene';

/** A text's extent in CSS px: advance width, and the ascent and descent from its baseline. */
export interface TextExtent {
  readonly width: number;
  readonly ascent: number;
  readonly descent: number;
}

/**
 * Measures text in a font. Injected into the scene builder, so the same builder serves the browser
 * (a canvas's measureText) and Node (a Node canvas's), as matplotlib asks its renderer.
 */
export type MeasureText = (text: string, font: Font) => TextExtent;

/**
 * matplotlib's text box (text.py `_get_layout`): a line is never shorter than "lp" — its height
 * and descent are at least those of "lp" in the same font — so labels of digits and of letters
 * line up.
 */
export function lineBox(measure: MeasureText, text: string, font: Font): { width: number; height: number; descent: number } {
  const t = measure(text, font);
  const lp = measure('lp', font);
  const descent = Math.max(t.descent, lp.descent);
  const height = Math.max(t.ascent + t.descent, lp.ascent + lp.descent, descent + t.ascent);
  return { width: t.width, height, descent };
}
