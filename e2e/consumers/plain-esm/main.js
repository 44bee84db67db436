// Two charts from the installed package's files, with no bundler: a 40 × 40 grid (traced on the
// main thread) and a 400 × 400 grid (its filled contours traced in the package's worker, drawn with WebGL). Each exports
// itself once drawn into window.consumer, which the test reads (the page contract in
// e2e/consumers/support.mjs).
//
// contour-heatmap/vanilla, not the package's index: the index also exports the React component, so
// it imports `react`, which has no ES module build a browser could load.
import { createContourHeatmap } from 'contour-heatmap/vanilla';

const consumer = { exports: {}, errors: [] };
window.consumer = consumer;

/** n × n rows of a smooth field with peaks and a saddle. */
function field(n) {
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => {
      const x = (c / (n - 1)) * 6 - 3;
      const y = (r / (n - 1)) * 6 - 3;
      return Math.exp(-(x * x + y * y) / 2) - 0.6 * Math.exp(-((x - 1.5) ** 2 + (y + 1) ** 2));
    }),
  );
}

async function draw(id, n) {
  const host = document.querySelector(`[data-testid="${id}"]`);
  const chart = createContourHeatmap(host, { onError: (e) => consumer.errors.push(`${id}: ${e.message}`) });
  chart.update({
    z: field(n),
    extent: [-3, 3, -3, 3],
    origin: 'lower',
    cmap: 'RdBu_r',
    contours: { levels: 10, colors: 'k', filled: true, lines: true, cmap: 'RdBu_r' },
    renderer: n > 100 ? 'gpu' : 'auto',
    width: 320,
    height: 240,
  });
  await chart.whenReady();
  const [dataURL, base64] = await Promise.all([chart.toDataURL('image/png'), chart.toBase64('image/png')]);
  consumer.exports[id] = { dataURL, base64 };
}

for (const [id, n] of [
  ['small', 40],
  ['large', 400],
]) {
  draw(id, n).catch((e) => consumer.errors.push(`${id}: ${e.message}`));
}
