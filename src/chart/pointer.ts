import type { ResolvedFigure } from '../core/figure/figureOptions';
import type { FigurePlan } from '../core/figure/planFigure';
import { createPicker, type PickInfo } from '../core/interaction/pick';
import { createReadoutText } from '../core/interaction/readoutText';
import type { ResolvedPicture } from '../core/options';
import { createCrosshair } from './crosshair';
import { figurePoint } from './hostPoint';
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
  /**
   * Shows the readout at a data point, with a crosshair through it, as if the pointer were there
   * (for the keyboard cursor, or a linked chart's pointer), until the pointer next moves over the
   * chart; null hides it. It follows the view as the figure is drawn again, and is not reported to
   * onHover (a linked chart calling back would echo forever).
   */
  showAt(point: { x: number; y: number } | null): void;
  /** The readout's text at the point given to showAt (the default text where the readout shows none or a DOM node); null when no value shows there. */
  shownText(): string | null;
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
  const crosshair = createCrosshair(host);
  let cache: { drawn: DrawnFigure; pick: ReturnType<typeof createPicker>; text: (info: PickInfo) => string } | null = null;
  /** The pointer's last position over the host, in figure CSS px; null once it left. */
  let last: { x: number; y: number } | null = null;
  /** The data point showAt gave, which the readout shows instead of the pointer's; null for none. */
  let shown: { x: number; y: number } | null = null;
  /** The readout's text at `shown`, as last placed; null where no value shows. */
  let shownText: string | null = null;
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

  /** Where a data point is on screen (figure CSS px), through the drawn figure's view; null when not over its axes. */
  function onScreen(point: { x: number; y: number }): { x: number; y: number } | null {
    const drawn = current();
    if (!drawn) return null;
    const { image, xView, yView } = drawn.plan;
    const x = image.left + ((point.x - xView[0]) / (xView[1] - xView[0])) * image.width;
    const y = image.top + ((yView[1] - point.y) / (yView[1] - yView[0])) * image.height;
    return x >= image.left && x < image.left + image.width && y >= image.top && y < image.top + image.height ? { x, y } : null;
  }

  /** Reports what is under the pointer to onHover, then places the readout. */
  function update(): void {
    const hovered = last && pick(last.x, last.y);
    if (hovered || hovering) settings.onHover?.(hovered);
    hovering = hovered !== null;
    place(hovered);
  }

  /** The readout and crosshair at the shown point, else the readout at the pointer (`hovered`: what is under it). */
  function place(hovered: PickInfo | null): void {
    const at = shown ? onScreen(shown) : last;
    const info = shown ? at && pick(at.x, at.y) : hovered;
    if (shown && at && info) crosshair.show(at.x, at.y, cache!.drawn.plan.image);
    else crosshair.hide();
    const content = info && readoutContent(info);
    // A DOM node (React renders into it later) or no box still has the default text to say.
    shownText = shown && info ? (typeof content === 'string' ? content : cache!.text(info)) : null;
    if (content === null || content === undefined) box.hide();
    else box.show(content, at!.x, at!.y, cache!.drawn.plan.width, cache!.drawn.plan.height);
  }

  function readoutContent(info: PickInfo): string | Node | null {
    const { readout = true } = settings;
    if (readout === false) return null;
    const text = cache!.text(info);
    return readout === true ? text : readout(info, text);
  }

  function onMove(e: PointerEvent): void {
    last = figurePoint(host, e.clientX, e.clientY);
    shown = null;
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
    showAt(point) {
      if (destroyed) return;
      shown = point && { x: point.x, y: point.y };
      place(last && pick(last.x, last.y));
    },
    shownText: () => shownText,
    changed() {
      if (!destroyed) update();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      host.removeEventListener('pointermove', onMove);
      host.removeEventListener('pointerleave', onLeave);
      box.destroy();
      crosshair.destroy();
      cache = null;
    },
  };
}
