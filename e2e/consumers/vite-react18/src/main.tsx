// Two charts from the installed package, typed as a strict TypeScript app writes them against
// React 18's types: a 40 × 40 grid (its filled contours traced on the main thread) and a 400 × 400
// grid (its filled contours traced in the package's worker, drawn with WebGL). Each exports itself once drawn into window.consumer, which
// the test reads (the page contract in e2e/consumers/support.mjs).
import { StrictMode, useMemo, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { ContourHeatmap, type ContourHeatmapHandle } from 'contour-heatmap';

interface Consumer {
  exports: Record<string, { dataURL: string; base64: string }>;
  errors: string[];
}

declare global {
  interface Window {
    consumer: Consumer;
  }
}

const consumer: Consumer = { exports: {}, errors: [] };
window.consumer = consumer;

/** n × n rows of a smooth field with peaks and a saddle. */
function field(n: number): number[][] {
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => {
      const x = (c / (n - 1)) * 6 - 3;
      const y = (r / (n - 1)) * 6 - 3;
      return Math.exp(-(x * x + y * y) / 2) - 0.6 * Math.exp(-((x - 1.5) ** 2 + (y + 1) ** 2));
    }),
  );
}

function Chart({ id, n }: { id: string; n: number }) {
  const chart = useRef<ContourHeatmapHandle>(null);
  const z = useMemo(() => field(n), [n]);

  async function exportChart(): Promise<void> {
    const handle = chart.current;
    if (!handle) return;
    const [dataURL, base64] = await Promise.all([handle.toDataURL('image/png'), handle.toBase64('image/png')]);
    consumer.exports[id] = { dataURL, base64 };
  }

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
      onError={(e: Error) => consumer.errors.push(`${id}: ${e.message}`)}
      onReady={() => void exportChart().catch((e: unknown) => consumer.errors.push(`${id} export: ${String(e)}`))}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Chart id="small" n={40} />
    <Chart id="large" n={400} />
  </StrictMode>,
);
