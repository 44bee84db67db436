export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Reports the element's content-box size in CSS px now and on every change; returns the unsubscribe. */
export function observeSize(element: HTMLElement, onSize: (size: Size) => void): () => void {
  let last: Size | null = null;
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const size = { width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) };
    if (last && last.width === size.width && last.height === size.height) return;
    last = size;
    onSize(size);
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** Reports whether the element intersects the viewport, now and on every change; returns the unsubscribe. */
export function observeVisibility(element: HTMLElement, onChange: (visible: boolean) => void): () => void {
  const observer = new IntersectionObserver(([entry]) => {
    if (entry) onChange(entry.isIntersecting);
  });
  observer.observe(element);
  return () => observer.disconnect();
}
