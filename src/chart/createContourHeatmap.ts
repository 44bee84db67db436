import { layoutContours, type ContourPath } from '../core/contours/contourPaths';
import { invalidProp } from '../core/errors';
import type { Colormap } from '../core/color/colormaps';
import { buildGrid, cellCount, GRID_SLICE, type Grid, type GridInput } from '../core/grid/grid';
import { kernelFor, resolvePicture, type PictureOptions, type ResolvedPicture } from '../core/options';
import { compositeToDataURL, IMAGE_TYPES, type ImageType } from '../export/composite';
import { createHeatmapRenderer, type HeatmapRenderer } from '../gl/heatmapRenderer';
import { createContourOverlay } from '../svg/contourOverlay';
import { createContourTracer, SupersededError, type TracedContours } from '../worker/contourTracer';
import { PAGE_CONTEXT_BUDGET, type ContextBudget, type ContextHolder } from './contextBudget';
import { drawHeatmapOnCpu } from '../cpu/cpuRenderer';
import { separableTapReads } from '../core/resample/separable';
import { createFrame } from './frame';
import { bandGeometryKey, bandRequest, pictureBandColors } from '../core/filled/filledLayer';
import { nextTask, runInSlices } from './slices';
import { observeSize, observeVisibility, type Size } from './observe';

/**
 * Pictures needing fewer tap reads than this are drawn on the CPU under renderer 'auto': about
 * 15 ms of JavaScript, less than creating a WebGL context and compiling its shaders (~60 ms on
 * SwiftShader). The seed figure at 1000 × 500 needs 3.1M.
 */
const CPU_TAP_READS = 4_000_000;

/** Everything a chart is given: the picture plus its layout. */
export interface ChartOptions extends PictureOptions {
  /** Width in CSS px; omitted → the host element's width, followed as it changes. */
  readonly width?: number;
  /** Height in CSS px; omitted → the host element's height, followed as it changes. */
  readonly height?: number;
  /** Device pixels per CSS pixel for drawing and export; default `window.devicePixelRatio`. */
  readonly pixelRatio?: number;
  /**
   * 'gpu' draws with WebGL, 'cpu' with the CPU (same picture, no WebGL context). 'auto' (default)
   * takes the CPU for small pictures, where a context would cost more than the drawing, WebGL
   * for the rest, and the CPU whenever no WebGL context can be had.
   */
  readonly renderer?: 'auto' | 'gpu' | 'cpu';
}

export interface ContourHeatmapChart {
  /** Applies new options. Invalid options show an error in the chart (and reject exports) instead of throwing. */
  update(options: ChartOptions): void;
  /** Resolves once the options of the latest update are fully drawn; rejects if they are invalid. */
  whenReady(): Promise<void>;
  /** The composited picture (heatmap + contours) as a data URL, once the latest options are drawn. */
  toDataURL(type?: ImageType, quality?: number): Promise<string>;
  /** The base64 payload of {@link toDataURL}, without the `data:…;base64,` prefix. */
  toBase64(type?: ImageType, quality?: number): Promise<string>;
  /** The error the latest options produced, if any. */
  readonly error: Error | null;
  /** Frees the WebGL context and all DOM the chart added. Safe to call more than once. */
  destroy(): void;
}

export interface ChartSettings {
  /** The budget of live WebGL contexts this chart draws under; default: the page's. */
  readonly budget?: ContextBudget;
}

/** What is on screen: the picture, its contour geometry, and the layout they were drawn for. */
interface Drawn {
  readonly picture: ResolvedPicture;
  readonly paths: readonly ContourPath[];
  readonly size: Size;
  readonly pixelRatio: number;
}

/**
 * A framework-agnostic chart that owns everything it draws with: its canvases, its WebGL context
 * (held only while it is within the page's context budget), its textures, contour geometry and
 * scheduling. Nothing is shared with other charts, so any number of them can be updated in any
 * order without affecting one another.
 *
 * `update` records the options and starts (or continues) the chart's one drawing loop: it
 * validates, draws with WebGL, copies the result into the visible 2-D frame, traces contours, and
 * only then marks the host `data-ready="true"`. Work for options that were replaced meanwhile is
 * dropped at the next step, so an old picture is never shown for new options.
 */
export function createContourHeatmap(host: HTMLElement, settings: ChartSettings = {}): ContourHeatmapChart {
  const budget = settings.budget ?? PAGE_CONTEXT_BUDGET;
  host.classList.add('contour-heatmap');
  host.dataset.ready = 'false';
  if (getComputedStyle(host).position === 'static') host.style.position = 'relative';

  const frame = createFrame();
  const overlay = createContourOverlay();
  const errorBox = document.createElement('div');
  errorBox.setAttribute('role', 'alert');
  errorBox.className = 'contour-heatmap-error';
  Object.assign(errorBox.style, { position: 'absolute', inset: '0', padding: '8px', font: '12px sans-serif', color: '#b00020', overflow: 'auto' });
  host.append(frame.canvas, overlay.element);

  let renderer: HeatmapRenderer | null = null;
  let webglUnavailable = false;
  const tracer = createContourTracer();
  // The last traced lines and filled-contour bands (one job) and what they were traced from:
  // re-used when only colours or size change.
  let traced: { grid: Grid; key: string; contours: Promise<TracedContours> } | null = null;
  let uploaded: { grid: Grid | null; colormap: Colormap | null } = { grid: null, colormap: null };
  let options: ChartOptions | null = null;
  let picture: ResolvedPicture | null = null;
  let previousGrid: { z: GridInput; grid: Grid } | undefined;
  // A new grid too big to prepare in one task: built by the draw loop, in slices.
  let pendingZ: GridInput | null = null;
  let error: Error | null = null;
  let drawn: Drawn | null = null;
  let observedSize: Size | null = null;
  let stopObservingSize: (() => void) | null = null;
  let visible = true;
  // Every change that needs a new picture bumps `version`; `drawnVersion` is what is on screen.
  let version = 0;
  let drawnVersion = -1;
  let drawing = false;
  let destroyed = false;
  let waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const stopObservingVisibility = observeVisibility(host, (v) => {
    visible = v;
  });

  const holder: ContextHolder = {
    releaseContext: releaseRenderer,
    isVisible: () => visible,
  };

  function settle(): void {
    const pending = waiters;
    waiters = [];
    for (const w of pending) {
      if (error) w.reject(error);
      else if (destroyed) w.reject(new Error('contour-heatmap: the chart was destroyed'));
      else w.resolve();
    }
  }

  function invalidate(): void {
    version++;
    host.dataset.ready = 'false';
    void drawLoop();
  }

  function currentSize(): Size | null {
    const width = options?.width ?? observedSize?.width;
    const height = options?.height ?? observedSize?.height;
    return width && height ? { width, height } : null;
  }

  function releaseRenderer(): void {
    if (!renderer) return;
    // Stop listening first: destroy() loses the context on purpose.
    renderer.canvas.removeEventListener('webglcontextlost', onContextLost);
    renderer.destroy();
    renderer = null;
    budget.release(holder);
  }

  function onContextLost(): void {
    // The browser took the context (or a test did): draw again, with a new one.
    releaseRenderer();
    invalidate();
  }

  /** The renderer, with the picture's grid and colormap uploaded; null if the work went stale meanwhile. */
  async function rendererWithData(p: ResolvedPicture, stale: () => boolean): Promise<HeatmapRenderer | null> {
    if (!renderer || renderer.isContextLost()) {
      if (renderer) releaseRenderer();
      const canvas = document.createElement('canvas');
      canvas.addEventListener('webglcontextlost', onContextLost);
      try {
        renderer = createHeatmapRenderer(canvas);
      } catch (e) {
        if (options?.renderer === 'gpu') throw e;
        // No WebGL here (disabled, blocked, or no context left): draw on the CPU from now on.
        webglUnavailable = true;
        return null;
      }
      uploaded = { grid: null, colormap: null };
    }
    const gl = renderer;
    if (uploaded.grid !== p.grid) {
      uploaded.grid = null;
      if (!(await runInSlices(gl.uploadGrid(p.grid), stale)) || gl !== renderer || gl.isContextLost()) return null;
      uploaded.grid = p.grid;
    }
    if (uploaded.colormap !== p.colormap) {
      gl.setColormap(p.colormap);
      uploaded.colormap = p.colormap;
    }
    return gl;
  }

  /** Draws until the latest version is on screen; one loop per chart, so draws never interleave. */
  async function drawLoop(): Promise<void> {
    if (drawing) return;
    drawing = true;
    try {
      while (!destroyed && (picture || pendingZ) && drawnVersion !== version) {
        if (pendingZ) {
          if (!(await resolveBigGrid(pendingZ))) continue;
          if (!picture) return; // the options were invalid: the error is shown
        }
        const area = currentSize();
        if (!area) return; // resumed by the size observer once the host has a size
        try {
          await drawOnce(version, picture!, area);
        } catch (e) {
          // Newer options replaced these contours while they were traced: draw again for those.
          if (!(e instanceof SupersededError)) throw e;
        }
      }
    } catch (e) {
      showError(e instanceof Error ? e : new Error(String(e)));
      settle();
    } finally {
      drawing = false;
    }
  }

  /**
   * Builds a big new grid in slices (so the main thread stays responsive), then resolves the
   * options against it. False when newer options replaced the grid meanwhile.
   */
  async function resolveBigGrid(z: GridInput): Promise<boolean> {
    const built = await runInSlices(buildGrid(z), () => destroyed || pendingZ !== z);
    if (!built || pendingZ !== z) return false;
    pendingZ = null;
    previousGrid = { z, grid: built.value };
    resolveOptions();
    return true;
  }

  /** Validates the options (against the cached grid when it is theirs) and shows or clears the error. */
  function resolveOptions(): void {
    try {
      picture = resolvePicture(options!, previousGrid);
      previousGrid = { z: options!.z, grid: picture.grid };
      showError(null);
      // Start tracing the new contours now: it cancels a trace of replaced data still running.
      contours(picture).catch(() => undefined);
    } catch (e) {
      picture = null;
      showError(e instanceof Error ? e : new Error(String(e)));
      settle();
    }
  }

  /**
   * The picture's isolines and filled-contour bands, traced once per grid, set of levels and band
   * geometry (off the main thread for big grids). Lines and bands are one job, so that neither
   * cancels the other; the cost is that toggling `contours.lines` on a filled chart traces its
   * bands again.
   */
  function contours(p: ResolvedPicture): Promise<TracedContours> {
    const levels = p.contours?.styles.map((s) => s.level) ?? [];
    const cornerMask = p.contours?.cornerMask ?? true;
    const bands = bandRequest(p);
    const key = `${levels.join(',')}|${cornerMask}#${bandGeometryKey(p)}`;
    if (!traced || traced.grid !== p.grid || traced.key !== key) {
      const request = { lines: levels.length ? { levels, cornerMask } : null, bands };
      const none: TracedContours = { lines: [], bands: { geometry: [] } };
      traced = { grid: p.grid, key, contours: request.lines || bands ? tracer.traceContours(p.grid, request) : Promise.resolve(none) };
    }
    return traced.contours;
  }

  async function drawOnce(target: number, p: ResolvedPicture, area: Size): Promise<void> {
    const pixelRatio = options?.pixelRatio ?? window.devicePixelRatio ?? 1;
    const stale = (): boolean => destroyed || target !== version;
    // Trace (or re-use) the contours first, so a worker traces while the GPU draws.
    const geometry = contours(p);
    const v = view(p, area, pixelRatio);
    // Paint the bands as soon as they are traced (in the worker, for big grids), also while the GPU
    // draws. A stale draw must not start a paint: that would cancel the newer picture's trace.
    const fill = geometry.then((c) => {
      if (!p.contours?.fill) return null;
      if (stale()) throw new SupersededError();
      return tracer.paint(c.bands, pictureBandColors(p), p, v.width, v.height);
    });
    fill.catch(() => undefined); // handled below; this draw may end before it settles
    let heatmap: HTMLCanvasElement | null = null;
    if (p.heatmap) {
      const onCpu = usesCpu(p, v);
      host.dataset.renderer = onCpu ? 'cpu' : 'gpu';
      heatmap = onCpu ? drawHeatmapOnCpu(p, v.kernel, v.width, v.height) : await drawHeatmap(p, v, stale);
      if (!heatmap) return;
    } else {
      delete host.dataset.renderer;
    }
    const [traced, bands] = await Promise.all([geometry, fill]);
    if (stale()) return;
    frame.paint(layered(bands, heatmap, v.width, v.height), area.width, area.height);
    const paths = layoutContours(p, traced.lines, area.width, area.height);
    overlay.render(paths, area.width, area.height);
    drawn = { picture: p, paths, size: area, pixelRatio };
    drawnVersion = target;
    host.dataset.ready = 'true';
    settle();
  }

  /** The frame's picture: the painted bands (if any) under the heatmap (if drawn), in device pixels. */
  function layered(bands: Uint8ClampedArray<ArrayBuffer> | null, heatmap: HTMLCanvasElement | null, width: number, height: number): HTMLCanvasElement {
    if (!bands && heatmap) return heatmap;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d')!;
    if (bands) ctx.putImageData(new ImageData(bands, width, height), 0, 0);
    if (heatmap) ctx.drawImage(heatmap, 0, 0);
    return canvas;
  }

  /** Whether this draw goes to the CPU renderer (see ChartOptions.renderer). */
  function usesCpu(p: ResolvedPicture, v: ReturnType<typeof view>): boolean {
    const choice = options?.renderer ?? 'auto';
    if (choice !== 'auto') return choice === 'cpu';
    return webglUnavailable || separableTapReads(p.grid.rows, p.grid.cols, v.kernel, v.width, v.height) < CPU_TAP_READS;
  }

  /**
   * Draws the heatmap with WebGL under the page's context budget and copies it into a 2-D canvas,
   * band by band: reading a band back waits for the GPU, so big pictures are split into bands that
   * each keep that wait (one task) short. Null when the work went stale or the context was lost meanwhile (the loop
   * then draws again).
   */
  async function drawHeatmap(p: ResolvedPicture, v: ReturnType<typeof view>, stale: () => boolean): Promise<HTMLCanvasElement | null> {
    await budget.acquire(holder);
    try {
      if (stale()) return null;
      const gl = await rendererWithData(p, stale);
      if (!gl || stale()) return null;
      const picture = document.createElement('canvas');
      picture.width = v.width;
      picture.height = v.height;
      const ctx = picture.getContext('2d')!;
      const rows = Math.ceil(v.height / gl.bandsFor(v));
      for (let top = 0; top < v.height; top += rows) {
        const bottom = Math.min(v.height, top + rows);
        gl.draw(v, { top, bottom });
        // In the same task as the draw: afterwards the browser may clear the WebGL buffer.
        const band = await createImageBitmap(gl.canvas, 0, top, v.width, bottom - top);
        ctx.drawImage(band, 0, top);
        band.close();
        if (stale() || gl !== renderer || gl.isContextLost()) return null;
        // The bitmap may arrive within this task: yield so input and rendering get their turn.
        if (bottom < v.height) await nextTask();
      }
      return picture;
    } finally {
      budget.idle(holder);
    }
  }

  function applySize(): void {
    // A dimension not given follows the host's container.
    host.style.width = options?.width !== undefined ? `${options.width}px` : '100%';
    host.style.height = options?.height !== undefined ? `${options.height}px` : '100%';
  }

  function showError(e: Error | null): void {
    error = e;
    if (e) {
      errorBox.textContent = e.message;
      host.append(errorBox);
      host.dataset.error = e.message;
    } else {
      errorBox.remove();
      delete host.dataset.error;
    }
  }

  const chart: ContourHeatmapChart = {
    update(next) {
      if (destroyed) return;
      options = next;
      version++;
      host.dataset.ready = 'false';
      try {
        validateLayout(next);
      } catch (e) {
        picture = null;
        showError(e instanceof Error ? e : new Error(String(e)));
        settle();
        return;
      }
      const newGrid = previousGrid?.z !== next.z;
      // Millions of cells are validated and normalised in slices by the draw loop; the rest now.
      pendingZ = newGrid && cellCount(next.z) > GRID_SLICE ? next.z : null;
      if (pendingZ) {
        picture = null;
        showError(null);
      } else {
        resolveOptions();
        if (!picture) return;
      }
      const followsHost = next.width === undefined || next.height === undefined;
      if (followsHost && !stopObservingSize) {
        stopObservingSize = observeSize(host, (s) => {
          observedSize = s;
          invalidate();
        });
      } else if (!followsHost && stopObservingSize) {
        stopObservingSize();
        stopObservingSize = null;
      }
      applySize();
      void drawLoop();
    },
    whenReady() {
      if (error) return Promise.reject(error);
      if (destroyed) return Promise.reject(new Error('contour-heatmap: the chart was destroyed'));
      if (picture && !pendingZ && drawnVersion === version) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async toDataURL(type = 'image/png', quality) {
      if (!IMAGE_TYPES.includes(type)) throw invalidProp('type', `expected one of ${IMAGE_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
      if (quality !== undefined && !(quality >= 0 && quality <= 1)) throw invalidProp('quality', `expected a number from 0 to 1, got ${quality}`);
      // An update while waiting means waiting again: the export always shows the latest options.
      while (!(picture && drawnVersion === version && drawn)) await chart.whenReady();
      return compositeToDataURL(frame.canvas, drawn.paths, drawn.pixelRatio, type, quality);
    },
    async toBase64(type, quality) {
      const url = await chart.toDataURL(type, quality);
      return url.slice(url.indexOf(',') + 1);
    },
    get error() {
      return error;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopObservingSize?.();
      stopObservingVisibility();
      tracer.destroy();
      releaseRenderer();
      budget.release(holder);
      frame.canvas.remove();
      overlay.element.remove();
      errorBox.remove();
      host.classList.remove('contour-heatmap');
      delete host.dataset.ready;
      delete host.dataset.error;
      picture = null;
      drawn = null;
      settle();
    },
  };
  return chart;
}

function view(picture: ResolvedPicture, area: Size, pixelRatio: number) {
  const width = Math.max(1, Math.round(area.width * pixelRatio));
  const height = Math.max(1, Math.round(area.height * pixelRatio));
  return { kernel: kernelFor(picture, width, height), norm: picture.normShader, origin: picture.origin, stage: picture.interpolationStage, width, height };
}

function validateLayout(options: ChartOptions): void {
  if (options.renderer !== undefined && !['auto', 'gpu', 'cpu'].includes(options.renderer)) {
    throw invalidProp('renderer', `expected 'auto', 'gpu' or 'cpu', got ${JSON.stringify(options.renderer)}`);
  }
  for (const prop of ['width', 'height', 'pixelRatio'] as const) {
    const v = options[prop];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw invalidProp(prop, `must be a positive number, got ${String(v)}`);
    }
  }
}
