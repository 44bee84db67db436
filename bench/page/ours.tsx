// Our component, mounted the way an app mounts it: <ContourHeatmap> in a React root.
import { createRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from '../../src';
import type { BenchGrid } from './fields';

export interface Mounted {
  readonly root: Root;
  readonly container: HTMLDivElement;
  readonly handles: RefObject<ContourHeatmapHandle | null>[];
  props: ContourHeatmapProps[];
}

/** The seed figure's props (demo/gallery.ts 'seed') for a grid, at the given size, pixel ratio 1. */
export function seedProps(grid: BenchGrid, width: number, height: number): ContourHeatmapProps {
  return {
    z: { values: grid.values, rows: grid.rows, cols: grid.cols },
    extent: [-3, 4, -4, 3],
    origin: 'lower',
    interpolation: 'spline36',
    cmap: 'jet',
    contours: { levels: 10, colors: 'k', x: grid.x, y: grid.y },
    width,
    height,
    pixelRatio: 1,
  };
}

function renderAll(m: Mounted): void {
  flushSync(() =>
    m.root.render(
      <>
        {m.props.map((p, i) => (
          <ContourHeatmap key={i} ref={m.handles[i]} {...p} />
        ))}
      </>,
    ),
  );
}

/** Mounts charts (one React root, one <ContourHeatmap> per props) into a fresh container. */
export function mount(props: ContourHeatmapProps[], className = 'bench-host'): Mounted {
  const container = document.createElement('div');
  container.className = className;
  document.body.append(container);
  const m: Mounted = { root: createRoot(container), container, handles: props.map(() => createRef<ContourHeatmapHandle>()), props };
  renderAll(m);
  return m;
}

/** Re-renders with new props (a React update: same components, new props). */
export function update(m: Mounted, props: ContourHeatmapProps[]): void {
  m.props = props;
  renderAll(m);
}

export function ready(m: Mounted): Promise<void[]> {
  return Promise.all(m.handles.map((h) => h.current!.whenReady()));
}

export function unmount(m: Mounted): void {
  flushSync(() => m.root.unmount());
  m.container.remove();
}
