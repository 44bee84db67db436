import { useMemo } from 'react';
import { ContourHeatmap, LinkedCharts } from '../src';
import { seedField } from './fields';

/** The seed field at three moments of a slow drift and growth: small multiples that read as one figure. */
function moments() {
  const { x, y, z } = seedField(0.25);
  return [0, 1, 2].map((t) => ({
    t,
    x,
    y,
    z: z.map((row, i) => row.map((v, j) => v * (1 + 0.4 * t) + 0.15 * t * Math.sin((i + j * (1 + t)) / 6))),
  }));
}

/** Three linked charts: one view (zoom or pan any), one hover, one colour scale. */
export function LinkedDemo() {
  const runs = useMemo(moments, []);
  return (
    <section className="card" data-linked>
      <h2>Linked small multiples: zoom, pan or point at any one</h2>
      <code>{'<LinkedCharts shareNorm>{runs.map((run) => <ContourHeatmap z={run.z} … colorbar />)}</LinkedCharts>'}</code>
      <div className="linked">
        <LinkedCharts shareNorm>
          {runs.map((run) => (
            <ContourHeatmap
              key={run.t}
              z={run.z}
              extent={[-3, 4, -4, 3]}
              origin="lower"
              interpolation="bicubic"
              cmap="RdBu_r"
              contours={{ levels: 8, colors: 'k', x: run.x, y: run.y }}
              axes={{ title: `t = ${run.t}` }}
              colorbar
              width={420}
              height={300}
            />
          ))}
        </LinkedCharts>
      </div>
    </section>
  );
}
