import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContourHeatmap, createContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from '../src';
import { seededRandom } from './fields';
import { randomProps } from './randomProps';

type Check = 'pending' | 'checking' | 'pass' | 'fail';

/** Decodes a base64 PNG to RGBA pixels. */
async function pixels(base64: string): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

/** The same props drawn alone, by a chart of its own off screen. */
async function soloRender(props: ContourHeatmapProps): Promise<string> {
  const host = document.createElement('div');
  host.style.cssText = 'position: absolute; left: -10000px; top: 0';
  document.body.append(host);
  const chart = createContourHeatmap(host);
  try {
    chart.update(props);
    return await chart.toBase64();
  } finally {
    chart.destroy();
    host.remove();
  }
}

async function matchesSolo(handle: ContourHeatmapHandle, props: ContourHeatmapProps): Promise<boolean> {
  const [a, b] = await Promise.all([handle.toBase64().then(pixels), soloRender(props).then(pixels)]);
  return a.length === b.length && a.every((v, i) => Math.abs(v - b[i]!) <= 1);
}

function Stress() {
  const [count, setCount] = useState(24);
  const random = useRef(seededRandom(1));
  const [props, setProps] = useState<ContourHeatmapProps[]>(() => Array.from({ length: 200 }, () => randomProps(random.current)));
  const handles = useRef<(ContourHeatmapHandle | null)[]>([]);
  const [checks, setChecks] = useState<Check[]>([]);
  const [status, setStatus] = useState('');

  function fireUpdates(n: number) {
    setChecks([]);
    // All updates at once, in random order over the visible charts, with no waiting in between.
    setProps((current) => {
      const next = [...current];
      for (let u = 0; u < n; u++) next[Math.floor(random.current() * count)] = randomProps(random.current);
      return next;
    });
    setStatus(`${n} updates fired`);
  }

  async function checkAll() {
    setChecks(Array(count).fill('checking'));
    let failed = 0;
    for (let i = 0; i < count; i++) {
      const ok = await matchesSolo(handles.current[i]!, props[i]!);
      if (!ok) failed++;
      setChecks((c) => Object.assign([...c], { [i]: ok ? 'pass' : 'fail' }));
    }
    setStatus(`${count - failed} of ${count} charts equal their props drawn alone`);
  }

  useEffect(() => setChecks([]), [count]);

  return (
    <>
      <h1>Many charts, updated in any order</h1>
      <div className="controls">
        <label>
          Charts <input type="range" min={1} max={200} value={count} onChange={(e) => setCount(Number(e.target.value))} />{' '}
          <output id="count">{count}</output>
        </label>
        <button onClick={() => fireUpdates(500)}>Fire 500 random updates</button>
        <button onClick={checkAll}>Check every chart against its solo render</button>
        <span id="status" role="status">
          {status}
        </span>
      </div>
      <div className="grid">
        {props.slice(0, count).map((p, i) => (
          <div key={i} className="cell" data-check={checks[i] ?? 'pending'}>
            <ContourHeatmap ref={(h) => void (handles.current[i] = h)} {...p} />
          </div>
        ))}
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Stress />
  </StrictMode>,
);
