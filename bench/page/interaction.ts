// What reading and moving a big chart costs: pointer moves over it (the readout under each) and a
// wheel zoom gesture (a preview per frame, then the exact picture once the gesture pauses).
import type { BenchGrid } from './fields';
import { mount, ready, seedProps, unmount } from './ours';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** The chart's root and the centre of its axes (the image box) in client px. */
function axesOf(container: HTMLElement): { host: HTMLElement; x: number; y: number; width: number; height: number } {
  const host = container.querySelector<HTMLElement>('.contour-heatmap')!;
  const image = host.querySelector<HTMLElement>('.contour-heatmap-lines') ?? host;
  const r = (image.querySelector('clipPath rect') ?? image).getBoundingClientRect();
  return { host, x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
}

export interface PointerMovesRun {
  readonly moves: number;
  /** Main-thread time of all the moves' handlers (each dispatched synchronously), and per move. */
  readonly totalMs: number;
  readonly perMoveMs: number;
  readonly maxMoveMs: number;
  /** The first move (it prepares the picker for the drawn figure) and the slowest of the others. */
  readonly firstMoveMs: number;
  readonly maxLaterMoveMs: number;
  /** Moves that showed a readout (all of them should: every point is over the image). */
  readonly readouts: number;
}

/** `moves` pointer moves across the axes of a mounted n × n seed chart, each timed as its handler runs. */
export async function pointerMoves(grid: BenchGrid, moves: number): Promise<PointerMovesRun> {
  const m = mount([seedProps(grid, 1000, 500)]);
  await ready(m);
  await frame();
  const { host, x, y, width, height } = axesOf(m.container);
  const times: number[] = [];
  let readouts = 0;
  for (let i = 0; i < moves; i++) {
    const t = i / moves;
    const event = new PointerEvent('pointermove', {
      clientX: x + (t - 0.5) * width * 0.9,
      clientY: y + Math.sin(t * 6.28) * height * 0.4,
      bubbles: true,
      pointerType: 'mouse',
    });
    const t0 = performance.now();
    host.dispatchEvent(event);
    times.push(performance.now() - t0);
    const box = host.querySelector<HTMLElement>('.contour-heatmap-readout');
    if (box && box.style.display !== 'none' && box.textContent) readouts++;
  }
  unmount(m);
  const totalMs = times.reduce((a, b) => a + b, 0);
  return {
    moves,
    totalMs,
    perMoveMs: totalMs / moves,
    maxMoveMs: Math.max(...times),
    firstMoveMs: times[0]!,
    maxLaterMoveMs: Math.max(...times.slice(1)),
    readouts,
  };
}

export interface GestureRun {
  readonly steps: number;
  /** Main-thread time of each wheel event's handler plus the frame's preview paint, the worst of the gesture. */
  readonly maxStepMs: number;
  readonly meanStepMs: number;
  /** From the gesture's last wheel event to the exact picture (data-ready="true"): the pause plus the draw. */
  readonly exactAfterMs: number;
  readonly renderer: string | null;
}

/**
 * A wheel zoom over a mounted n × n seed chart: `steps` wheel events one frame apart, zooming in
 * about the axes centre; each step's cost is its handler plus the preview painted in the next
 * frame. Then the time until the exact picture for the final view is on screen.
 */
export async function wheelGesture(grid: BenchGrid, steps: number): Promise<GestureRun> {
  const m = mount([seedProps(grid, 1000, 500)]);
  await ready(m);
  await frame();
  const { host, x, y } = axesOf(m.container);
  const stepMs: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    host.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: -60, deltaMode: 0, bubbles: true, cancelable: true }));
    const handled = performance.now() - t0;
    // The chart paints its preview in the next frame's callbacks, queued before this one: the
    // time from the frame's start to this callback is that paint.
    const frameStart = await frame();
    stepMs.push(handled + (performance.now() - frameStart));
  }
  const last = performance.now();
  await ready(m);
  const exactAfterMs = performance.now() - last;
  const renderer = host.dataset.renderer ?? null;
  unmount(m);
  return {
    steps,
    maxStepMs: Math.max(...stepMs),
    meanStepMs: stepMs.reduce((a, b) => a + b, 0) / steps,
    exactAfterMs,
    renderer,
  };
}
