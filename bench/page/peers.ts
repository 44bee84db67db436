// The peer: Plotly.js, configured as close to our picture as it goes (no axes, margins, colour bar
// or interactivity), so every millisecond it spends is on the heatmap and the contour lines.
import Plotly from 'plotly.js-dist-min';
import { levelsFromCount } from '../../src';

export { Plotly };

export interface PlotlyData {
  readonly x: number[];
  readonly y: number[];
  readonly z: number[][];
  readonly min: number;
  readonly max: number;
}

/**
 * The levels ours draws for `levels: 10` (matplotlib's rule) that lie inside the data range, as
 * Plotly's start/end/size: `ncontours` alone is only a maximum for Plotly (it picked 5 levels for
 * the seed), and the comparison must trace the same lines.
 */
export function plotlyLevels(min: number, max: number, count = 10): { start: number; end: number; size: number } {
  const inside = levelsFromCount(count, min, max).filter((l) => l >= min && l <= max);
  const size = (inside[inside.length - 1]! - inside[0]!) / Math.max(1, inside.length - 1);
  return { start: inside[0]!, end: inside[inside.length - 1]!, size };
}

export function plotlyFigure(data: PlotlyData, width: number, height: number): { traces: object[]; layout: object; config: object } {
  const { x, y, z, min, max } = data;
  return {
    traces: [
      { type: 'heatmap', x, y, z, zsmooth: 'best', colorscale: 'Jet', showscale: false, hoverinfo: 'skip' },
      {
        type: 'contour',
        x,
        y,
        z,
        autocontour: false,
        contours: { coloring: 'lines', ...plotlyLevels(min, max) },
        colorscale: [
          [0, '#000'],
          [1, '#000'],
        ],
        line: { width: 1.5 },
        showscale: false,
        hoverinfo: 'skip',
      },
    ],
    layout: {
      width,
      height,
      margin: { l: 0, r: 0, t: 0, b: 0, pad: 0 },
      xaxis: { visible: false },
      yaxis: { visible: false },
      showlegend: false,
    },
    config: { staticPlot: true, displayModeBar: false },
  };
}

/** A fresh host for a Plotly chart. */
export function plotlyHost(width: number, height: number, parent: HTMLElement = document.body): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  parent.append(div);
  return div;
}
