/** Shows the chart's error in its host: a box with the message, and `data-error` on the host. */
export interface ErrorView {
  show(error: Error | null): void;
  destroy(): void;
}

/**
 * `showBox` is asked each time an error is shown: false keeps the box away (the page shows the
 * error its own way), while the error still sets `data-error`.
 */
export function createErrorView(host: HTMLElement, showBox: (error: Error) => boolean = () => true): ErrorView {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'contour-heatmap-error';
  Object.assign(box.style, {
    position: 'absolute',
    inset: '0',
    padding: '8px',
    font: '12px sans-serif',
    color: '#b00020',
    overflow: 'auto',
  });
  return {
    show(error) {
      if (error) {
        box.textContent = error.message;
        if (showBox(error)) host.append(box);
        else box.remove();
        host.dataset.error = error.message;
      } else {
        box.remove();
        delete host.dataset.error;
      }
    },
    destroy() {
      box.remove();
      delete host.dataset.error;
    },
  };
}
