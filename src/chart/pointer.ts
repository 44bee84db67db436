import type { ResolvedFigure } from '../core/figure/figureOptions';
import type { FigurePlan } from '../core/figure/planFigure';
import { createPicker, type PickInfo } from '../core/interaction/pick';
import { createReadoutText } from '../core/interaction/readoutText';
import type { ResolvedPicture } from '../core/options';
import { createReadoutBox } from './readoutBox';

/** The figure on screen, as far as reading values from it goes. */
export interface DrawnFigure {
  readonly picture: ResolvedPicture;
  readonly figure: ResolvedFigure;
  readonly plan: FigurePlan;
  readonly pixelRatio: number;
}

/**
 * The readout beside the pointer: true shows `x=…, y=…, z=…` (formatted as matplotlib's cursor
 * readout formats them), false shows none; a function gets the info and that default text and
 * returns the box's text, a DOM node to show in it (the caller's, left in place), or null for
 * no box at this point.
 */
export type ReadoutSetting = boolean | ((info: PickInfo, text: string) => string | Node | null);

export interface PointerSettings {
  /** Called with what lies under the pointer on every move over the image, and once with null when it leaves the image. */
  readonly onHover?: ((info: PickInfo | null) => void) | undefined;
  /** The box beside the pointer with the value under it (see {@link ReadoutSetting}). Default true. */
  readonly readout?: ReadoutSetting | undefined;
}

export interface Pointer {
  /** What lies under (x, y), CSS px from the figure's top-left corner; null outside the image or with nothing on screen. */
  pick(x: number, y: number): PickInfo | null;
  /** The figure on screen changed (drawn again, or cleared for an error): onHover and the readout follow it at the pointer's last position. */
  changed(): void;
  /** Stops listening and removes the readout. Safe to call more than once. */
  destroy(): void;
}

/**
 * Reads values under the pointer from the figure `current()` returns (null while none is on
 * screen), on the CPU and with no read-back from the GPU: the picker samples the one pixel under
 * the pointer from the grid with the renderers' own taps, its weight tables built once per drawn
 * figure.
 */
export function createPointer(host: HTMLElement, settings: PointerSettings, current: () => DrawnFigure | null): Pointer {
  const box = createReadoutBox(host);
  let cache: { drawn: DrawnFigure; pick: ReturnType<typeof createPicker>; text: (info: PickInfo) => string } | null = null;
  /** The pointer's last position over the host, in figure CSS px; null once it left. */
  let last: { x: number; y: number } | null = null;
  let hovering = false;
  let destroyed = false;

  function pick(x: number, y: number): PickInfo | null {
    const drawn = current();
    if (!drawn) return null;
    if (cache?.drawn !== drawn) {
      const { picture, figure, plan, pixelRatio } = drawn;
      cache = { drawn, pick: createPicker(picture, plan, pixelRatio), text: createReadoutText(picture, figure, plan, pixelRatio) };
    }
    return cache.pick(x, y);
  }

  function update(): void {
    const info = last && pick(last.x, last.y);
    if (info || hovering) settings.onHover?.(info);
    hovering = info !== null;
    const content = info && readoutContent(info);
    if (content === null || content === undefined) box.hide();
    else box.show(content, last!.x, last!.y, cache!.drawn.plan.width, cache!.drawn.plan.height);
  }

  function readoutContent(info: PickInfo): string | Node | null {
    const { readout = true } = settings;
    if (readout === false) return null;
    const text = cache!.text(info);
    return readout === true ? text : readout(info, text);
  }

  function onMove(e: PointerEvent): void {
    // Client px to the figure's: the canvas sits at the host's padding edge; a CSS transform may scale the host.
    const r = host.getBoundingClientRect();
    const sx = r.width ? host.offsetWidth / r.width : 1;
    const sy = r.height ? host.offsetHeight / r.height : 1;
    last = { x: (e.clientX - r.left) * sx - host.clientLeft, y: (e.clientY - r.top) * sy - host.clientTop };
    update();
  }

  function onLeave(): void {
    last = null;
    update();
  }

  host.addEventListener('pointermove', onMove);
  host.addEventListener('pointerleave', onLeave);
  return {
    pick,
    changed() {
      if (!destroyed) update();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      host.removeEventListener('pointermove', onMove);
      host.removeEventListener('pointerleave', onLeave);
      box.destroy();
      cache = null;
    },
  };
}
