import type { MeasureText, TextExtent } from '../core/figure/textMetrics';

/**
 * Measures text with a 2-D canvas of the chart's own, as the export will draw it. Extents are
 * cached per font and text for the chart's lifetime (tick labels repeat from draw to draw).
 */
export function createTextMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, TextExtent>();
  return (text, font) => {
    const css = `${font.size}px ${font.family}`;
    const key = `${css}\n${text}`;
    let extent = cache.get(key);
    if (!extent) {
      extent = measureWith(ctx, css, text, font.size);
      if (cache.size > 2000) cache.clear();
      cache.set(key, extent);
    }
    return extent;
  };
}

/** The ink's ascent and descent where the canvas reports them, else a typical sans-serif's proportions. */
function measureWith(ctx: CanvasRenderingContext2D | null, css: string, text: string, size: number): TextExtent {
  if (!ctx) return { width: text.length * size * 0.6, ascent: size * 0.76, descent: size * 0.24 };
  ctx.font = css;
  const m = ctx.measureText(text);
  return { width: m.width, ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent };
}
