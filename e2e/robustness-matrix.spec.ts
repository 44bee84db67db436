// Robustness: every hostile input ends in a correct picture or a clear, reported error.
//
// A table of bad inputs for every prop — malformed, extreme, of the wrong type, hostile strings —
// each mounted alone on one shared harness page and checked against the one error channel: either
// data-ready="true" and a sane export (its size, not blank where it should not be), or an error
// naming the prop, in data-error and the alert box (visible, the chart's size), reported to
// onError exactly once, with whenReady and the export rejected. Hostile strings must stay text.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectFailure, expectPicture, openRobust, pngStats, type Observed } from './robustnessSupport';

/** A hostile payload: would run if any of it were parsed as HTML. */
const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const SVG_XSS = '</text></svg><svg onload="window.__pwned=3"><script>window.__pwned=4</script>';

const z = { $: 'wave', rows: 18, cols: 24 };
const base = { z, width: 240, height: 160, pixelRatio: 1, axes: false, contours: { levels: 5, colors: 'k' } };
const withAxes = { ...base, axes: true, width: 320, height: 240 };

type Picture =
  /** No axes: the heatmap fills the figure, every pixel opaque, several colours. */
  | 'opaque'
  /** No axes, constant data: every pixel opaque (one colour is right). */
  | 'opaqueFlat'
  /** Axes on a white background, the heatmap inside: opaque, partly not white. */
  | 'figure'
  /** Only the export's size is checked (transparent parts expected). */
  | 'any';

interface Case {
  name: string;
  props: Record<string, unknown>;
  /** The prop the error must name; 'ready' when the chart must draw; { readyOr } when either a picture or that error is right. */
  expect: string | 'ready' | { readyOr: string } | { prefix: string } | { cause: string };
  picture?: Picture;
  /** Extra checks of a drawn chart. */
  check?: (o: Observed) => void;
  /** Runs on a page of its own, given up after this many ms (the input may block the page's main thread). */
  isolatedMs?: number;
}

const contours = (c: Record<string, unknown>) => ({ ...base, contours: { ...base.contours, ...c } });
const contoursAxes = (c: Record<string, unknown>) => ({ ...withAxes, contours: { ...base.contours, ...c } });

const CASES: Case[] = [
  // z
  { name: 'z missing', props: { ...base, z: { $: 'undefined' } }, expect: 'z' },
  { name: 'z empty', props: { ...base, z: [] }, expect: 'z' },
  { name: 'z one empty row', props: { ...base, z: [[]] }, expect: 'z' },
  { name: 'z ragged rows', props: { ...base, z: [[1, 2], [3]] }, expect: 'z' },
  {
    name: 'z holds a numeric string',
    props: {
      ...base,
      z: [
        [1, '2'],
        [3, 4],
      ],
    },
    expect: 'z',
  },
  {
    name: 'z holds a BigInt',
    props: {
      ...base,
      z: [
        [1, { $: 'bigint' }],
        [3, 4],
      ],
    },
    expect: 'z',
  },
  {
    name: 'z holds an object',
    props: {
      ...base,
      z: [
        [1, {}],
        [3, 4],
      ],
    },
    expect: 'z',
  },
  { name: 'z is a string', props: { ...base, z: 'abc' }, expect: 'z' },
  { name: 'z is null', props: { ...base, z: null }, expect: 'z' },
  { name: 'z is a Date', props: { ...base, z: { $: 'date' } }, expect: 'z' },
  { name: 'z flat values too short', props: { ...base, z: { $: 'wave', rows: 2, cols: 3, flat: 'f32', length: 5 } }, expect: 'z' },
  { name: 'z flat rows not an integer', props: { ...base, z: { values: [1, 2, 3, 4, 5], rows: 2.5, cols: 2 } }, expect: 'z' },
  {
    name: 'z flat values an Int32Array',
    props: { ...base, z: { values: { $: 'typed', type: 'Int32Array', values: [1, 2, 3, 4] }, rows: 2, cols: 2 } },
    expect: 'z',
  },
  {
    name: 'z flat shape beyond 2^28 cells',
    props: { ...base, z: { values: [], rows: 20000, cols: 20000 } },
    expect: 'z',
  },
  { name: 'z flat shape with negative cols', props: { ...base, z: { values: [], rows: 4, cols: -1 } }, expect: 'z' },
  { name: 'z every cell NaN', props: { ...base, z: { $: 'const', rows: 10, cols: 10, value: null } }, expect: 'ready', picture: 'any' },
  {
    name: 'z with ±Infinity and NaN cells',
    props: {
      ...base,
      z: [
        [1, Infinity, 3],
        [-Infinity, 2, NaN],
        [0, 1, 2],
      ],
    },
    expect: 'ready',
    picture: 'any',
  },
  { name: 'z a single cell', props: { ...base, z: [[5]] }, expect: 'ready', picture: 'opaqueFlat' },
  { name: 'z constant', props: { ...base, z: { $: 'const', rows: 10, cols: 10, value: 3 } }, expect: 'ready', picture: 'opaqueFlat' },
  {
    name: 'z near ±1e308',
    props: { ...base, z: { $: 'wave', rows: 18, cols: 24, scale: 1.4e308 } },
    expect: 'ready',
    picture: 'opaque',
    check: (o) => expect(o.paths).toBeGreaterThan(0),
  },
  {
    name: 'z subnormal values',
    props: { ...base, z: { $: 'wave', rows: 18, cols: 24, scale: 1e-310 } },
    expect: 'ready',
    picture: 'opaque',
  },
  { name: 'z offset by 1e15', props: { ...base, z: { $: 'wave', rows: 18, cols: 24, offset: 1e15 } }, expect: 'ready', picture: 'opaque' },

  // extent, origin
  { name: 'extent with no width', props: { ...base, extent: [0, 0, 1, 2] }, expect: 'extent' },
  { name: 'extent with NaN', props: { ...base, extent: [0, 1, NaN, 2] }, expect: 'extent' },
  { name: 'extent with Infinity', props: { ...base, extent: [0, Infinity, 0, 2] }, expect: 'extent' },
  { name: 'extent a string', props: { ...base, extent: 'abc' }, expect: 'extent' },
  { name: 'extent of three numbers', props: { ...base, extent: [0, 1, 2] }, expect: 'extent' },
  { name: 'extent with string entries', props: { ...base, extent: ['0', '1', '0', '1'] }, expect: 'extent' },
  { name: 'extent reversed', props: { ...base, extent: [10, 0, 5, -5] }, expect: 'ready', picture: 'opaque' },
  {
    name: 'extent spanning ±1e308 with axes',
    props: { ...withAxes, extent: [-1e308, 1e308, -1e308, 1e308] },
    expect: 'ready',
    picture: 'figure',
    check: (o) => expect(o.paths).toBeGreaterThan(0),
  },
  { name: 'extent 1e-300 wide with axes', props: { ...withAxes, extent: [0, 1e-300, 0, 1e-300] }, expect: 'ready', picture: 'figure' },
  { name: 'origin unknown', props: { ...base, origin: 'middle' }, expect: 'origin' },
  { name: 'origin a number', props: { ...base, origin: 42 }, expect: 'origin' },

  // interpolation, interpolationStage, filterrad
  { name: 'interpolation unknown', props: { ...base, interpolation: 'cubicish' }, expect: 'interpolation' },
  { name: 'interpolation an HTML payload', props: { ...base, interpolation: XSS }, expect: 'interpolation' },
  { name: 'interpolation a number', props: { ...base, interpolation: 3 }, expect: 'interpolation' },
  { name: 'interpolationStage unknown', props: { ...base, interpolationStage: 'pixels' }, expect: 'interpolationStage' },
  {
    name: 'interpolationStage rgba with NaN cells',
    props: {
      ...base,
      interpolationStage: 'rgba',
      interpolation: 'bicubic',
      z: [
        [1, NaN, 3],
        [2, 2, 1],
        [0, 1, 2],
      ],
    },
    expect: 'ready',
    picture: 'any',
  },
  { name: 'filterrad zero', props: { ...base, filterrad: 0 }, expect: 'filterrad' },
  { name: 'filterrad negative', props: { ...base, filterrad: -1 }, expect: 'filterrad' },
  { name: 'filterrad NaN', props: { ...base, filterrad: NaN }, expect: 'filterrad' },
  { name: 'filterrad a string', props: { ...base, filterrad: '4' }, expect: 'filterrad' },
  {
    name: 'filterrad 1000 with lanczos under renderer auto',
    props: { ...base, interpolation: 'lanczos', filterrad: 1000 },
    expect: { readyOr: 'filterrad' },
    picture: 'opaque',
  },
  {
    name: 'filterrad 1e7 with lanczos',
    props: { ...base, interpolation: 'lanczos', filterrad: 1e7 },
    expect: { readyOr: 'filterrad' },
    picture: 'opaque',
    isolatedMs: 15_000,
  },

  // cmap and its extremes
  { name: 'cmap unknown', props: { ...base, cmap: 'nope' }, expect: 'cmap' },
  { name: 'cmap __proto__', props: { ...base, cmap: '__proto__' }, expect: 'cmap' },
  { name: 'cmap constructor', props: { ...base, cmap: 'constructor' }, expect: 'cmap' },
  { name: 'cmap an HTML payload', props: { ...base, cmap: XSS }, expect: 'cmap' },
  { name: 'cmap a number', props: { ...base, cmap: 42 }, expect: 'cmap' },
  { name: 'cmap a symbol', props: { ...base, cmap: { $: 'symbol' } }, expect: 'cmap' },
  { name: 'cmap an empty object', props: { ...base, cmap: {} }, expect: 'cmap' },
  { name: 'cmap with no colours', props: { ...base, cmap: { colors: [] } }, expect: 'cmap.colors' },
  {
    name: 'cmap stops not reaching 1',
    props: {
      ...base,
      cmap: {
        stops: [
          [0, 'red'],
          [0.5, 'blue'],
        ],
      },
    },
    expect: 'cmap.stops',
  },
  {
    name: 'cmap stops decreasing',
    props: {
      ...base,
      cmap: {
        stops: [
          [0, 'red'],
          [0.7, 'blue'],
          [0.3, 'green'],
          [1, 'k'],
        ],
      },
    },
    expect: 'cmap.stops[2]',
  },
  { name: 'cmap reversed name', props: { ...base, cmap: 'jet_r' }, expect: 'ready', picture: 'opaque' },
  { name: 'underColor not a colour', props: { ...base, underColor: 'notacolor', vmin: 0 }, expect: 'underColor' },
  { name: 'overColor RGB out of range', props: { ...base, overColor: [2, 0, 0] }, expect: 'overColor' },
  { name: 'overColor an object', props: { ...base, overColor: {} }, expect: 'overColor' },
  { name: 'badColor grey level above 1', props: { ...base, badColor: '1.5' }, expect: 'badColor' },
  { name: 'badColor five hex digits', props: { ...base, badColor: '#12345' }, expect: 'badColor' },
  { name: 'badColor an HTML payload', props: { ...base, badColor: XSS }, expect: 'badColor' },
  {
    name: 'badColor a huge cycle index',
    props: {
      ...base,
      badColor: 'C99999999999999999999999',
      z: [
        [1, NaN],
        [2, 3],
      ],
    },
    expect: 'ready',
    picture: 'opaque',
  },

  // vmin, vmax, norm
  { name: 'vmin above vmax', props: { ...base, vmin: 5, vmax: 1 }, expect: 'vmin' },
  { name: 'vmin NaN', props: { ...base, vmin: NaN }, expect: 'vmin' },
  { name: 'vmax Infinity', props: { ...base, vmax: Infinity }, expect: 'vmax' },
  { name: 'vmin a string', props: { ...base, vmin: '0' }, expect: 'vmin' },
  { name: 'vmin equal to vmax', props: { ...base, vmin: 0.3, vmax: 0.3 }, expect: 'ready', picture: 'opaque' },
  { name: 'vmin/vmax ±1e308', props: { ...base, vmin: -1e308, vmax: 1e308 }, expect: 'ready', picture: 'opaque' },
  { name: 'vmin/vmax far above the data', props: { ...base, vmin: 1e308, vmax: 1.7e308 }, expect: 'ready', picture: 'opaque' },
  { name: 'norm string unknown', props: { ...base, norm: 'nope' }, expect: 'norm' },
  { name: 'norm string in capitals', props: { ...base, norm: 'LOG' }, expect: 'norm' },
  { name: 'norm a number', props: { ...base, norm: 42 }, expect: 'norm' },
  { name: 'norm type unknown', props: { ...base, norm: { type: 'weird' } }, expect: 'norm.type' },
  { name: 'norm log with negative vmin', props: { ...base, norm: { type: 'log', vmin: -1 } }, expect: 'norm.vmin' },
  { name: 'norm with an unknown option', props: { ...base, norm: { type: 'linear', foo: 1 } }, expect: 'norm.foo' },
  {
    name: 'norm boundary with one boundary',
    props: { ...base, norm: { type: 'boundary', boundaries: [1], ncolors: 256 } },
    expect: 'norm.boundaries',
  },
  {
    name: 'norm boundary with 300 boundaries',
    props: { ...base, norm: { type: 'boundary', boundaries: { $: 'range', n: 300, start: -1.5, step: 0.01 }, ncolors: 299 } },
    expect: 'norm.boundaries',
  },
  { name: 'norm symlog object without linthresh', props: { ...base, norm: { type: 'symlog' } }, expect: 'norm.linthresh' },
  { name: 'norm power with NaN gamma', props: { ...base, norm: { type: 'power', gamma: NaN } }, expect: 'norm.gamma' },
  { name: "norm 'log' with vmin 0", props: { ...base, norm: 'log', vmin: 0 }, expect: 'vmin' },
  {
    name: "norm 'log' with no positive data",
    props: {
      ...base,
      norm: 'log',
      z: [
        [-1, -2],
        [-3, -4],
      ],
    },
    expect: 'norm',
  },
  { name: 'norm object beside vmin', props: { ...base, norm: { type: 'linear' }, vmin: 0 }, expect: 'norm' },
  { name: "norm 'symlog' string", props: { ...base, norm: 'symlog' }, expect: 'ready', picture: 'opaque' },
  {
    name: 'norm log over data reaching 1e308',
    props: { ...base, norm: 'log', z: { $: 'wave', rows: 18, cols: 24, scale: 1e308, offset: 1.2e308 } },
    expect: 'ready',
    picture: 'any',
  },

  // contours
  { name: 'contours a string', props: { ...base, contours: 'yes' }, expect: 'contours' },
  { name: 'contours null', props: { ...base, contours: null }, expect: 'contours' },
  { name: 'contours.levels zero', props: contours({ levels: 0 }), expect: 'contours.levels' },
  { name: 'contours.levels negative', props: contours({ levels: -3 }), expect: 'contours.levels' },
  { name: 'contours.levels fractional', props: contours({ levels: 2.5 }), expect: 'contours.levels' },
  { name: 'contours.levels 1e6', props: contours({ levels: 1e6 }), expect: 'contours.levels' },
  { name: 'contours.levels Infinity', props: contours({ levels: Infinity }), expect: 'contours.levels' },
  { name: 'contours.levels a string', props: contours({ levels: '7' }), expect: 'contours.levels' },
  { name: 'contours.levels decreasing', props: contours({ levels: [2, 1] }), expect: 'contours.levels' },
  { name: 'contours.levels empty', props: contours({ levels: [] }), expect: 'contours.levels' },
  { name: 'contours.levels with NaN', props: contours({ levels: [0, NaN] }), expect: 'contours.levels' },
  {
    name: 'contours.levels 40000 explicit',
    props: contours({ levels: { $: 'range', n: 40000, start: -2, step: 1e-4 } }),
    expect: 'contours.levels',
  },
  {
    name: 'contours.levels 1000 explicit (the limit)',
    props: contours({ levels: { $: 'range', n: 1000, start: -1, step: 0.002 } }),
    expect: 'ready',
    picture: 'opaque',
  },
  { name: 'contours.colors not a colour', props: contours({ colors: 'notacolour' }), expect: 'contours.colors' },
  { name: 'contours.colors empty list', props: contours({ colors: [] }), expect: 'contours.colors' },
  { name: 'contours.colors second entry bad', props: contours({ colors: ['k', 'zz'] }), expect: 'contours.colors[1]' },
  { name: 'contours.colors a number', props: contours({ colors: 42 }), expect: 'contours.colors' },
  { name: 'contours.cmap unknown', props: contours({ colors: undefined, cmap: 'nope' }), expect: 'contours.cmap' },
  { name: 'contours.linewidths negative', props: contours({ linewidths: -1 }), expect: 'contours.linewidths' },
  { name: 'contours.linewidths empty list', props: contours({ linewidths: [] }), expect: 'contours.linewidths' },
  { name: 'contours.linewidths NaN', props: contours({ linewidths: NaN }), expect: 'contours.linewidths' },
  { name: 'contours.linewidths 1e6 pt', props: contours({ linewidths: 1e6 }), expect: 'ready', picture: 'any' },
  { name: 'contours.linestyles unknown', props: contours({ linestyles: 'wavy' }), expect: 'contours.linestyles' },
  { name: 'contours.linestyles list entry a number', props: contours({ linestyles: ['solid', 5] }), expect: 'contours.linestyles[1]' },
  { name: 'contours.alpha above 1', props: contours({ alpha: 2 }), expect: 'contours.alpha' },
  { name: 'contours.alpha a string', props: contours({ alpha: '0.5' }), expect: 'contours.alpha' },
  { name: 'contours.filled a string', props: contours({ filled: 'yes' }), expect: 'contours.filled' },
  { name: 'contours.filled with one level', props: contours({ filled: true, levels: [0] }), expect: 'contours.levels' },
  { name: 'contours.filled.alpha 5', props: contours({ filled: { alpha: 5 } }), expect: 'contours.filled.alpha' },
  { name: 'contours.filled.colors empty', props: contours({ filled: { colors: [] } }), expect: 'contours.filled.colors' },
  { name: 'contours.extend unknown', props: contours({ extend: 'up' }), expect: 'contours.extend' },
  { name: 'contours.x of the wrong length', props: contours({ x: [1, 2, 3] }), expect: 'contours.x' },
  { name: 'contours.x with NaN', props: contours({ x: Array.from({ length: 24 }, (_, i) => (i === 3 ? NaN : i)) }), expect: 'contours.x' },
  {
    name: 'contours.x explicit, decreasing',
    props: contours({ x: Array.from({ length: 24 }, (_, i) => 100 - i) }),
    expect: 'ready',
    picture: 'opaque',
  },
  { name: 'contours.y not monotonic', props: contours({ y: [...Array.from({ length: 17 }, (_, i) => i), 3] }), expect: 'contours.y' },
  { name: 'contours.x a string', props: contours({ x: 'abc' }), expect: 'contours.x' },
  { name: 'contours.cornerMask a string', props: contours({ cornerMask: 'no' }), expect: 'contours.cornerMask' },
  { name: 'contours.lines a number', props: contours({ lines: 1 }), expect: 'contours.lines' },
  { name: 'contours.labels a string', props: contoursAxes({ labels: 'yes' }), expect: 'contours.labels' },
  { name: 'contours.labels.format %s', props: contoursAxes({ labels: { format: '%s' } }), expect: 'contours.labels.format' },
  { name: 'contours.labels.fontSize zero', props: contoursAxes({ labels: { fontSize: 0 } }), expect: 'contours.labels.fontSize' },
  { name: 'contours.labels.colors not a colour', props: contoursAxes({ labels: { colors: 'zz' } }), expect: 'contours.labels.colors' },
  { name: 'contours.labels.levels a string', props: contoursAxes({ labels: { levels: 'a' } }), expect: 'contours.labels.levels' },
  {
    name: 'contours.labels.format with an HTML payload stays text',
    // A short payload on a big figure: labels that do not fit beside their line are left out, as clabel does.
    props: { ...contoursAxes({ labels: { format: '<img src=x onerror=__pwned=1>%1.1f', fontSize: 6 } }), width: 900, height: 700 },
    expect: 'ready',
    picture: 'figure',
    check: (o) => {
      expect(o.clabels.length).toBeGreaterThan(0);
      for (const label of o.clabels) expect(label).toMatch(/^<img src=x onerror=__pwned=1>-?\d\.\d$/);
    },
  },
  {
    name: 'contours with a throwing getter',
    props: { ...base, contours: { $: 'throwingGetter', key: 'levels', message: 'boom from a getter', rest: { colors: 'k' } } },
    expect: { cause: 'boom from a getter' },
  },
  {
    name: 'contours with a throwing getter: worded as the library’s errors',
    props: { ...base, contours: { $: 'throwingGetter', key: 'levels', message: 'boom from a getter', rest: { colors: 'k' } } },
    expect: { prefix: 'contour-heatmap: ' },
  },
  { name: 'contours with a cycle', props: { ...base, contours: { $: 'circular' } }, expect: { readyOr: 'contours' }, picture: 'opaque' },

  // heatmap
  { name: 'heatmap a string', props: { ...base, heatmap: 'no' }, expect: 'heatmap' },
  {
    name: 'heatmap false draws only lines',
    props: { ...base, heatmap: false },
    expect: 'ready',
    picture: 'any',
    check: (o) => expect(o.paths).toBeGreaterThan(0),
  },

  // width, height, pixelRatio, renderer
  { name: 'width zero', props: { ...base, width: 0 }, expect: 'width' },
  { name: 'width negative', props: { ...base, width: -5 }, expect: 'width' },
  { name: 'width NaN', props: { ...base, width: NaN }, expect: 'width' },
  { name: 'width a string', props: { ...base, width: '300' }, expect: 'width' },
  { name: 'width a BigInt', props: { ...base, width: { $: 'bigint' } }, expect: 'width' },
  { name: 'width 1e308', props: { ...base, width: 1e308 }, expect: 'width' },
  { name: 'height Infinity', props: { ...base, height: Infinity }, expect: 'height' },
  { name: 'height 40000', props: { ...base, height: 40000 }, expect: 'width' },
  { name: 'pixelRatio zero', props: { ...base, pixelRatio: 0 }, expect: 'pixelRatio' },
  { name: 'pixelRatio negative', props: { ...base, pixelRatio: -1 }, expect: 'pixelRatio' },
  { name: 'pixelRatio 100', props: { ...base, pixelRatio: 100 }, expect: 'width' },
  { name: 'pixelRatio 0.01', props: { ...base, pixelRatio: 0.01 }, expect: 'ready', picture: 'any' },
  { name: 'width 0.4 px (no device pixel)', props: { ...base, width: 0.4 }, expect: 'width' },
  { name: 'renderer unknown', props: { ...base, renderer: 'webgpu' }, expect: 'renderer' },
  {
    name: 'renderer cpu',
    props: { ...base, renderer: 'cpu' },
    expect: 'ready',
    picture: 'opaque',
    check: (o) => expect(o.dataRenderer).toBe('cpu'),
  },
  {
    name: 'renderer gpu',
    props: { ...base, renderer: 'gpu' },
    expect: 'ready',
    picture: 'opaque',
    check: (o) => expect(o.dataRenderer).toBe('gpu'),
  },

  // axes
  { name: 'axes a string', props: { ...withAxes, axes: 'yes' }, expect: 'axes' },
  { name: 'axes an array', props: { ...withAxes, axes: [1] }, expect: 'axes' },
  { name: 'axes.fontSize negative', props: { ...withAxes, axes: { fontSize: -1 } }, expect: 'axes.fontSize' },
  { name: 'axes.title a number', props: { ...withAxes, axes: { title: 42 } }, expect: 'axes.title' },
  {
    name: 'axes.title 5000 characters',
    props: { ...withAxes, axes: { title: { $: 'repeat', text: 'x', n: 5000 } } },
    expect: 'axes.title',
  },
  { name: 'axes.xticks with NaN', props: { ...withAxes, axes: { xticks: [NaN] } }, expect: 'axes.xticks' },
  { name: 'axes.xticks 10000 ticks', props: { ...withAxes, axes: { xticks: { $: 'range', n: 10000 } } }, expect: 'axes.xticks' },
  { name: 'axes.yticks a string', props: { ...withAxes, axes: { yticks: 'abc' } }, expect: 'axes.yticks' },
  { name: 'axes.format a string', props: { ...withAxes, axes: { format: 'abc' } }, expect: 'axes.format' },
  { name: 'axes.frame a string', props: { ...withAxes, axes: { frame: 'no' } }, expect: 'axes.frame' },
  {
    name: 'axes.fontFamily ending the declaration',
    props: { ...withAxes, axes: { fontFamily: 'x;}body{display:none}' } },
    expect: 'axes.fontFamily',
  },
  {
    name: 'axes.title an HTML payload stays text',
    props: { ...withAxes, axes: { title: XSS, xlabel: SVG_XSS, ylabel: '&amp; &lt;b&gt;' } },
    expect: 'ready',
    picture: 'figure',
    check: (o) => {
      expect(o.texts.title).toBe(XSS);
      expect(o.texts.xlabel).toBe(SVG_XSS);
      expect(o.texts.ylabel).toBe('&amp; &lt;b&gt;');
    },
  },
  {
    name: 'axes.format returning an HTML payload stays text',
    props: { ...withAxes, axes: { format: { $: 'fn', returns: XSS } } },
    expect: 'ready',
    picture: 'figure',
    check: (o) => {
      expect(o.tickLabels.length).toBeGreaterThan(0);
      expect(new Set(o.tickLabels)).toEqual(new Set([XSS]));
    },
  },
  {
    name: 'axes.format that throws',
    props: { ...withAxes, axes: { format: { $: 'fn', throws: 'boom from format' } } },
    expect: { cause: 'boom from format' },
  },
  {
    name: 'axes.format that throws: worded as the library’s errors',
    props: { ...withAxes, axes: { format: { $: 'fn', throws: 'boom from format' } } },
    expect: { prefix: 'contour-heatmap: ' },
  },
  {
    name: 'axes 1000 explicit ticks (the limit)',
    props: { ...withAxes, axes: { xticks: { $: 'range', n: 1000, start: -0.5, step: 0.02 } } },
    expect: 'ready',
    picture: 'figure',
  },
  {
    name: 'axes.fontSize 200 on a small figure',
    props: { ...withAxes, axes: { fontSize: 200, title: 'big' } },
    expect: 'ready',
    picture: 'any',
  },

  // colorbar
  { name: 'colorbar a string', props: { ...withAxes, colorbar: 'yes' }, expect: 'colorbar' },
  { name: 'colorbar without axes', props: { ...base, colorbar: true }, expect: 'colorbar' },
  { name: 'colorbar.orientation unknown', props: { ...withAxes, colorbar: { orientation: 'diagonal' } }, expect: 'colorbar.orientation' },
  { name: 'colorbar.ticks a string', props: { ...withAxes, colorbar: { ticks: 'a' } }, expect: 'colorbar.ticks' },
  { name: 'colorbar.format a number', props: { ...withAxes, colorbar: { format: 5 } }, expect: 'colorbar.format' },
  { name: 'colorbar.label a number', props: { ...withAxes, colorbar: { label: 7 } }, expect: 'colorbar.label' },
  {
    name: 'colorbar.label an HTML payload stays text',
    props: { ...withAxes, colorbar: { label: XSS } },
    expect: 'ready',
    picture: 'figure',
    check: (o) => expect(o.texts['colorbar-label']).toBe(XSS),
  },

  // layout, background
  { name: 'layout unknown', props: { ...withAxes, layout: 'tight' }, expect: 'layout' },
  {
    name: 'layout constrained with a 1000-character title',
    props: { ...withAxes, layout: 'constrained', axes: { title: { $: 'repeat', text: 'W', n: 1000 } } },
    expect: 'ready',
    picture: 'any',
  },
  {
    name: 'layout constrained on a 40 × 30 figure with a colorbar',
    props: { ...withAxes, layout: 'constrained', colorbar: true, width: 40, height: 30 },
    expect: 'ready',
    picture: 'any',
  },
  { name: 'background a CSS url', props: { ...withAxes, background: 'url(javascript:alert(1))' }, expect: 'background' },
  { name: 'background RGBA out of range', props: { ...withAxes, background: [0, 0, 0, 2] }, expect: 'background' },
  { name: 'background an HTML payload', props: { ...withAxes, background: XSS }, expect: 'background' },
  { name: 'background transparent', props: { ...withAxes, background: 'none' }, expect: 'ready', picture: 'any' },
  // view, defaultView, interactive
  { name: 'view not an object', props: { ...base, view: 'zoomed' }, expect: 'view' },
  { name: 'view missing y', props: { ...base, view: { x: [0, 1] } }, expect: 'view' },
  { name: 'view with NaN', props: { ...base, view: { x: [0, { $: 'nan' }], y: [0, 1] } }, expect: 'view' },
  { name: 'view of zero width', props: { ...base, view: { x: [3, 3], y: [0, 1] } }, expect: 'view' },
  { name: 'view spanning beyond the largest number', props: { ...base, view: { x: [-1.5e308, 1.5e308], y: [0, 1] } }, expect: 'view' },
  { name: 'view narrower than float64 resolves', props: { ...base, view: { x: [1e6, 1e6 + 1e-7], y: [0, 1] } }, expect: 'view' },
  { name: 'view an HTML payload', props: { ...base, view: { x: [XSS, 1], y: [0, 1] } }, expect: 'view' },
  {
    name: 'view reversed, beyond the extent',
    props: { ...withAxes, view: { x: [40, -10], y: [-5, 30] } },
    expect: 'ready',
    picture: 'any',
  },
  { name: 'view a few cells deep', props: { ...base, view: { x: [3.2, 4.1], y: [5.5, 6] } }, expect: 'ready', picture: 'opaque' },
  { name: 'view far outside the extent', props: { ...withAxes, view: { x: [1e6, 2e6], y: [1e6, 2e6] } }, expect: 'ready', picture: 'any' },
  { name: 'defaultView malformed', props: { ...base, defaultView: { x: [0, 1], y: [1] } }, expect: 'defaultView' },
  { name: 'interactive a string', props: { ...base, interactive: 'yes' }, expect: 'interactive' },
  { name: 'interactive false', props: { ...base, interactive: false }, expect: 'ready', picture: 'opaque' },
];

let page: Page;
let problems: string[];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  problems = await openRobust(page);
});

test.afterAll(async () => {
  await page?.close();
});

test('the matrix has at least 60 cases covering every prop', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  const covered = new Set(
    CASES.flatMap((c) =>
      Object.keys(c.props).filter((k) => JSON.stringify(c.props[k]) !== JSON.stringify((base as Record<string, unknown>)[k])),
    ),
  );
  const nested = new Set(CASES.flatMap((c) => Object.keys((c.props.contours as object) ?? {}).map((k) => `contours.${k}`)));
  for (const prop of [
    'z',
    'extent',
    'origin',
    'interpolation',
    'interpolationStage',
    'filterrad',
    'cmap',
    'underColor',
    'overColor',
    'badColor',
    'vmin',
    'vmax',
    'norm',
    'contours',
    'heatmap',
    'width',
    'height',
    'pixelRatio',
    'renderer',
    'axes',
    'colorbar',
    'layout',
    'background',
    'view',
    'defaultView',
    'interactive',
  ]) {
    expect(covered, prop).toContain(prop);
  }
  for (const prop of ['levels', 'colors', 'linewidths', 'linestyles', 'alpha', 'filled', 'extend', 'x', 'y', 'labels'])
    expect(nested, prop).toContain(`contours.${prop}`);
});

/** Runs a case on a page of its own, giving up after `ms` (Node-side: a blocked page cannot time itself out). */
async function runIsolated(browser: Browser, props: object, ms: number): Promise<Observed | 'hung'> {
  const context = await browser.newContext();
  try {
    const own = await context.newPage();
    await openRobust(own);
    const timer = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms));
    return await Promise.race([own.evaluate((p) => window.robust.run(p), props), timer]);
  } finally {
    void context.close().catch(() => undefined);
  }
}

const escape = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

for (const c of CASES) {
  test(`matrix: ${c.name}`, async ({ browser }) => {
    const before = problems.length;
    const result = c.isolatedMs
      ? await runIsolated(browser, c.props, c.isolatedMs)
      : await page.evaluate((p) => window.robust.run(p), c.props);
    expect(result, `the page answers within ${c.isolatedMs} ms`).not.toBe('hung');
    const o = result as Observed;
    const width = (c.props.width as number) ?? base.width;
    const height = (c.props.height as number) ?? base.height;
    const pixelRatio = (c.props.pixelRatio as number) ?? 1;
    // A size the browser can lay out (beyond ~3.3e7 px it clamps boxes).
    // (Below 16 px the box is as wide as its own padding.)
    const sizeKnown = [width, height].every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 16 && v <= 100_000);
    const ready = c.expect === 'ready' || (typeof c.expect === 'object' && 'readyOr' in c.expect && o.outcome === 'ready');
    if (ready) {
      const png = expectPicture(o, { width, height, pixelRatio });
      const stats = pngStats(png);
      if (c.picture === 'opaque' || c.picture === 'opaqueFlat') {
        expect(stats.opaque, 'the heatmap fills the figure').toBeGreaterThan(0.99);
        if (c.picture === 'opaque') expect(stats.colors, 'not a blank picture').toBeGreaterThan(1);
      } else if (c.picture === 'figure') {
        expect(stats.opaque, 'the figure’s background is opaque').toBeGreaterThan(0.99);
        expect(stats.nonWhite, 'the heatmap is drawn inside the axes').toBeGreaterThan(0.05);
      }
    } else {
      const e = c.expect;
      const size = sizeKnown ? { width, height } : null;
      if (typeof e === 'string') expectFailure(o, { prop: e, size });
      else if ('readyOr' in e) expectFailure(o, { prop: e.readyOr, size });
      else if ('prefix' in e) expectFailure(o, { prefix: e.prefix, size });
      else if ('cause' in e) expectFailure(o, { prefix: '', message: escape(e.cause), size });
      if (/height 40000|pixelRatio 100|width 1e308/.test(c.name)) {
        expect(o.dataError).toMatch(/width/);
        expect(o.dataError).toMatch(/height/);
        expect(o.dataError).toMatch(/pixelRatio/);
      }
    }
    c.check?.(o);
    if (!c.isolatedMs) expect(problems.slice(before), 'no console errors or page errors').toEqual([]);
  });
}
