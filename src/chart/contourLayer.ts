import type { IsoLine } from '../core/contours/isolines';
import { traceLevelSteps } from '../core/contours/levelTracing';
import { bandGeometryKey, bandRequest, pictureBandColors } from '../core/filled/filledLayer';
import type { Extent } from '../core/grid/coords';
import { exactValues, GRID_SLICE, type Grid } from '../core/grid/grid';
import type { ResolvedPicture } from '../core/options';
import { createContourTracer, SupersededError, type TracedBands } from '../worker/contourTracer';
import type { WorkerGate } from '../worker/workerGate';
import { runInSlices } from './slices';

/** A picture's contours for one device size: the lines (grid index space) and the painted bands, if filled. */
export interface DrawnContours {
  readonly lines: readonly (readonly IsoLine[])[];
  /** Straight RGBA bytes of the filled bands at width × height device px; null without filled contours. */
  readonly bands: Uint8ClampedArray<ArrayBuffer> | null;
}

export interface ContourLayer {
  /** Starts tracing the picture's contours now (cancelling a trace of replaced data still running). */
  prefetch(p: ResolvedPicture): void;
  /**
   * The picture's lines and, if filled, its bands painted at width × height device px for a box
   * whose edges are at `frame` in data coordinates (the view). Rejects with SupersededError when
   * newer work replaced it.
   */
  draw(p: ResolvedPicture, width: number, height: number, frame: Extent, stale: () => boolean): Promise<DrawnContours>;
  destroy(): void;
}

interface TracedContours {
  readonly lines: IsoLine[][];
  readonly bands: TracedBands;
}

/**
 * One chart's contour layer: it owns the chart's band tracer (and so its worker) and keeps the last
 * traced lines and bands, re-used when only the colours or the size change. Lines are traced here,
 * on the main thread in slices of a few milliseconds, at any grid size: they visit only the quads
 * they cross, so a worker would spend longer receiving a copy of the grid than tracing it. The
 * cost of one key for both is that toggling `contours.lines` on a filled chart traces its bands again.
 */
export function createContourLayer(gate: WorkerGate): ContourLayer {
  const tracer = createContourTracer(gate);
  let traced: { grid: Grid; key: string; contours: Promise<TracedContours> } | null = null;
  let destroyed = false;

  function contours(p: ResolvedPicture): Promise<TracedContours> {
    const levels = p.contours?.styles.map((s) => s.level) ?? [];
    const cornerMask = p.contours?.cornerMask ?? true;
    const bands = bandRequest(p);
    const key = `${levels.join(',')}|${cornerMask}#${bandGeometryKey(p)}`;
    if (!traced || traced.grid !== p.grid || traced.key !== key) {
      const entry = { grid: p.grid, key, contours: Promise.resolve<TracedContours>({ lines: [], bands: { geometry: [] } }) };
      // A newer picture's trace (or destroy) stops this one's lines between slices.
      const superseded = () => destroyed || traced !== entry;
      const lines = levels.length ? traceLines(p.grid, levels, cornerMask, superseded) : Promise.resolve([]);
      if (!bands) tracer.cancel();
      const traceBands: Promise<TracedBands> = bands ? tracer.traceBands(p.grid, bands) : Promise.resolve({ geometry: [] });
      entry.contours = Promise.all([lines, traceBands]).then(([l, b]) => ({ lines: l, bands: b }));
      traced = entry;
    }
    return traced.contours;
  }

  return {
    prefetch(p) {
      contours(p).catch(() => undefined); // reported by the draw that uses it
    },
    async draw(p, width, height, frame, stale) {
      const traced = await contours(p);
      if (!p.contours?.fill) return { lines: traced.lines, bands: null };
      // A stale draw must not start a paint: that would cancel the newer picture's trace.
      if (stale()) throw new SupersededError();
      const bands = await tracer.paint(traced.bands, pictureBandColors(p), { contours: p.contours, extent: frame }, width, height);
      return { lines: traced.lines, bands };
    },
    destroy() {
      destroyed = true;
      tracer.destroy();
    },
  };
}

/** The grid's isolines at every level, traced in slices; rejects with SupersededError once `superseded()`. */
async function traceLines(grid: Grid, levels: readonly number[], cornerMask: boolean, superseded: () => boolean): Promise<IsoLine[][]> {
  // A grid of more than one slice is traced from a task of its own; smaller ones trace at once.
  const steps = traceLevelSteps(exactValues(grid), grid.rows, grid.cols, levels, cornerMask);
  const traced = await runInSlices(steps, superseded, grid.rows * grid.cols > GRID_SLICE);
  if (!traced) throw new SupersededError();
  return traced.value;
}
