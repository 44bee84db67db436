import type { AriaAttributes, CSSProperties } from 'react';
import type { ChartOptions } from '../chart/createContourHeatmap';
import type { ReadoutProps } from './readout';

/** Attributes the chart itself keeps on its root element (the DOM contract): never passed through. */
const CHART_ATTRIBUTES = Object.freeze(['data-ready', 'data-error', 'data-renderer']);

/** `data-*` attributes, passed to the root element. */
export type DataAttributes = { readonly [name: `data-${string}`]: string | number | boolean | undefined };

/**
 * Attributes passed through to the chart's root element (the element with class `contour-heatmap`).
 * The chart's own `data-ready`, `data-error` and `data-renderer` are not passed through.
 */
export interface ContourHeatmapRootProps extends AriaAttributes, DataAttributes {
  /** The root element's `id`. */
  readonly id?: string | undefined;
  /** Added to the root's own class, `contour-heatmap`. */
  readonly className?: string | undefined;
  /** The root's style. Without the `width` / `height` props, a `width` / `height` here sizes the chart. */
  readonly style?: CSSProperties | undefined;
  /** The root element's `role`, e.g. 'img' with an `aria-label`. */
  readonly role?: string | undefined;
  /** The root element's `title` (a tooltip). */
  readonly title?: string | undefined;
  /** The root element's `tabIndex`. */
  readonly tabIndex?: number | undefined;
}

/** The props that are the component's own, not the chart's options (besides aria-* and data-* attributes). */
const COMPONENT_PROPS: readonly string[] = Object.freeze([
  'onError',
  'onReady',
  'renderError',
  'onHover',
  'readout',
  'onViewChange',
  'id',
  'className',
  'style',
  'role',
  'title',
  'tabIndex',
] satisfies (keyof ContourHeatmapRootProps | keyof ReadoutProps | 'onError' | 'onReady' | 'renderError' | 'onViewChange')[]);

/** The chart options among the props: every other prop given (an option given as undefined is passed as such). */
export function chartOptions(props: object): ChartOptions {
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!COMPONENT_PROPS.includes(key) && !key.startsWith('aria-') && !key.startsWith('data-')) options[key] = value;
  }
  return options as unknown as ChartOptions;
}

/** The attributes of the root element: the pass-through props, and the chart's class. */
export function rootAttributes(props: ContourHeatmapRootProps): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    className: props.className ? `contour-heatmap ${props.className}` : 'contour-heatmap',
    style: props.style,
  };
  for (const key of ['id', 'role', 'title', 'tabIndex'] as const) {
    if (props[key] !== undefined) attributes[key] = props[key];
  }
  for (const [key, value] of Object.entries(props)) {
    if ((key.startsWith('aria-') || key.startsWith('data-')) && !CHART_ATTRIBUTES.includes(key)) attributes[key] = value;
  }
  return attributes;
}
