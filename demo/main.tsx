import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContourHeatmap, type ContourHeatmapHandle, type ImageType } from '../src';
import { GALLERY, type GalleryChart } from './gallery';
import { LinkedDemo } from './linked';

function ChartCard({ chart }: { chart: GalleryChart }) {
  const ref = useRef<ContourHeatmapHandle>(null);
  const [props] = useState(chart.props);
  const [exported, setExported] = useState<{ type: ImageType; length: number; url: string; ms: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportAs(type: ImageType) {
    try {
      const started = performance.now();
      const base64 = await ref.current!.toBase64(type, type === 'image/jpeg' ? 0.9 : undefined);
      setExported({ type, length: base64.length, url: `data:${type};base64,${base64}`, ms: performance.now() - started });
    } catch (e) {
      setError(String(e));
    }
  }

  return (
    <section className="card" data-chart={chart.id}>
      <h2>{chart.title}</h2>
      <code>{chart.code}</code>
      <ContourHeatmap ref={ref} {...props} onError={(e) => setError(e.message)} />
      {chart.id === 'seed' && (
        <figure className="reference">
          <img src="/fixtures/matplotlib/figures/seed.png" width={1000} height={500} alt="matplotlib's savefig of the seed figure" />
          <figcaption>matplotlib 3.6.3's own savefig of the same figure, for comparison</figcaption>
        </figure>
      )}
      <div className="export">
        <button onClick={() => exportAs('image/png')}>Export PNG</button>
        <button onClick={() => exportAs('image/jpeg')}>Export JPEG</button>
        {exported && (
          <span className="export-result">
            {exported.type}: base64 length <output>{exported.length}</output> ({exported.ms.toFixed(0)} ms)
          </span>
        )}
        {error && <span role="alert">{error}</span>}
        {exported && <img src={exported.url} alt={`exported ${chart.id}`} />}
      </div>
    </section>
  );
}

function App() {
  return (
    <>
      <h1>contour-heatmap</h1>
      <p className="lede">
        Each chart owns all of its state (and its own WebGL context when it draws with WebGL; small pictures are drawn on the CPU). The
        pictures reproduce matplotlib's imshow + contour for the same arguments.{' '}
        <a href="/playground.html">Playground: every option, live, with its export and matplotlib code</a>.{' '}
        <a href="/stress.html">Stress page: up to 200 charts under random concurrent updates</a>. Docs:{' '}
        <a href="/docs/PROPS.md">every prop</a>, <a href="/README.md">install and quick starts</a>. Every chart reads the value under the
        pointer, zooms with the wheel about it, pans when dragged and resets on a double click (or, focused: arrows, + − and 0).
      </p>
      <div className="gallery">
        {GALLERY.map((chart) => (
          <ChartCard key={chart.id} chart={chart} />
        ))}
        <LinkedDemo />
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
