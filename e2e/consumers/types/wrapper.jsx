// @ts-check
// A typed wrapper as a user writes one, against the built package's types (see tsconfig.json here):
// type-checked by `npm run check:package`, never run. Every public type a wrapper needs is imported
// from 'contour-heatmap' itself.
/**
 * @import { ForwardedRef, ReactNode } from 'react'
 * @import {
 *   AxesOptions, ChartOptions, ChartSettings, Color, ColorbarOptions, ColormapInput, ColormapName, ContextBudget, ContourHeatmapChart,
 *   ContourHeatmapHandle, ContourHeatmapProps, ContourHeatmapRootProps, ContourLabelsOptions, ContourOptions, ContourStyleOptions,
 *   CustomColormapInput, DataAttributes, ExportOptions, Extend, Extent, FigureOptions, FillOptions, GridInput, ImageType,
 *   InterpolationName, InterpolationStage, LineStyleName, ListedColormapInput, NormObject, NormSpec, NormType, Origin,
 *   RegisteredColormap, RendererChoice, StopsColormapInput
 * } from 'contour-heatmap'
 */
import { forwardRef, useRef } from 'react';
import {
  COLORMAP_NAMES,
  ContextBudgetProvider,
  ContourHeatmap,
  createContextBudget,
  createContourHeatmap,
  levelsFromCount,
} from 'contour-heatmap';
import { jet, reversed, tab10 } from 'contour-heatmap/colormaps';

/** @param {ColormapName} name */
function colormapName(name) {
  return name;
}
colormapName('RdBu_r');
colormapName(COLORMAP_NAMES[0] ?? 'viridis');
// @ts-expect-error a misspelt colormap name is not a ColormapName
colormapName('virdis');

/** @type {LineStyleName} */
const dashed = 'dashed';
/** @type {Color[]} */
const colors = ['k', 'tab:blue', '#ff000080', '0.5', 'C3', [1, 0, 0, 1]];
/** @type {CustomColormapInput} */
const stops = {
  stops: [
    [0, 'navy'],
    [1, 'gold'],
  ],
};
/** @type {RegisteredColormap} */
const jetReversed = reversed(jet);
/** @type {ColormapInput[]} */
const colormaps = ['jet', { colors }, stops, jetReversed, tab10];
// @ts-expect-error a misspelt colormap name is not a colormap
colormaps.push('virdis');
/** @type {NormSpec[]} */
const norms = [
  { type: 'log' },
  { type: 'power', gamma: 0.5 },
  { type: 'twoSlope', vcenter: 0 },
  { type: 'boundary', boundaries: [0, 1, 2] },
];
/** @type {NormType} */
const normType = 'symlog';
/** @type {NormSpec} */
const norm = { type: normType, linthresh: 1 };
/** @type {FillOptions} */
const fill = { cmap: 'jet', alpha: 0.5 };
/** @type {Extend} */
const extend = 'both';
/** @type {ContourOptions} */
const contours = { levels: levelsFromCount(8, 0, 1), colors: 'k', linestyles: [dashed, 'solid'], filled: fill, lines: true, extend };
/** @type {NonNullable<ContourStyleOptions['linestyles']>} */
const linestyles = ['dotted'];
/** @type {ContourHeatmapRootProps} */
const rootProps = { id: 'chart', role: 'img', 'aria-label': 'A heatmap', 'data-testid': 'chart', style: { height: 240 } };
/** @type {Extent} */
const extent = [-3, 4, -4, 3];
/** @type {GridInput} */
const grid = { values: new Float32Array(6), rows: 2, cols: 3 };
/** @type {{ origin: Origin; interpolation: InterpolationName; interpolationStage: InterpolationStage; renderer: RendererChoice; type: ImageType }} */
const choices = { origin: 'lower', interpolation: 'spline36', interpolationStage: 'rgba', renderer: 'auto', type: 'image/jpeg' };

/**
 * The wrapper's props: the chart's, with the grid and the colormap under its own names.
 * @typedef {Omit<ContourHeatmapProps, 'z' | 'cmap'> & { field: GridInput; palette?: ColormapName; caption: ReactNode }} FigureProps
 */

export const Figure = forwardRef(
  /**
   * @param {FigureProps} props
   * @param {ForwardedRef<ContourHeatmapHandle>} ref
   */
  function Figure({ field, palette = 'viridis', caption, ...chartProps }, ref) {
    return (
      <figure>
        <ContourHeatmap ref={ref} z={field} cmap={palette} {...chartProps} />
        <figcaption>{caption}</figcaption>
      </figure>
    );
  },
);

/**
 * A wrapper whose own optional props pass straight through, possibly undefined: this compiles only
 * if the component's props are declared `prop?: T | undefined` (exactOptionalPropertyTypes).
 * @param {{
 *   field: GridInput; palette?: ColormapInput | undefined; norm?: NormSpec | undefined; contours?: ContourOptions | false | undefined;
 *   axes?: boolean | AxesOptions | undefined; width?: number | undefined; renderer?: RendererChoice | undefined;
 *   onReady?: (() => void) | undefined; className?: string | undefined;
 * }} props
 */
export function PassThrough({ field, palette, norm, contours, axes, width, renderer, onReady, className }) {
  return (
    <ContourHeatmap
      z={field}
      cmap={palette}
      norm={norm}
      contours={contours}
      axes={axes}
      width={width}
      renderer={renderer}
      onReady={onReady}
      className={className}
    />
  );
}

/**
 * Each optional property of T, present and possibly undefined: what such a wrapper passes on.
 * @template T
 * @typedef {{ [K in keyof T as {} extends Pick<T, K> ? K : never]-?: T[K] | undefined }} GivenAsUndefined
 */
// Every options object of the public API takes `undefined` for every optional property.
/** @type {Partial<ChartOptions>} */
export const chartOptionsUndefined = /** @type {GivenAsUndefined<ChartOptions>} */ ({});
/** @type {Partial<FigureOptions & AxesOptions & ColorbarOptions & ContourLabelsOptions>} */
export const figureOptionsUndefined =
  /** @type {GivenAsUndefined<FigureOptions & AxesOptions & ColorbarOptions & ContourLabelsOptions>} */ ({});
/** @type {Partial<ContourOptions & FillOptions>} */
export const contourOptionsUndefined = /** @type {GivenAsUndefined<ContourOptions & FillOptions>} */ ({});
/** @type {Partial<ChartSettings & ExportOptions & ListedColormapInput & StopsColormapInput>} */
export const settingsUndefined =
  /** @type {GivenAsUndefined<ChartSettings & ExportOptions & ListedColormapInput & StopsColormapInput>} */ ({});
/** @type {Partial<Extract<NormObject, { type: 'symlog' }>>} */
export const symlogUndefined = /** @type {GivenAsUndefined<Extract<NormObject, { type: 'symlog' }>>} */ ({});
/** @type {Partial<Extract<NormObject, { type: 'boundary' }>>} */
export const boundaryUndefined = /** @type {GivenAsUndefined<Extract<NormObject, { type: 'boundary' }>>} */ ({});
/** @type {Partial<Extract<NormObject, { type: 'centered' }>>} */
export const centeredUndefined = /** @type {GivenAsUndefined<Extract<NormObject, { type: 'centered' }>>} */ ({});
/** @type {Partial<Extract<NormObject, { type: 'power' }>>} */
export const powerUndefined = /** @type {GivenAsUndefined<Extract<NormObject, { type: 'power' }>>} */ ({});
/** @type {DataAttributes} */
export const dataAttributes = { 'data-chart': undefined };

/** @param {{ budget: ContextBudget }} props */
export function App({ budget }) {
  const figure = useRef(/** @type {ContourHeatmapHandle | null} */ (null));
  return (
    <ContextBudgetProvider budget={budget}>
      <Figure
        ref={figure}
        field={grid}
        palette="RdBu_r"
        caption="A figure"
        extent={extent}
        origin={choices.origin}
        interpolation={choices.interpolation}
        norm={norm}
        contours={contours}
        width={400}
        height={300}
        renderError={(error) => <p>{error.message}</p>}
        onReady={() => void figure.current?.toBase64(choices.type, 0.9).then((base64) => base64.length)}
        id="figure"
        className="figure"
        style={{ border: '1px solid' }}
        role="img"
        title="A heatmap"
        tabIndex={0}
        aria-label="A heatmap of the field"
        data-testid="figure"
      />
      <ContourHeatmap
        z={[
          [1, 2],
          [3, 4],
        ]}
        cmap={colormaps[0] ?? 'viridis'}
        contours={false}
        renderError={false}
        {...rootProps}
      />
      <ContourHeatmap z={grid} cmap={jetReversed} contours={{ cmap: tab10, filled: { cmap: jet } }} />
      {/* @ts-expect-error a misspelt colormap name does not compile (names autocomplete) */}
      <ContourHeatmap z={grid} cmap="virdis" />
      <PassThrough field={grid} />
    </ContextBudgetProvider>
  );
}

/** The chart without React. */
export async function plain() {
  /** @type {ChartSettings} */
  const settings = { budget: createContextBudget(2), onError: (error) => console.error(error.message) };
  /** @type {ContourHeatmapChart} */
  const chart = createContourHeatmap(document.createElement('div'), settings);
  /** @type {ChartOptions} */
  const options = {
    z: grid,
    cmap: stops,
    underColor: undefined,
    norm: norms[1] ?? norm,
    contours: { ...contours, linestyles },
    renderer: choices.renderer,
    width: 400,
    height: 300,
  };
  chart.update(options);
  // @ts-expect-error a misspelt colormap name does not compile in the plain chart's options either
  chart.update({ z: grid, contours: { cmap: 'Jet' } });
  await chart.whenReady();
  const base64 = await chart.toBase64('image/png');
  chart.destroy();
  return base64;
}
