/**
 * The chart's visible picture: a 2-D canvas holding the last heatmap the GPU drew. Keeping the
 * frame as a plain bitmap means the picture survives when the WebGL context is given back to the
 * page's budget or lost, and export composites from it without drawing again.
 */
export interface Frame {
  readonly canvas: HTMLCanvasElement;
  /** Replaces the picture with `picture` (device pixels), shown at `cssWidth` × `cssHeight`. */
  paint(picture: HTMLCanvasElement, cssWidth: number, cssHeight: number): void;
}

export function createFrame(): Frame {
  const canvas = document.createElement('canvas');
  canvas.className = 'contour-heatmap-canvas';
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', display: 'block' });
  canvas.width = 0;
  canvas.height = 0;
  return {
    canvas,
    paint(picture, cssWidth, cssHeight) {
      canvas.width = picture.width; // resizing also clears it
      canvas.height = picture.height;
      canvas.style.width = `${cssWidth}px`;
      canvas.style.height = `${cssHeight}px`;
      canvas.getContext('2d')!.drawImage(picture, 0, 0);
    },
  };
}
