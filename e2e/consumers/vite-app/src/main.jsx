// Two charts from the installed package: a 40 × 40 grid (its filled contours traced on the main thread) and a
// 400 × 400 grid (its filled contours traced in the package's worker, drawn with WebGL). Each exports itself once drawn
// into window.consumer, which the test reads (the page contract in e2e/consumers/support.mjs).
import { StrictMode, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { ContourHeatmap } from 'contour-heatmap';

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

function Chart({ id, n }) {
  const chart = useRef(null);
  const z = useMemo(() => field(n), [n]);
  const exportChart = async () => {
    const [dataURL, base64] = await Promise.all([chart.current.toDataURL('image/png'), chart.current.toBase64('image/png')]);
    consumer.exports[id] = { dataURL, base64 };
  };
  return (
    <ContourHeatmap
      ref={chart}
      data-testid={id}
      z={z}
      extent={[-3, 3, -3, 3]}
      origin="lower"
      cmap="RdBu_r"
      contours={{ levels: 10, colors: 'k', filled: true, lines: true, cmap: 'RdBu_r' }}
      renderer={n > 100 ? 'gpu' : 'auto'}
      width={320}
      height={240}
      onError={(e) => consumer.errors.push(`${id}: ${e.message}`)}
      onReady={() => exportChart().catch((e) => consumer.errors.push(`${id} export: ${e.message}`))}
    />
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Chart id="small" n={40} />
    <Chart id="large" n={400} />
  </StrictMode>,
);
