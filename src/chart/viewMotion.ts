import { extentView, type View } from '../core/view/view';
import type { ResolvedPicture } from '../core/options';
import type { ChartOptions } from './chartOptions';
import type { DrawLoop } from './drawLoop';
import type { Pointer } from './pointer';
import type { DrawnChart, SceneRenderer } from './sceneRenderer';
import type { Screen } from './screen';
import type { ViewState, ViewTarget } from './viewState';

/** What moving a chart's view works with: its parts, and its current state (read each time). */
export interface ViewMotionDeps {
  readonly views: ViewState;
  readonly scenes: Pick<SceneRenderer, 'preview'>;
  readonly screen: Pick<Screen, 'paint'>;
  readonly pointer: Pick<Pointer, 'changed'>;
  readonly loop: Pick<DrawLoop, 'ready' | 'invalidate'>;
  readonly state: () => { drawn: DrawnChart | null; picture: ResolvedPicture | null; options: ChartOptions | null; destroyed: boolean };
}

export interface ViewMotion {
  /** What gestures and keys move. */
  readonly target: ViewTarget;
  /** The screen shows a preview, not a drawn figure: readouts pause until the view is drawn. */
  readonly previewing: boolean;
  /**
   * The view wanted changed (a gesture, or options with a new view): until it is drawn, once the
   * view pauses, the screen shows the drawn figure moved to it — at most once a frame, and only
   * while the options' data is still the drawn data.
   */
  moved(): void;
  /** The figure for the view wanted is on screen. */
  drawn(): void;
  destroy(): void;
}

export function createViewMotion({ views, scenes, screen, pointer, loop, state }: ViewMotionDeps): ViewMotion {
  let frame = 0;
  let previewing = false;
  /** The view the options ask for, the extent standing for none. */
  const shown = (options: ChartOptions, d: DrawnChart) => views.wanted(options) ?? extentView(d.picture.extent);

  function moved(): void {
    views.moved();
    if (!state().drawn || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const { drawn: d, picture, options } = state();
      if (!d || !options || loop.ready || d.picture.grid !== picture?.grid) return;
      const scene = scenes.preview(d, shown(options, d));
      if (!scene) return;
      screen.paint(scene, d.pixelRatio);
      previewing = true;
      pointer.changed();
    });
  }

  return {
    target: {
      current() {
        const { drawn, options } = state();
        return drawn && options ? { drawn, view: shown(options, drawn) } : null;
      },
      request(next: View) {
        const { options, destroyed } = state();
        if (!options || destroyed || !views.request(next, options)) return;
        moved();
        loop.invalidate();
      },
    },
    get previewing() {
      return previewing;
    },
    moved,
    drawn() {
      previewing = false;
    },
    destroy() {
      cancelAnimationFrame(frame);
    },
  };
}
