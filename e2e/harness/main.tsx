// The browser tests' empty page: mounts charts on demand (each in its own React root) and exposes
// them to Playwright as window.harness. Test code only; not part of the library.
import { createRef, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps, type ImageType } from '../../src';
import { GALLERY } from '../../demo/gallery';
import { denormalize, toGrid } from '../../src/core/grid/grid';
import { loadColormaps, resolveColormap } from '../../src/core/color/colormaps';
import { resolveNorm } from '../../src/core/color/norms';
import { shade } from '../../src/core/color/shade';
import { seededRandom } from '../../demo/fields';
import { randomProps } from '../../demo/randomProps';

interface Mounted {
  root: Root;
  container: HTMLDivElement;
  handle: React.RefObject<ContourHeatmapHandle | null>;
  errors: string[];
}

/** Props as JSON can carry them: NaN and ±Infinity arrive as null and are restored to NaN. */
type JsonProps = Omit<ContourHeatmapProps, 'z'> & { z: (number | null)[][] };

const charts = new Map<string, Mounted>();

function fromJson(props: JsonProps | string): ContourHeatmapProps {
  if (typeof props === 'string') {
    const chart = GALLERY.find((c) => c.id === props);
    if (!chart) throw new Error(`no gallery chart ${props}`);
    return chart.props();
  }
  return { ...props, z: props.z.map((row) => row.map((v) => (v === null ? NaN : v))) } as ContourHeatmapProps;
}

/**
 * The image-layer specs compare the picture with matplotlib's image layer, so the harness draws
 * charts without axes unless a spec asks for them (the figure specs pass `axes`).
 */
function render(m: Mounted, props: ContourHeatmapProps, strict: boolean): void {
  const chart = <ContourHeatmap ref={m.handle} axes={false} {...props} onError={(e) => m.errors.push(e.message)} />;
  flushSync(() => m.root.render(strict ? <StrictMode>{chart}</StrictMode> : chart));
}

const harness = {
  galleryIds: () => GALLERY.map((c) => c.id),
  mount(id: string, props: JsonProps | string, options: { strict?: boolean; style?: string } = {}): void {
    const container = document.createElement('div');
    container.dataset.harness = id;
    if (options.style) container.setAttribute('style', options.style);
    document.body.append(container);
    const m: Mounted = { root: createRoot(container), container, handle: createRef(), errors: [] };
    charts.set(id, m);
    render(m, fromJson(props), options.strict ?? false);
  },
  update(id: string, props: JsonProps | string, options: { strict?: boolean } = {}): void {
    render(charts.get(id)!, fromJson(props), options.strict ?? false);
  },
  unmount(id: string): void {
    const m = charts.get(id)!;
    flushSync(() => m.root.unmount());
    m.container.remove();
    charts.delete(id);
  },
  errors: (id: string) => charts.get(id)!.errors,
  ready: (id: string) => charts.get(id)!.handle.current!.whenReady(),
  toBase64: (id: string, type?: ImageType, quality?: number, scale?: number) =>
    charts.get(id)!.handle.current!.toBase64(type, quality, scale === undefined ? undefined : { scale }),
  toSVG: (id: string) => charts.get(id)!.handle.current!.toSVG(),
  toDataURL: (id: string, type?: ImageType, quality?: number) => charts.get(id)!.handle.current!.toDataURL(type, quality),
  /**
   * Mounts `count` charts with seeded random props, then fires `updates` random prop changes at
   * random charts in one go, with no waiting in between. Returns each chart's final props.
   */
  storm(count: number, updates: number, seed: number): ContourHeatmapProps[] {
    const random = seededRandom(seed);
    const finals = Array.from({ length: count }, (_, i) => {
      const props = randomProps(random);
      harness.mount(`storm${i}`, props as JsonProps);
      return props;
    });
    for (let u = 0; u < updates; u++) {
      const i = Math.floor(random() * count);
      const next = randomProps(random);
      harness.update(`storm${i}`, next as JsonProps);
      finals[i] = next;
    }
    return finals;
  },
  /**
   * The colours the core's CPU reference gives a one-row, nearest-drawn grid at one pixel per
   * cell, as PNG bytes would hold them (un-premultiplied RGBA).
   */
  async cpuColors(props: JsonProps): Promise<number[]> {
    const p = fromJson(props);
    const grid = toGrid(p.z);
    const extremes = { under: p.underColor, over: p.overColor, bad: p.badColor };
    const cmap = resolveColormap(p.cmap ?? 'viridis', extremes, 'cmap', await loadColormaps());
    const norm = resolveNorm(p.norm ?? { type: 'linear', vmin: p.vmin, vmax: p.vmax }, grid, cmap.n);
    return Array.from(grid.normalized).flatMap((t) => [...shade(cmap, norm, denormalize(grid, t))]);
  },
  /**
   * Mounts a rows × cols grid of sin(2π f c / cols) · sin(2π f r / rows), built in the page (a
   * 4000 × 4000 grid is too big to pass as JSON), with the other props as given.
   */
  mountStripes(id: string, field: { rows: number; cols: number; frequency: number }, props: Omit<JsonProps, 'z'>): void {
    const { rows, cols, frequency } = field;
    const values = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const sy = Math.sin((2 * Math.PI * frequency * r) / rows);
      for (let c = 0; c < cols; c++) values[r * cols + c] = Math.sin((2 * Math.PI * frequency * c) / cols) * sy;
    }
    const container = document.createElement('div');
    container.dataset.harness = id;
    document.body.append(container);
    const m: Mounted = { root: createRoot(container), container, handle: createRef(), errors: [] };
    charts.set(id, m);
    render(m, { ...props, z: { values, rows, cols } } as ContourHeatmapProps, false);
  },
  /** Mounts props alone, exports them, unmounts: the "same props rendered alone on an empty page". */
  async solo(props: JsonProps | string, type?: ImageType, quality?: number): Promise<string> {
    const id = `solo-${Math.random().toString(36).slice(2)}`;
    harness.mount(id, props);
    try {
      return await harness.toBase64(id, type, quality);
    } finally {
      harness.unmount(id);
    }
  },
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}
window.harness = harness;
document.body.dataset.harness = 'ready';
