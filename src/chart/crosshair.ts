import type { FigureBox } from './hostPoint';

/** Two thin lines across the axes through a point: where the keyboard cursor (or a linked chart) is. */
export interface Crosshair {
  /** Shows the lines through (x, y), CSS px in the figure, spanning `box` (the axes). */
  show(x: number, y: number, box: FigureBox): void;
  hide(): void;
  /** Removes the lines. Safe to call more than once. */
  destroy(): void;
}

/**
 * Like the readout box, the lines are absolutely positioned elements in the host, over the figure
 * but outside its layout and its scene (so never in an export), that ignore the pointer. A mid
 * grey reads over dark and light colormaps alike. Created on first show.
 */
export function createCrosshair(host: HTMLElement): Crosshair {
  let lines: { across: HTMLDivElement; down: HTMLDivElement } | null = null;
  let destroyed = false;

  function line(): HTMLDivElement {
    const el = document.createElement('div');
    el.className = 'contour-heatmap-crosshair';
    el.setAttribute('aria-hidden', 'true');
    Object.assign(el.style, { position: 'absolute', zIndex: '1', pointerEvents: 'none', background: 'rgba(128, 128, 128, 0.8)' });
    host.append(el);
    return el;
  }

  return {
    show(x, y, box) {
      if (destroyed) return;
      lines ??= { across: line(), down: line() };
      const { across, down } = lines;
      // Snapped to whole CSS px so each line stays one pixel wide.
      Object.assign(across.style, {
        display: 'block',
        left: `${box.left}px`,
        width: `${box.width}px`,
        top: `${Math.floor(y)}px`,
        height: '1px',
      });
      Object.assign(down.style, {
        display: 'block',
        top: `${box.top}px`,
        height: `${box.height}px`,
        left: `${Math.floor(x)}px`,
        width: '1px',
      });
    },
    hide() {
      if (!lines) return;
      lines.across.style.display = 'none';
      lines.down.style.display = 'none';
    },
    destroy() {
      destroyed = true;
      lines?.across.remove();
      lines?.down.remove();
      lines = null;
    },
  };
}
