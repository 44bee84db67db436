// Loads the whole-figure fixtures that fixtures/matplotlib/figure_cases.py writes (matplotlib's
// savefig PNG and what it drew: boxes, ticks, texts), for the unit and browser tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rgba } from './matplotlibFixtures';

const FOLDER = fileURLToPath(new URL('../fixtures/matplotlib/figures/', import.meta.url));

export interface FigureBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface FigureTick {
  readonly value: number;
  readonly label: string;
  readonly pixel: number;
  readonly labelVisible: boolean;
  readonly plain?: { readonly base: string; readonly superscript: string };
}

export interface FigureText {
  readonly text: string;
  readonly anchor: readonly [number, number];
  readonly box: FigureBox;
}

export interface FigureAxis {
  readonly ticks: readonly FigureTick[];
  readonly offsetText: FigureText;
  readonly label: FigureText;
}

export interface FigureFixture {
  readonly name: string;
  readonly size: readonly [number, number];
  readonly props: Record<string, unknown>;
  readonly axesBox: FigureBox;
  readonly colorbarBox: FigureBox | null;
  readonly xaxis: FigureAxis;
  readonly yaxis: FigureAxis;
  readonly title: FigureText;
  readonly colorbar: (FigureAxis & { readonly orientation: 'vertical' | 'horizontal'; readonly box: FigureBox }) | null;
  readonly contourLabels?: readonly (FigureText & { readonly level: number; readonly rotationSigned: number })[];
}

export const FIGURE_NAMES: readonly string[] = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();

/** The fixture, with the props' nulls (Python's None: "not given") left out. */
export function loadFigureFixture(name: string): FigureFixture {
  const fixture = JSON.parse(readFileSync(`${FOLDER}${name}.json`, 'utf8')) as FigureFixture;
  return { ...fixture, props: withoutNulls(fixture.props) as Record<string, unknown> };
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === null ? NaN : withoutNulls(v)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** The fixture's savefig PNG, as bytes. */
export function figurePng(name: string): Buffer {
  return readFileSync(`${FOLDER}${name}.png`);
}

/** The part of an image inside a box (rounded to whole pixels): e.g. a figure's axes. */
export function cropImage(image: Rgba, box: FigureBox): Rgba {
  const left = Math.round(box.left);
  const top = Math.round(box.top);
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    data.set(image.data.subarray(((top + y) * image.width + left) * 4, ((top + y) * image.width + left + width) * 4), y * width * 4);
  }
  return { width, height, data };
}
