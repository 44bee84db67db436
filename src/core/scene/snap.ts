import type { LineNode } from './scene';

/**
 * A line snapped to device pixels the way matplotlib's Agg backend snaps paths: each coordinate
 * rounded to a pixel centre when the stroke is an odd number of device pixels wide (to a pixel
 * edge when even) — so spines and ticks land on the same pixels as in a savefig. (x, y) are CSS
 * px inside groups offset by (dx, dy) from the figure's corner.
 */
export function snapLine(line: LineNode, pixelRatio: number, dx = 0, dy = 0): LineNode {
  if (!line.stroke.snap) return line;
  const offset = Math.round(line.stroke.width * pixelRatio) % 2 === 1 ? 0.5 : 0;
  const x = (v: number) => (Math.floor((v + dx) * pixelRatio + 0.5) + offset) / pixelRatio - dx;
  const y = (v: number) => (Math.floor((v + dy) * pixelRatio + 0.5) + offset) / pixelRatio - dy;
  return { ...line, x1: x(line.x1), y1: y(line.y1), x2: x(line.x2), y2: y(line.y2) };
}
