/** The small box beside the pointer that shows the value under it. */
export interface ReadoutBox {
  /** Shows `content` beside the point (x, y) (CSS px in the figure), inside a figure of `width` × `height` where it fits. */
  show(content: string | Node, x: number, y: number, width: number, height: number): void;
  hide(): void;
  /** Removes the box. Safe to call more than once. */
  destroy(): void;
}

/** How far the box keeps from the point, in CSS px, along both axes: it is never over the point. */
const OFFSET = 12;

/**
 * The readout box: an absolutely positioned element in the host, over the figure but outside its
 * layout and its scene (so never in an export), that ignores the pointer. Created on first show.
 * Hidden from screen readers: it changes with every pointer move, which they could not keep up
 * with; the keyboard cursor's values are announced by the chart's live region (liveRegion.ts).
 */
export function createReadoutBox(host: HTMLElement): ReadoutBox {
  let box: HTMLDivElement | null = null;
  let destroyed = false;

  function element(): HTMLDivElement {
    if (box) return box;
    box = document.createElement('div');
    box.className = 'contour-heatmap-readout';
    box.setAttribute('aria-hidden', 'true');
    Object.assign(box.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      zIndex: '1',
      pointerEvents: 'none',
      whiteSpace: 'nowrap',
      font: '12px sans-serif',
      fontVariantNumeric: 'tabular-nums',
      color: '#222',
      background: 'rgba(255, 255, 255, 0.9)',
      border: '1px solid rgba(0, 0, 0, 0.25)',
      borderRadius: '3px',
      padding: '2px 6px',
    });
    host.append(box);
    return box;
  }

  return {
    show(content, x, y, width, height) {
      if (destroyed) return;
      const el = element();
      if (typeof content === 'string') {
        if (el.textContent !== content) el.textContent = content;
      } else if (el.firstChild !== content || el.childNodes.length !== 1) {
        el.replaceChildren(content);
      }
      el.style.display = 'block';
      el.style.left = `${beside(x, el.offsetWidth, width)}px`;
      el.style.top = `${beside(y, el.offsetHeight, height)}px`;
    },
    hide() {
      if (box) box.style.display = 'none';
    },
    destroy() {
      destroyed = true;
      box?.remove();
      box = null;
    },
  };
}

/**
 * Where a box of `size` starts along one axis: after the point, or before it where it would
 * cross the figure's far edge; if it fits on neither side, on the side with more room.
 */
function beside(point: number, size: number, limit: number): number {
  const after = point + OFFSET;
  const before = point - OFFSET - size;
  if (after + size <= limit || (before < 0 && limit - point >= point)) return after;
  return before;
}
