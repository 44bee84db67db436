/**
 * A client point (a pointer event's clientX/Y) in figure CSS px: from the host's padding corner,
 * where the canvas sits, undoing any CSS transform that scales the host.
 */
export function figurePoint(host: HTMLElement, clientX: number, clientY: number): { x: number; y: number } {
  const r = host.getBoundingClientRect();
  const sx = r.width ? host.offsetWidth / r.width : 1;
  const sy = r.height ? host.offsetHeight / r.height : 1;
  return { x: (clientX - r.left) * sx - host.clientLeft, y: (clientY - r.top) * sy - host.clientTop };
}

/** A box of the figure (CSS px), as the plan gives the axes. */
export interface FigureBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A figure point in fractions of `box`: 0 at its left/top edge, 1 at its right/bottom one. */
export function boxFraction(box: FigureBox, x: number, y: number): { fx: number; fy: number } {
  return { fx: (x - box.left) / box.width, fy: (y - box.top) / box.height };
}

/** Whether fractions of a box lie in it. */
export function inBox(f: { fx: number; fy: number }): boolean {
  return f.fx >= 0 && f.fx <= 1 && f.fy >= 0 && f.fy <= 1;
}
