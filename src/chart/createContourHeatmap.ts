import { contourPaths, type ContourPath } from '../core/contourPaths';
import { invalidProp } from '../core/errors';
import type { Grid, GridInput } from '../core/grid';
import { resolvePicture, type PictureOptions, type ResolvedPicture } from '../core/options';
import { compositeToDataURL, IMAGE_TYPES, type ImageType } from '../export/composite';
import { createHeatmapRenderer, type HeatmapRenderer } from '../gl/heatmapRenderer';
import { createContourOverlay } from '../svg/contourOverlay';
import { observeSize, type Size } from './size';

/** Everything a chart is given: the picture plus its layout. */
export interface ChartOptions extends PictureOptions {
  /** Width in CSS px; omitted → the host element's width, followed as it changes. */
  readonly width?: number;
  /** Height in CSS px; omitted → the host element's height, followed as it changes. */
  readonly height?: number;
  /** Device pixels per CSS pixel for drawing and export; default `window.devicePixelRatio`. */
  readonly pixelRatio?: number;
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

interface Drawn {
  readonly picture: ResolvedPicture;
  readonly paths: readonly ContourPath[];
  readonly size: Size;
  readonly pixelRatio: number;
}

/**
 * A framework-agnostic chart that owns everything it draws with: its canvas and WebGL context,
 * its textures, its contour geometry and its scheduling. Nothing is shared with other charts,
 * so any number of them can be updated in any order without affecting one another.
 *
 * Updates are coalesced: `update` records the options and queues one commit on a microtask,
 * which validates, uploads what changed, draws, traces contours and only then marks the host
 * `data-ready="true"`.
 */
export function createContourHeatmap(host: HTMLElement): ContourHeatmapChart {
  host.classList.add('contour-heatmap');
  host.dataset.ready = 'false';
  if (getComputedStyle(host).position === 'static') host.style.position = 'relative';

  const overlay = createContourOverlay();
  const errorBox = document.createElement('div');
  errorBox.setAttribute('role', 'alert');
  errorBox.className = 'contour-heatmap-error';
  Object.assign(errorBox.style, { position: 'absolute', inset: '0', padding: '8px', font: '12px sans-serif', color: '#b00020', overflow: 'auto' });

  let renderer: HeatmapRenderer | null = null;
  let canvas: HTMLCanvasElement | null = null;
  let uploaded: { grid: Grid | null; colormap: string | null } = { grid: null, colormap: null };
  let options: ChartOptions | null = null;
  let picture: ResolvedPicture | null = null;
  let previousGrid: { z: GridInput; grid: Grid } | undefined;
  let error: Error | null = null;
  let drawn: Drawn | null = null;
  let observedSize: Size | null = null;
  let stopObserving: (() => void) | null = null;
  let version = 0;
  let drawnVersion = -1;
  let commitQueued = false;
  let destroyed = false;
  let waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  host.append(overlay.element);

  function settle(): void {
    const pending = waiters;
    waiters = [];
    for (const w of pending) {
      if (error) w.reject(error);
      else if (destroyed) w.reject(new Error('contour-heatmap: the chart was destroyed'));
      else w.resolve();
    }
  }

  function size(): Size | null {
    const width = options?.width ?? observedSize?.width;
    const height = options?.height ?? observedSize?.height;
    return width && height ? { width, height } : null;
  }

  function ensureRenderer(): HeatmapRenderer {
    if (renderer && !renderer.isContextLost()) return renderer;
    releaseRenderer();
    canvas = document.createElement('canvas');
    canvas.className = 'contour-heatmap-canvas';
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%' });
    canvas.addEventListener('webglcontextlost', onContextLost);
    host.insertBefore(canvas, overlay.element);
    renderer = createHeatmapRenderer(canvas);
    uploaded = { grid: null, colormap: null };
    return renderer;
  }

  function releaseRenderer(): void {
    if (!canvas) return;
    // Stop listening first: destroy() loses the context on purpose.
    canvas.removeEventListener('webglcontextlost', onContextLost);
    renderer?.destroy();
    canvas.remove();
    renderer = null;
    canvas = null;
  }

  function onContextLost(): void {
    // The browser took the context (or a test did). Draw again with a fresh one.
    drawnVersion = -1;
    host.dataset.ready = 'false';
    queueCommit();
  }

  function queueCommit(): void {
    if (commitQueued || destroyed) return;
    commitQueued = true;
    queueMicrotask(commit);
  }

  function commit(): void {
    commitQueued = false;
    if (destroyed || !picture || drawnVersion === version) return;
    const area = size();
    if (!area) return; // drawn once the host has a size
    const pixelRatio = options?.pixelRatio ?? window.devicePixelRatio ?? 1;
    const gl = ensureRenderer();
    if (uploaded.grid !== picture.grid) {
      gl.setGrid(picture.grid);
      uploaded.grid = picture.grid;
    }
    if (uploaded.colormap !== picture.colormap.name) {
      gl.setColormap(picture.colormap);
      uploaded.colormap = picture.colormap.name;
    }
    gl.draw(view(picture, area, pixelRatio));
    const paths = drawn?.picture === picture && sameSize(drawn.size, area) ? drawn.paths : contourPaths(picture, area.width, area.height);
    overlay.render(paths, area.width, area.height);
    drawn = { picture, paths, size: area, pixelRatio };
    drawnVersion = version;
    host.dataset.ready = 'true';
    settle();
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
      version++;
      host.dataset.ready = 'false';
      options = next;
      try {
        validateLayout(next);
        picture = resolvePicture(next, previousGrid);
        previousGrid = { z: next.z, grid: picture.grid };
        validateColors(picture);
        showError(null);
      } catch (e) {
        picture = null;
        showError(e instanceof Error ? e : new Error(String(e)));
        settle();
        return;
      }
      const followsHost = next.width === undefined || next.height === undefined;
      if (followsHost && !stopObserving) {
        stopObserving = observeSize(host, (s) => {
          observedSize = s;
          drawnVersion = -1;
          host.dataset.ready = 'false';
          queueCommit();
        });
      } else if (!followsHost && stopObserving) {
        stopObserving();
        stopObserving = null;
      }
      applySize();
      queueCommit();
    },
    whenReady() {
      if (error) return Promise.reject(error);
      if (destroyed) return Promise.reject(new Error('contour-heatmap: the chart was destroyed'));
      if (picture && drawnVersion === version) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    async toDataURL(type = 'image/png', quality) {
      if (!IMAGE_TYPES.includes(type)) throw invalidProp('type', `expected one of ${IMAGE_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
      if (quality !== undefined && !(quality >= 0 && quality <= 1)) throw invalidProp('quality', `expected a number from 0 to 1, got ${quality}`);
      // Wait until the latest options are drawn; an update while waiting means waiting again.
      while (!(picture && drawnVersion === version && drawn && renderer && !renderer.isContextLost())) await chart.whenReady();
      // From here on everything is synchronous: draw, copy the WebGL canvas, stroke, encode.
      renderer.draw(view(drawn.picture, drawn.size, drawn.pixelRatio));
      return compositeToDataURL(renderer.canvas, drawn.paths, drawn.pixelRatio, type, quality);
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
      stopObserving?.();
      releaseRenderer();
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
  return {
    kernel: picture.kernel,
    norm: picture.norm,
    origin: picture.origin,
    width: Math.max(1, Math.round(area.width * pixelRatio)),
    height: Math.max(1, Math.round(area.height * pixelRatio)),
  };
}

function sameSize(a: Size, b: Size): boolean {
  return a.width === b.width && a.height === b.height;
}

function validateLayout(options: ChartOptions): void {
  for (const prop of ['width', 'height', 'pixelRatio'] as const) {
    const v = options[prop];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw invalidProp(prop, `must be a positive number, got ${String(v)}`);
    }
  }
}

/** Colours are CSS strings the browser must understand; a typo would otherwise draw nothing, silently. */
function validateColors(picture: ResolvedPicture): void {
  for (const style of picture.contours?.styles ?? []) {
    if (!CSS.supports('color', style.color)) throw invalidProp('contours.colors', `${JSON.stringify(style.color)} is not a CSS colour`);
  }
}
