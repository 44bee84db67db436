import { resolveFigure, type ResolvedFigure } from '../core/figure/figureOptions';
import { checkDeviceSize } from '../core/figure/deviceSize';
import { isLibraryError, messageOf } from '../core/errors';
import { buildGrid, cellCount, GRID_SLICE, type Grid, type GridInput } from '../core/grid/grid';
import { resolvePicture, type ResolvedPicture } from '../core/options';
import type { Scene } from '../core/scene/scene';
import { sameView, type View } from '../core/view/view';
import { checkExportArguments, sceneToDataURL } from '../export/exportScene';
import { sceneToSvg } from '../export/sceneToSvg';
import { SupersededError } from '../worker/contourTracer';
import { validateLayout, validSize, type ChartOptions } from './chartOptions';
import type { ChartSettings, ContourHeatmapChart } from './chartApi';
import { createChartColormaps } from './chartColormaps';
import { PAGE_CONTEXT_BUDGET } from './contextBudget';
import { createDrawLoop, type StepOutcome } from './drawLoop';
import { createErrorView } from './errorView';
import { createHostSize } from './hostSize';
import { observeVisibility, type Size } from './observe';
import { createPointer } from './pointer';
import { createScreen } from './screen';
import { createSceneRenderer, type DrawnChart } from './sceneRenderer';
import { runInSlices } from './slices';
import { createViewState } from './viewState';
import { createViewMotion } from './viewMotion';
import { createInteraction } from './interaction';

export type { ChartOptions } from './chartOptions';
export type { ChartSettings, ContourHeatmapChart, ExportOptions } from './chartApi';

/**
 * A framework-agnostic chart that owns everything it draws with: its screen (canvas + SVG), its
 * heatmap layer (WebGL context held within the page's budget), its contour layer (tracer and
 * worker) and its draw loop. Nothing is shared with other charts, so any number of them can be
 * updated in any order without affecting one another.
 *
 * Each draw resolves the options into a picture, draws its layers, builds the scene and paints it
 * on screen; exports paint the same scene on a 2-D canvas. Only then is the host marked
 * `data-ready="true"`.
 */
export function createContourHeatmap(host: HTMLElement, settings: ChartSettings = {}): ContourHeatmapChart {
  const budget = settings.budget ?? PAGE_CONTEXT_BUDGET;
  host.classList.add('contour-heatmap');
  host.dataset.ready = 'false';
  if (getComputedStyle(host).position === 'static') host.style.position = 'relative';

  const screen = createScreen(host);
  const errorView = createErrorView(host, settings.errorBox);
  const pointer = createPointer(host, settings, () => (motion.previewing ? null : drawn));
  let visible = true;
  const stopObservingVisibility = observeVisibility(host, (v) => {
    visible = v;
  });
  const scenes = createSceneRenderer(budget, () => visible, redraw);
  const size = createHostSize(host, redraw);
  const views = createViewState(settings.onViewChange);
  const loop = createDrawLoop(drawStep, (ready) => {
    if (!destroyed) host.dataset.ready = String(ready);
  });

  let options: ChartOptions | null = null;
  let picture: ResolvedPicture | null = null;
  let figure: ResolvedFigure | null = null;
  // The grid of the last valid options, re-used while `z` keeps its identity.
  let previousGrid: { z: GridInput; grid: Grid } | undefined;
  // A new grid too big to prepare in one task: built by the draw loop, in slices.
  let pendingZ: GridInput | null = null;
  // The colormaps this chart has loaded; the options name others: the draw loop loads them first.
  const colormaps = createChartColormaps();
  let colormapsToLoad = false;
  /** What is on screen and what it was drawn from (exports at another scale draw it again). */
  let drawn: DrawnChart | null = null;
  let destroyed = false;

  /**
   * A new size or a lost context: the picture is drawn again — unless the options themselves are
   * invalid, whose error stays until new options come (a redraw would only hide it).
   */
  function redraw(): void {
    if (picture || pendingZ) loop.invalidate();
  }

  /**
   * The one way every error reaches the user: the error view, rejected waiters and exports, onError.
   * `during` says what failed, for errors not already worded as the library's (one thrown by the
   * user's own objects, say).
   */
  function fail(e: unknown, during: string): void {
    const error = isLibraryError(e) ? e : new Error(`contour-heatmap: ${during} failed: ${messageOf(e)}`, { cause: e });
    drawn = null;
    pointer.changed();
    // The error replaces the old picture: nothing on screen may look like the new options drawn.
    screen.clear();
    errorView.show(error);
    loop.fail(error);
    settings.onError?.(error);
  }

  /** Validates the options (against the cached grid when it is theirs) and shows or clears the error. */
  function resolveOptions(): void {
    try {
      colormapsToLoad = false;
      const source = colormaps.sourceFor(options!);
      if (!source) {
        colormapsToLoad = true;
        picture = null;
        errorView.show(null);
        return;
      }
      picture = resolvePicture(options!, previousGrid, source);
      figure = resolveFigure(options!);
      previousGrid = { z: options!.z, grid: picture.grid };
      errorView.show(null);
      scenes.prefetch(picture);
    } catch (e) {
      picture = null;
      fail(e, 'reading the options (plain data is expected)');
    }
  }

  /** Validates and normalises a grid too big for one task, in slices; false if a newer grid replaced it meanwhile. */
  async function buildPendingGrid(z: GridInput): Promise<boolean> {
    try {
      // Only a new grid makes the build stale: other changes meanwhile still need this grid.
      const built = await runInSlices(buildGrid(z), () => destroyed || pendingZ !== z);
      if (!built || pendingZ !== z) return false;
      previousGrid = { z, grid: built.value };
    } catch (e) {
      if (pendingZ !== z) return false;
      picture = null;
      fail(e, 'reading z');
      return true;
    } finally {
      if (pendingZ === z) pendingZ = null;
    }
    resolveOptions();
    return true;
  }

  /** Loads the colormaps the options name (one lazy chunk), then resolves them; false if newer options came meanwhile. */
  async function loadColormaps(stale: () => boolean): Promise<boolean> {
    try {
      await colormaps.load();
    } catch (e) {
      if (stale()) return false;
      fail(e, 'loading the colormaps');
      return true;
    }
    if (stale()) return false;
    resolveOptions();
    return true;
  }

  const motion = createViewMotion({ views, scenes, screen, pointer, loop, state: () => ({ drawn, picture, options, destroyed }) });
  const interaction = createInteraction(host, { target: motion.target, pointer, options: () => options });

  async function drawStep(stale: () => boolean): Promise<StepOutcome> {
    // Millions of cells: validated and normalised in slices, so the main thread stays responsive.
    if (pendingZ && !(await buildPendingGrid(pendingZ))) return 'stale';
    if (colormapsToLoad && !(await loadColormaps(stale))) return 'stale';
    if (!picture) return 'wait'; // the options were invalid: the error is shown
    const area = size.current(options!);
    if (!area) return 'wait'; // resumed by the size observer once the host has a size
    try {
      checkDeviceSize(area.width, area.height, options?.pixelRatio ?? window.devicePixelRatio ?? 1);
      return await drawPicture(picture, figure!, area, stale);
    } catch (e) {
      // Newer options replaced these contours while they were traced: draw again for those.
      if (e instanceof SupersededError) return 'stale';
      // Found while drawing (a GPU limit, a failed worker): reported as a validation error is. The
      // picture is kept, so a new size (or context) tries again.
      if (!stale()) fail(e, 'drawing');
      return 'wait';
    }
  }

  async function drawPicture(p: ResolvedPicture, f: ResolvedFigure, area: Size, stale: () => boolean): Promise<StepOutcome> {
    const pixelRatio = options?.pixelRatio ?? window.devicePixelRatio ?? 1;
    const view = views.wanted(options!);
    // While a gesture moves the view, the preview stands in: draw once it pauses.
    if (drawn && !sameView(view, drawn.view) && !(await views.settled(stale))) return 'stale';
    const rendered = await renderScene(p, f, area, pixelRatio, view, stale);
    if (!rendered) return 'stale';
    screen.paint(rendered.scene, pixelRatio);
    motion.drawn();
    // What the scene was built from is what pointer and previews read: the picture, figure and plan are the input's.
    const { input } = rendered;
    drawn = { scene: rendered.scene, input, picture: input.picture, figure: input.figure, plan: input.plan, pixelRatio, area, view };
    pointer.changed();
    interaction.changed();
    return 'drawn';
  }

  /** Draws the layers at `pixelRatio` and builds the scene; null when the work went stale meanwhile. */
  async function renderScene(
    p: ResolvedPicture,
    f: ResolvedFigure,
    area: Size,
    pixelRatio: number,
    view: View | null,
    stale: () => boolean,
  ) {
    const rendered = await scenes.render(p, f, area, pixelRatio, options?.renderer ?? 'auto', view, stale);
    if (!rendered) return null;
    if (rendered.renderer) host.dataset.renderer = rendered.renderer;
    else delete host.dataset.renderer;
    return rendered;
  }

  /** The figure on screen, drawn again at `scale` × its pixel ratio for an export. */
  async function sceneAtScale(scale: number): Promise<{ scene: Scene<HTMLCanvasElement>; pixelRatio: number }> {
    for (;;) {
      // A container resized in this task has not told its observer yet: draw at the new size first.
      if (options && size.sync(options)) redraw();
      while (!(loop.ready && drawn)) await loop.whenReady();
      const d = drawn;
      if (scale === 1) return d;
      const pixelRatio = d.pixelRatio * scale;
      checkDeviceSize(d.area.width, d.area.height, pixelRatio);
      const scene = (await renderScene(d.picture, d.figure, d.area, pixelRatio, d.view, () => destroyed || drawn !== d))?.scene;
      if (scene && drawn === d) return { scene, pixelRatio };
      // The chart was updated meanwhile: export its new figure instead.
    }
  }

  const chart: ContourHeatmapChart = {
    update(next) {
      if (destroyed) return;
      options = next;
      loop.invalidate();
      // Sized first, with the valid parts of the options, so any error is shown at the chart's size.
      size.apply(validSize(next));
      try {
        validateLayout(next);
      } catch (e) {
        picture = null;
        fail(e, 'reading the options');
        return;
      }
      if (drawn && !sameView(views.wanted(next), drawn.view)) motion.moved();
      const newGrid = previousGrid?.z !== next.z;
      pendingZ = newGrid && cellCount(next.z) > GRID_SLICE ? next.z : null;
      if (pendingZ) {
        picture = null;
        errorView.show(null);
      } else {
        resolveOptions();
      }
    },
    whenReady: () => loop.whenReady(),
    async toDataURL(type = 'image/png', quality, exportOptions = {}) {
      const scale = checkExportArguments(type, quality, exportOptions);
      // An update while waiting means waiting again: the export always shows the latest options.
      const { scene, pixelRatio } = await sceneAtScale(scale);
      return sceneToDataURL(scene, pixelRatio, type, quality);
    },
    async toBase64(type, quality, exportOptions) {
      const url = await chart.toDataURL(type, quality, exportOptions);
      return url.slice(url.indexOf(',') + 1);
    },
    async toSVG() {
      const { scene, pixelRatio } = await sceneAtScale(1);
      return sceneToSvg(scene, pixelRatio);
    },
    async pick(x, y) {
      await sceneAtScale(1);
      return pointer.pick(x, y);
    },
    showHover(point) {
      if (!destroyed) pointer.showAt(point);
    },
    get error() {
      return loop.error;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      motion.destroy();
      loop.destroy();
      size.destroy();
      stopObservingVisibility();
      scenes.destroy();
      screen.destroy();
      errorView.destroy();
      pointer.destroy();
      interaction.destroy();
      host.classList.remove('contour-heatmap');
      delete host.dataset.ready;
      delete host.dataset.renderer;
      picture = null;
      drawn = null;
    },
  };
  return chart;
}
