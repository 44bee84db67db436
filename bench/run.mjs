#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only=seed,grids,isolines,recolour,longtask,many]`
//
// Measures (never asserts): builds the bench page and serves it on port 5180, drives Debian's Chromium through
// @playwright/test's `chromium`, calls the measurement functions that bench.html exposes as
// window.bench, runs matplotlib through bench/matplotlib_seed.py, and writes bench/results.json
// and bench/RESULTS.md (with --quick: bench/tmp/, so a smoke run never overwrites real results).
// Compared implementations are interleaved run by run (A, B, A, B…) after a warm-up, and every
// ratio is computed from numbers measured in this same invocation. See bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { benchNodeThroughput } from './nodeThroughput.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 5180;
const URL = `http://localhost:${PORT}/bench.html`;
const PYTHON = '/usr/bin/python3';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc', // lets the bench collect garbage between runs, outside the timings
];

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const ONLY = argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const OUT_DIR = QUICK ? join(ROOT, 'bench', 'tmp') : join(ROOT, 'bench');
const SECTIONS = ['seed', 'grids', 'isolines', 'recolour', 'longtask', 'many', 'rerender', 'interaction', 'node'];
for (const s of ONLY ?? []) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section ${s} (known: ${SECTIONS.join(', ')})`);
const wanted = (s) => !ONLY || ONLY.includes(s);

/** Repetitions: [warm-ups, measured runs] per case; --quick runs everything once or twice. */
const REPS = QUICK
  ? {
      seed: [1, 2],
      grid: { 500: [1, 1], 1000: [0, 1], 2000: [0, 1], 4000: [0, 1] },
      iso: { 1000: [1, 1], 2000: [0, 1] },
      isoNaN2000D3: [0, 1],
      recolour: [1, 2],
      longtask: [0, 1],
      many: [1, 1],
      rerender: [0, 1],
      interaction: [0, 1],
      node: { rounds: 1, figures: 8 },
    }
  : {
      seed: [2, 10],
      grid: { 500: [1, 7], 1000: [1, 7], 2000: [1, 5], 4000: [0, 3] },
      iso: { 1000: [1, 7], 2000: [1, 5] },
      isoNaN2000D3: [0, 3],
      recolour: [1, 5],
      longtask: [1, 5],
      many: [1, 5],
      rerender: [1, 5],
      interaction: [1, 5],
      node: { rounds: 3, figures: 40 },
    };
const GRID_SIZES = [500, 1000, 2000, 4000];
const ISO_SIZES = [1000, 2000];
const ISO_LEVELS = 12;
const NAN_FRACTION = 0.01;
const MANY = { count: 50, width: 300, height: 150 };
/** One measurement call may take this long before it is given up (and the page replaced). */
const CALL_TIMEOUT_MS = QUICK ? 240_000 : 300_000;

/** Re-renders per equal-props run: each must do no work at all. */
const EQUAL_PROPS_RENDERS = 20;

// The targets of issue #14 (point 4), and the first performance issue's where #14 names none.
const TARGETS = {
  seedVsMatplotlib: { min: 5, text: '≥ 5× faster' },
  seedVsFloor: { max: 2, text: '≤ 2× the floor' },
  gridVsPlotly: { sizes: [500, 1000, 2000, 4000], min: 5, text: '≥ 5× faster (goal 10×)' },
  isoClean: { min: 3, text: '≥ 3× faster' },
  isoNaN: { min: 20, text: '≥ 20× faster' },
  recolour: { max: 1.5, text: '≤ 1.5× (4000² within 1.5× of 250²)' },
  longtask: { max: 50, text: 'no task > 50 ms' },
  many: { min: 5, text: '≥ 5× faster' },
  rerender: { max: 0, text: 'zero work (no redraw, no DOM change)' },
  // Issue #11, point 4.
  pointerMove: { max: 2, text: '< 2 ms per move' },
  exactAfterGesture: { max: 150, text: '≤ 150 ms after the gesture pauses' },
};
/** The interaction rows: pointer moves over, and a wheel gesture on, a chart of this grid. */
const INTERACTION = { n: 2000, moves: 200, wheelSteps: 12 };

const log = (...a) => console.log(`[bench ${((Date.now() - START) / 1000).toFixed(0).padStart(4)}s]`, ...a);
const START = Date.now();

// ------------------------------------------------------------------------------------------------
// Statistics

function stats(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

/**
 * A comparison of `num` over `den` (e.g. peer ms ÷ our ms = how many times faster we are), both
 * measured in this invocation: the ratio of medians, and the spread of the per-run (paired) ratios.
 */
function ratio(numRuns, denRuns) {
  const a = stats(numRuns);
  const b = stats(denRuns);
  if (!a || !b) return null;
  const paired = [];
  for (let i = 0; i < Math.min(numRuns.length, denRuns.length); i++) {
    if (Number.isFinite(numRuns[i]) && Number.isFinite(denRuns[i]) && denRuns[i] > 0) paired.push(numRuns[i] / denRuns[i]);
  }
  return { ofMedians: a.median / b.median, paired: stats(paired) };
}

function verdict(value, target) {
  if (value === null || value === undefined || !target) return null;
  if (target.min !== undefined) return value >= target.min;
  if (target.max !== undefined) return value <= target.max;
  return null;
}

// ------------------------------------------------------------------------------------------------
// Processes: Vite, matplotlib, Chromium

const children = [];

/** Builds the bench page for production (bench/vite.config.ts) and serves it with `vite preview`. */
async function startVite() {
  const logFile = join(ROOT, 'bench', 'tmp', 'vite.log');
  mkdirSync(dirname(logFile), { recursive: true });
  const built = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  writeFileSync(logFile, `${built.stdout}${built.stderr}`);
  if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}${built.stderr}`);
  const vite = spawn('npx', ['vite', 'preview', '--config', 'bench/vite.config.ts', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push({ proc: vite, group: true });
  let output = '';
  const keep = (d) => {
    output += d;
    appendFileSync(logFile, d);
  };
  vite.stdout.on('data', keep);
  vite.stderr.on('data', keep);
  let exited = null;
  vite.on('exit', (code) => (exited = code));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited with ${exited} (is port ${PORT} in use?):\n${output}`);
    try {
      const res = await fetch(URL);
      if (res.ok) return vite;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not serve ${URL} within 60 s:\n${output}`);
}

function stopChildren() {
  for (const { proc, group } of children.splice(0)) {
    if (proc.exitCode !== null || proc.signalCode !== null) continue;
    try {
      // Vite was started in its own process group (detached): end that group, which we created, by its id.
      if (group) process.kill(-proc.pid, 'SIGTERM');
      else proc.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** matplotlib as a warm server process: one timed seed figure per request. */
async function startMatplotlib() {
  if (!existsSync(PYTHON)) return { status: `not installed (${PYTHON} not found)` };
  const probe = spawnSync(PYTHON, ['-c', 'import matplotlib, numpy; print(matplotlib.__version__)'], { encoding: 'utf8' });
  if (probe.status !== 0) return { status: 'not installed (python3-matplotlib is missing: apt-get install python3-matplotlib)' };
  const py = spawn(PYTHON, [join(ROOT, 'bench', 'matplotlib_seed.py'), '--serve', '--warmup', '1'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push({ proc: py, group: false });
  const lines = createInterface({ input: py.stdout });
  const queue = [];
  const waiting = [];
  lines.on('line', (line) => (waiting.length ? waiting.shift()(line) : queue.push(line)));
  const next = () => new Promise((r) => (queue.length ? r(queue.shift()) : waiting.push(r)));
  const hello = JSON.parse(await next());
  return {
    status: 'ok',
    version: hello.version,
    numpy: hello.numpy,
    async run() {
      py.stdin.write('run\n');
      return JSON.parse(await next());
    },
    stop() {
      py.stdin.end('quit\n');
    },
  };
}

let browser;
let page;
let pageLoaded = false;
const pageErrors = [];

async function freshPage() {
  if (page) await page.close().catch(() => undefined);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    if (/\[vite\].*(reload|changed)/i.test(m.text())) log(`  vite: ${m.text()}`);
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && pageLoaded) log(`  ! the page navigated (${f.url()}): a Vite reload?`);
  });
  pageLoaded = false;
  await page.goto(URL);
  await page.waitForFunction(() => document.body.dataset.bench === 'ready', null, { timeout: 120_000 });
  pageLoaded = true;
}

/** Calls window.bench[name](...args) in the page; on error or timeout returns { error } (and replaces a hung page). */
async function call(name, ...args) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${CALL_TIMEOUT_MS / 1000} s`)), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([page.evaluate(([n, a]) => window.bench[n](...a), [name, args]), timeout]);
  } catch (e) {
    const message = String(e?.message ?? e).split('\n')[0];
    log(`  ! ${name}(${args.join(', ')}) failed: ${message}`);
    if (/timed out|context was destroyed|Target.*closed/i.test(message)) await freshPage();
    return { error: message };
  } finally {
    clearTimeout(timer);
  }
}

const gc = () =>
  page
    .evaluate(() => window.bench.gc())
    .catch(async (e) => {
      log(`  ! gc() failed: ${String(e?.message ?? e).split('\n')[0]}`);
      await freshPage();
    });
const num = (r, key) => (r && typeof r === 'object' && !r.error && Number.isFinite(r[key]) ? r[key] : null);

/**
 * Runs `impls` (name → async () => result) interleaved: `warm` warm-up rounds, then `runs` rounds,
 * each round calling every implementation once, in order, with a garbage collection before each.
 */
async function interleave(impls, warm, runs, label) {
  const names = Object.keys(impls);
  const out = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warm + runs; i++) {
    for (const name of names) {
      await gc();
      const r = await impls[name]();
      if (i >= warm) out[name].push(r);
    }
    log(`  ${label} ${i < warm ? `warm-up ${i + 1}/${warm}` : `run ${i - warm + 1}/${runs}`}`);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Sections

async function benchSeed(mpl) {
  log('seed figure (15², 1000×500) vs matplotlib, and the floor');
  await freshPage();
  const impls = {
    ours: () => call('seed'),
    floorFresh: () => call('floor', true),
    floorWarm: () => call('floor', false),
  };
  if (mpl.status === 'ok') impls.matplotlib = () => mpl.run();
  const [warm, runs] = REPS.seed;
  const raw = await interleave(impls, warm, runs, 'seed');
  const ours = raw.ours.map((r) => num(r, 'exportMs'));
  const oursReady = raw.ours.map((r) => num(r, 'readyMs'));
  const mplMs = (raw.matplotlib ?? []).map((r) => num(r, 'ms'));
  const floorFresh = raw.floorFresh.map((r) => num(r, 'ms'));
  const floorWarm = raw.floorWarm.map((r) => num(r, 'ms'));
  return {
    raw,
    matplotlib: mpl.status === 'ok' ? { version: mpl.version, numpy: mpl.numpy } : { status: mpl.status },
    summary: {
      oursExport: stats(ours),
      oursReady: stats(oursReady),
      matplotlib: stats(mplMs),
      floorFresh: stats(floorFresh),
      floorWarm: stats(floorWarm),
      vsMatplotlib: mpl.status === 'ok' ? ratio(mplMs, ours) : null,
      overFloorFresh: ratio(ours, floorFresh),
      overFloorWarm: ratio(ours, floorWarm),
    },
  };
}

async function benchGrids() {
  log('big grids (spline36, 10 levels, 1000×500) vs Plotly');
  await freshPage();
  const bySize = {};
  for (const n of GRID_SIZES) {
    await call('prepare', n, true);
    const [warm, runs] = REPS.grid[n];
    const raw = await interleave(
      { ours: () => call('oursFigure', n, 1000, 500), plotly: () => call('plotlyFigure', n, 1000, 500) },
      warm,
      runs,
      `${n}²`,
    );
    await call('release', n);
    const col = (impl, key) => raw[impl].map((r) => num(r, key));
    bySize[n] = {
      raw,
      summary: {
        oursReady: stats(col('ours', 'readyMs')),
        oursExport: stats(col('ours', 'exportMs')),
        plotlyReady: stats(col('plotly', 'readyMs')),
        plotlyExport: stats(col('plotly', 'exportMs')),
        ready: ratio(col('plotly', 'readyMs'), col('ours', 'readyMs')),
        export: ratio(col('plotly', 'exportMs'), col('ours', 'exportMs')),
      },
      errors: [...raw.ours, ...raw.plotly].filter((r) => r?.error).map((r) => r.error),
      renderers: [...new Set(raw.ours.map((r) => r?.renderer).filter(Boolean))],
    };
  }
  return bySize;
}

async function benchIsolines() {
  log(`isolines (${ISO_LEVELS} levels) vs d3-contour`);
  await freshPage();
  const cases = {};
  for (const n of ISO_SIZES) {
    for (const nan of [0, NAN_FRACTION]) {
      const key = `${n}²-${nan ? 'nan' : 'clean'}`;
      const prep = await call('isoPrepare', n, nan, ISO_LEVELS);
      let [warm, runs] = REPS.iso[n];
      const impls = {
        ours: () => call('isoOurs'),
        oursWorker: () => call('isoOursWorker'),
        sliced: () => call('isoSliced'),
        d3: () => call('isoD3'),
      };
      let raw;
      if (n === 2000 && nan) {
        // d3-contour is pathological here (every NaN cell is a hole ring): fewer d3 runs, no warm-up at this size.
        const [d3Warm, d3Runs] = REPS.isoNaN2000D3;
        raw = await interleave(impls, d3Warm, d3Runs, `${key}`);
        const extra = await interleave(
          { ours: impls.ours, oursWorker: impls.oursWorker, sliced: impls.sliced },
          warm,
          Math.max(0, runs - d3Runs),
          `${key} (ours only)`,
        );
        raw.ours.push(...extra.ours);
        raw.oursWorker.push(...extra.oursWorker);
        raw.sliced.push(...extra.sliced);
      } else {
        raw = await interleave(impls, warm, runs, key);
      }
      const ours = raw.ours.map((r) => num(r, 'totalMs'));
      const worker = raw.oursWorker.map((r) => num(r, 'roundTripMs'));
      const sliced = raw.sliced.map((r) => num(r, 'wallMs'));
      const d3 = raw.d3.map((r) => num(r, 'totalMs'));
      const perLevel = raw.ours.flatMap((r) => (r && !r.error ? r.perLevelMs : []));
      cases[key] = {
        n,
        nanFraction: nan,
        nanCells: prep?.nanCells,
        levels: prep?.levels,
        raw,
        summary: {
          ours: stats(ours),
          oursPerLevel: stats(perLevel),
          oursWorkerRoundTrip: stats(worker),
          oursWorkerInside: stats(raw.oursWorker.map((r) => num(r, 'workerMs'))),
          sliced: stats(sliced),
          d3: stats(d3),
          vsD3: ratio(d3, ours),
          vsD3Worker: ratio(d3, worker),
          vsD3Sliced: ratio(d3, sliced),
        },
      };
    }
    await call('isoRelease');
    await call('release', n);
  }
  return cases;
}

async function benchRecolour() {
  log('recolour (vmin/vmax/cmap) 4000² vs 250²');
  await freshPage();
  await call('prepare', 4000);
  await call('prepare', 250);
  const setup = await call('recolourSetup', [4000, 250]);
  if (setup?.error) return { error: setup.error };
  const [warm, runs] = REPS.recolour;
  const raw = await interleave({ big: () => call('recolourRun', 4000), small: () => call('recolourRun', 250) }, warm, runs, 'recolour');
  await call('recolourTeardown');
  const big = raw.big.map((r) => num(r, 'ms'));
  const small = raw.small.map((r) => num(r, 'ms'));
  return { raw, summary: { big: stats(big), small: stats(small), bigOverSmall: ratio(big, small) } };
}

async function benchLongTasks() {
  log('main-thread blocking during a 2000² update and its export');
  await freshPage();
  await call('prepare', 2000);
  const [warm, runs] = REPS.longtask;
  const raw = await interleave({ ours: () => call('longTasks', 2000) }, warm, runs, 'longtask');
  const col = (key) => raw.ours.map((r) => num(r, key));
  return {
    raw,
    summary: {
      longest: stats(col('longestMs')),
      exportLongest: stats(col('exportLongestMs')),
      count: stats(col('count')),
      totalLong: stats(col('totalLongMs')),
      update: stats(col('updateMs')),
      export: stats(col('exportMs')),
      supported: raw.ours.find((r) => r && !r.error)?.supported ?? null,
      renderers: [...new Set(raw.ours.map((r) => r?.renderer).filter(Boolean))],
    },
  };
}

async function benchMany() {
  log(`${MANY.count} seed charts (${MANY.width}×${MANY.height}) vs ${MANY.count} Plotly charts`);
  await freshPage();
  const [warm, runs] = REPS.many;
  const raw = await interleave(
    {
      ours: () => call('manyOurs', MANY.count, MANY.width, MANY.height),
      plotly: () => call('manyPlotly', MANY.count, MANY.width, MANY.height),
    },
    warm,
    runs,
    'many',
  );
  const ours = raw.ours.map((r) => num(r, 'ms'));
  const plotly = raw.plotly.map((r) => num(r, 'ms'));
  return { raw, summary: { ours: stats(ours), plotly: stats(plotly), vsPlotly: ratio(plotly, ours) } };
}

async function benchRerender() {
  log(`re-render with equal props (${EQUAL_PROPS_RENDERS} renders per run)`);
  await freshPage();
  const [warm, runs] = REPS.rerender;
  const raw = await interleave({ ours: () => call('equalProps', EQUAL_PROPS_RENDERS) }, warm, runs, 'rerender');
  const col = (key) => raw.ours.map((r) => num(r, key));
  const work = raw.ours.map((r) => (r && !r.error ? r.readyFlips + r.mutations : null));
  return { raw, summary: { work: stats(work), perRender: stats(col('perRenderMs')), total: stats(col('totalMs')) } };
}

async function benchInteraction() {
  const { n, moves, wheelSteps } = INTERACTION;
  log(`interaction on a ${n}² chart: ${moves} pointer moves, a ${wheelSteps}-step wheel zoom`);
  await freshPage();
  await call('prepare', n);
  const [warm, runs] = REPS.interaction;
  const raw = await interleave(
    { moves: () => call('pointerMoves', n, moves), gesture: () => call('wheelGesture', n, wheelSteps) },
    warm,
    runs,
    'interaction',
  );
  const col = (list, key) => list.map((r) => num(r, key));
  return {
    raw,
    summary: {
      perMove: stats(col(raw.moves, 'perMoveMs')),
      maxMove: stats(col(raw.moves, 'maxMoveMs')),
      step: stats(col(raw.gesture, 'maxStepMs')),
      exactAfter: stats(col(raw.gesture, 'exactAfterMs')),
      renderers: [...new Set(raw.gesture.map((r) => r?.renderer).filter(Boolean))],
    },
  };
}

async function benchNode(mpl) {
  const cores = os.cpus().length;
  log(`seed figures per second in Node (1 and ${cores} threads) vs matplotlib (1 process, a pool of ${cores})`);
  const { rounds, figures } = REPS.node;
  const python = mpl.status === 'ok' ? PYTHON : null;
  const runs = await benchNodeThroughput({ root: ROOT, outDir: join(ROOT, 'bench', 'tmp', 'node'), python, cores, rounds, figures, log });
  const fps = (list) => list.map((r) => num(r, 'figuresPerSecond'));
  return {
    cores,
    figures,
    runs,
    matplotlibStatus: mpl.status,
    summary: {
      node1: stats(fps(runs.node1)),
      nodeAll: stats(fps(runs.nodeAll)),
      mpl1: stats(fps(runs.mpl1)),
      mplAll: stats(fps(runs.mplAll)),
      vsMpl1: ratio(fps(runs.node1), fps(runs.mpl1)),
      vsMplAll: ratio(fps(runs.nodeAll), fps(runs.mplAll)),
    },
  };
}

// ------------------------------------------------------------------------------------------------
// Report

const ms = (v) => (v === null || v === undefined ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const x = (v) => (v === null || v === undefined ? '—' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)}×`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const met = (ok) => (ok === null ? '—' : ok ? 'met' : '**NOT met**');

function measureTable(rows) {
  const out = [row(['measurement', 'median ms', 'min ms', 'max ms', 'runs']), row(['---', '---:', '---:', '---:', '---:'])];
  for (const [label, s, note, format = ms] of rows) {
    out.push(
      row([
        label,
        s ? format(s.median) : (note ?? 'not measured'),
        s ? format(s.min) : '—',
        s ? format(s.max) : '—',
        s ? String(s.n) : '0',
      ]),
    );
  }
  return out.join('\n');
}

function ratioTable(rows, header = 'ratio (median ÷ median)') {
  const out = [
    row(['comparison', header, 'per-run ratios: median (min–max)', 'target', 'result']),
    row(['---', '---:', '---:', '---', '---']),
  ];
  for (const [label, r, target, note] of rows) {
    const value = r?.ofMedians ?? null;
    const paired = r?.paired ? `${x(r.paired.median)} (${x(r.paired.min)}–${x(r.paired.max)})` : '—';
    out.push(
      row([label, r ? x(value) : (note ?? 'not measured'), paired, target?.text ?? '—', target ? met(verdict(value, target)) : '—']),
    );
  }
  return out.join('\n');
}

/** What WebGL the page had, and what renderer 'auto' drew our heatmaps with, section by section. */
function rendererSection(env, sections) {
  const kind = env.page?.webglKind ?? '?';
  const lines = ['## Renderer', ''];
  lines.push(row(['WebGL renderer (WEBGL_debug_renderer_info)', 'kind', 'logical cores', "what renderer 'auto' drew the big grids with"]));
  lines.push(row(['---', '---', '---:', '---']));
  const drew = Object.entries(sections.grids ?? {})
    .map(([n, c]) => `${n}²: ${c.renderers?.join(', ') || '?'}`)
    .join('; ');
  lines.push(row([env.page?.webglRenderer ?? '?', kind, String(env.page?.hardwareConcurrency ?? '?'), drew || '—']));
  lines.push('');
  lines.push(
    kind === 'software'
      ? "WebGL here is a software rasteriser (the CPU running the shaders), so renderer 'auto' resamples on the CPU (in the chart's workers from 4 logical cores, on the main thread in slices below); absolute times are this VM's. Rows from a machine with a GPU are still to be added."
      : "WebGL here is a GPU: renderer 'auto' draws big pictures with it.",
  );
  return lines.join('\n');
}

function report(results) {
  const { env, sections } = results;
  const md = [];
  md.push('# Benchmark results');
  md.push('');
  md.push(
    `Generated by \`npm run bench${QUICK ? ' -- --quick' : ''}\` on ${env.date} in ${(env.totalSeconds / 60).toFixed(1)} min` +
      (QUICK ? ' (**quick smoke run: 1–2 repetitions, not meaningful numbers**)' : '') +
      '.',
  );
  md.push(
    `Machine: ${env.cpuCount} × ${env.cpuModel}, ${env.memoryGiB} GiB, ${env.platform}; Node ${env.node}; ${env.chromium}; WebGL: ${env.page?.webglRenderer ?? '?'}.`,
  );
  md.push(
    `Peers: matplotlib ${env.matplotlib ?? '—'} (numpy ${env.numpy ?? '—'}), Plotly.js ${env.plotly}, d3-contour ${env.d3Contour}. React ${env.react} (production build).`,
  );
  md.push(
    `1-minute load average before → after each section (2 cores; the bench itself keeps about 2 busy, so much more means other work shared the machine): ${Object.entries(
      env.loadAverage1m,
    )
      .map(([k, v]) => `${k} ${v.before.toFixed(1)} → ${v.after.toFixed(1)}`)
      .join(', ')}.`,
  );
  md.push('');
  md.push(
    'All times in milliseconds, measured in the page with `performance.now()` (matplotlib in its own process with `time.perf_counter`). "×" ratios are the peer\'s median over ours, so **higher means we are faster**, except where a row says otherwise. Implementations are interleaved run by run after warm-ups, and every ratio comes from this one invocation. The machine is a noisy 2-core VM: see [README.md](README.md) for what each row measures and the caveats.',
  );
  md.push('');
  md.push(rendererSection(env, sections));
  md.push('');

  const s = sections.seed;
  if (s) {
    md.push("## Seed figure: mount → resolved `toBase64('image/png')`, 1000×500");
    md.push('');
    md.push(
      measureTable([
        ['ours: `<ContourHeatmap>` mount → `data-ready`', s.summary.oursReady],
        ["ours: `<ContourHeatmap>` mount → `toBase64('image/png')` resolved", s.summary.oursExport],
        [
          `matplotlib ${s.matplotlib.version ?? ''}: \`Figure\` → imshow + contour → \`savefig\` PNG → base64`,
          s.summary.matplotlib,
          s.matplotlib.status ?? 'not measured',
        ],
        ['floor: new canvas + WebGL context + 1-tap full-screen pass + 2-D copy + PNG', s.summary.floorFresh],
        ['floor, context reused: 1-tap full-screen pass + 2-D copy + PNG', s.summary.floorWarm],
      ]),
    );
    md.push('');
    md.push(
      ratioTable([
        ['matplotlib ÷ ours (× faster than matplotlib)', s.summary.vsMatplotlib, TARGETS.seedVsMatplotlib, s.matplotlib.status],
        ['ours ÷ floor with context creation (multiple of the floor; lower is better)', s.summary.overFloorFresh, TARGETS.seedVsFloor],
        ['ours ÷ floor with a reused context (for reference)', s.summary.overFloorWarm, null],
      ]),
    );
    md.push('');
  }

  const g = sections.grids;
  if (g) {
    md.push('## Big grids: the seed field on n × n nodes, spline36, 10 levels, 1000×500, vs Plotly.js');
    md.push('');
    md.push(
      '"drawn": ours mount → `data-ready`; Plotly `newPlot` resolved + one animation frame. "exported": from the same start to a resolved PNG (ours `toBase64`, Plotly `toImage`).',
    );
    md.push('');
    const rows = [];
    const ratios = [];
    for (const n of GRID_SIZES) {
      const c = g[n];
      if (!c) continue;
      const note = c.errors.length ? `failed: ${c.errors[0]}` : undefined;
      const on = c.renderers?.length ? ` (${c.renderers.join(', ')})` : '';
      rows.push([`${n}² ours drawn${on}`, c.summary.oursReady, note], [`${n}² ours exported${on}`, c.summary.oursExport, note]);
      rows.push([`${n}² Plotly drawn`, c.summary.plotlyReady, note], [`${n}² Plotly exported`, c.summary.plotlyExport, note]);
      const target = TARGETS.gridVsPlotly.sizes.includes(n) ? TARGETS.gridVsPlotly : null;
      ratios.push([`${n}²: Plotly ÷ ours, drawn`, c.summary.ready, target, note]);
      ratios.push([`${n}²: Plotly ÷ ours, exported`, c.summary.export, target, note]);
    }
    md.push(measureTable(rows));
    md.push('');
    md.push(ratioTable(ratios));
    md.push('');
  }

  const iso = sections.isolines;
  if (iso) {
    md.push(`## Isolines: ${ISO_LEVELS} levels, our \`traceLevels\` vs d3-contour \`contours()\` on the same values`);
    md.push('');
    const workers = env.srcWorkers.length
      ? `src/ creates a worker in ${env.srcWorkers.map((f) => `\`${f}\``).join(', ')}, so the chart rows of the other sections include whatever it does`
      : 'src/ had no worker of its own at the time of this run';
    md.push(
      `Ours (\`traceLevels\`, src/core/contours/levelTracing.ts: one pass over the grid lists each level's crossed quads (src/core/contours/crossedQuads.ts), then src/core/contours/isolines.ts traces each level from its quads, default options) is timed for all 12 levels at once on the main thread (the per-level row is that total ÷ 12); the same function is also timed inside a Web Worker of the bench's (bench/page/isolineWorker.ts), and the chart's own path (\`traceLevelSteps\` run in slices on the main thread by src/chart/slices.ts, yielding to the browser every ~12 ms, as src/chart/contourLayer.ts does) is timed as wall time. ${workers}. NaN: 1 % of the cells, at seeded random positions. The levels are 12 explicit values evenly spaced inside the data range, the same array for every tracer.`,
    );
    md.push('');
    const rows = [];
    const ratios = [];
    for (const [key, c] of Object.entries(iso)) {
      const name = `${c.n}²${c.nanFraction ? ' 1 % NaN' : ' clean'}`;
      rows.push([`${name}: ours \`traceLevels\`, 12 levels, main thread`, c.summary.ours]);
      rows.push([`${name}: ours, one level (per-level median)`, c.summary.oursPerLevel]);
      rows.push([`${name}: ours, 12 levels, timed inside a Web Worker`, c.summary.oursWorkerInside]);
      rows.push([`${name}: ours, 12 levels, in slices on the main thread as the chart traces them (wall time)`, c.summary.sliced]);
      rows.push([`${name}: d3-contour \`contours()\`, 12 levels`, c.summary.d3]);
      const target = c.nanFraction ? TARGETS.isoNaN : TARGETS.isoClean;
      ratios.push([`${name}: d3 ÷ ours (main thread)`, c.summary.vsD3, target]);
      ratios.push([`${name}: d3 ÷ ours (the chart's slices, wall time)`, c.summary.vsD3Sliced, null]);
      void key;
    }
    md.push(measureTable(rows));
    md.push('');
    md.push(ratioTable(ratios));
    md.push('');
  }

  const rc = sections.recolour;
  if (rc) {
    md.push('## Recolour: new `vmin`/`vmax`/`cmap` (jet ↔ viridis) on a mounted chart, update → ready, 1000×500');
    md.push('');
    if (rc.error) md.push(`Not measured: ${rc.error}`);
    else {
      md.push(
        measureTable([
          ['4000² grid', rc.summary.big],
          ['250² grid', rc.summary.small],
        ]),
      );
      md.push('');
      md.push(ratioTable([['4000² ÷ 250² (lower is better)', rc.summary.bigOverSmall, TARGETS.recolour]]));
    }
    md.push('');
  }

  const lt = sections.longtask;
  if (lt) {
    md.push('## Main-thread blocking: new data for a mounted 2000² chart (update → ready), then its export');
    md.push('');
    md.push(
      "Long tasks are what `PerformanceObserver` reports as `longtask` (only tasks over 50 ms are reported; a run with none counts as 0 ms). The export is `toBase64('image/png')` right after the update is drawn." +
        (lt.summary.renderers?.length ? ` The heatmap was drawn by: ${lt.summary.renderers.join(', ')}.` : '') +
        (lt.summary.supported === false ? ' **This Chromium does not report `longtask`: not measured.**' : ''),
    );
    md.push('');
    md.push(
      measureTable([
        ['longest main-thread task, update', lt.summary.longest],
        ['longest main-thread task, export', lt.summary.exportLongest],
        ['number of long tasks, both (a count, not ms)', lt.summary.count, undefined, (v) => String(v)],
        ['sum of long tasks, both', lt.summary.totalLong],
        ['update → ready', lt.summary.update],
        ['export → base64', lt.summary.export],
      ]),
    );
    md.push('');
    md.push(row(['comparison', 'value', 'target', 'result']));
    md.push(row(['---', '---:', '---', '---']));
    for (const [label, s] of [
      ['longest task during an update, in any run', lt.summary.longest],
      ['longest task during an export, in any run', lt.summary.exportLongest],
    ]) {
      const worst = s?.max ?? null;
      md.push(
        row([label, worst === null ? 'not measured' : `${ms(worst)} ms`, TARGETS.longtask.text, met(verdict(worst, TARGETS.longtask))]),
      );
    }
    md.push('');
  }

  const mc = sections.many;
  if (mc) {
    md.push(`## Many charts: ${MANY.count} seed charts (${MANY.width}×${MANY.height}, spline36, 10 levels) on one page, mount → all ready`);
    md.push('');
    md.push(
      measureTable([
        [`ours: ${MANY.count} × \`<ContourHeatmap>\` in one React root`, mc.summary.ours],
        [`Plotly: ${MANY.count} × \`newPlot\` (+ one frame)`, mc.summary.plotly],
      ]),
    );
    md.push('');
    md.push(ratioTable([['Plotly ÷ ours', mc.summary.vsPlotly, TARGETS.many]]));
    md.push('');
  }

  const rr = sections.rerender;
  if (rr) {
    md.push(`## Re-render with equal props: the seed chart, ${EQUAL_PROPS_RENDERS} React re-renders with new but equal props objects`);
    md.push('');
    md.push(
      'Work = times the chart set `data-ready` (it does whenever it draws again) plus DOM changes inside it (MutationObserver), summed over the re-renders of a run; the time is the re-renders themselves (`flushSync`), in all and per render.',
    );
    md.push('');
    md.push(
      measureTable([
        ['work (a count: redraws + DOM changes)', rr.summary.work, undefined, (v) => String(v)],
        ['one re-render', rr.summary.perRender],
        [`${EQUAL_PROPS_RENDERS} re-renders`, rr.summary.total],
      ]),
    );
    md.push('');
    const worst = rr.summary.work?.max ?? null;
    md.push(row(['comparison', 'value', 'target', 'result']));
    md.push(row(['---', '---:', '---', '---']));
    md.push(
      row([
        'work in any run',
        worst === null ? 'not measured' : String(worst),
        TARGETS.rerender.text,
        met(verdict(worst, TARGETS.rerender)),
      ]),
    );
    md.push('');
  }

  const ia = sections.interaction;
  if (ia) {
    const { n, moves, wheelSteps } = INTERACTION;
    md.push(`## Interaction: reading and zooming a ${n}² seed chart (1000×500)`);
    md.push('');
    md.push(
      `Pointer moves: ${moves} \`pointermove\` events dispatched across the axes, each timed as its handlers run (the value under the pointer from the kernel's taps, the readout box). Wheel zoom: ${wheelSteps} wheel events one frame apart; a step is its handler plus the preview the chart paints in the next frame (the last picture stretched, ticks and contour lines laid out for the new view); then the time from the last event to the exact picture on screen (\`data-ready\`), which includes the ${'50'} ms the chart waits for the gesture to pause. Renderer: ${ia.summary.renderers.join(', ') || 'unknown'}.`,
    );
    md.push('');
    md.push(
      measureTable([
        ['one pointer move (mean of a run)', ia.summary.perMove],
        ['slowest pointer move of a run', ia.summary.maxMove],
        ['slowest wheel step of a gesture (handler + preview frame)', ia.summary.step],
        ['last wheel event → exact picture', ia.summary.exactAfter],
      ]),
    );
    md.push('');
    md.push(row(['comparison', 'value', 'target', 'result']));
    md.push(row(['---', '---:', '---', '---']));
    const perMove = ia.summary.perMove?.max ?? null;
    const exact = ia.summary.exactAfter?.max ?? null;
    md.push(
      row([
        'pointer move, worst run',
        perMove === null ? 'not measured' : `${ms(perMove)} ms`,
        TARGETS.pointerMove.text,
        met(verdict(perMove, TARGETS.pointerMove)),
      ]),
    );
    md.push(
      row([
        'exact picture after the gesture, worst run',
        exact === null ? 'not measured' : `${ms(exact)} ms`,
        TARGETS.exactAfterGesture.text,
        met(verdict(exact, TARGETS.exactAfterGesture)),
      ]),
    );
    md.push('');
  }

  const nd = sections.node;
  if (nd) {
    md.push(`## Node: seed figures per second (1000×500 PNG to base64), contour-heatmap/node vs matplotlib`);
    md.push('');
    md.push(
      `contour-heatmap/node (\`renderToBase64\`, src/node/throughput.ts) in one thread, and in ${nd.cores} worker_threads (one per core); matplotlib (bench/matplotlib_seed.py --throughput) in one process, and in a multiprocessing pool of ${nd.cores} warm processes. ${nd.figures} figures per measurement after warm-ups, each in a fresh child process; rounds interleaved. Figures per second, so here **higher is better** and the ratio is ours ÷ matplotlib.`,
    );
    md.push('');
    const note = nd.matplotlibStatus === 'ok' ? undefined : `matplotlib: ${nd.matplotlibStatus}`;
    const fps = (v) => (v === null || v === undefined ? '—' : v.toFixed(1));
    md.push(
      measureTable([
        ['Node, 1 thread (figures/s)', nd.summary.node1, undefined, fps],
        [`Node, ${nd.cores} worker threads (figures/s)`, nd.summary.nodeAll, undefined, fps],
        ['matplotlib, 1 process (figures/s)', nd.summary.mpl1, note, fps],
        [`matplotlib, a pool of ${nd.cores} processes (figures/s)`, nd.summary.mplAll, note, fps],
      ]),
    );
    md.push('');
    md.push(
      ratioTable([
        ['Node 1 thread ÷ matplotlib 1 process', nd.summary.vsMpl1, null, note],
        [`Node ${nd.cores} threads ÷ matplotlib ${nd.cores} processes`, nd.summary.vsMplAll, null, note],
      ]),
    );
    md.push('');
  }

  if (results.notes.length) {
    md.push('## Not measured / problems');
    md.push('');
    for (const n of results.notes) md.push(`- ${n}`);
    md.push('');
  }
  return md.join('\n');
}

// ------------------------------------------------------------------------------------------------

/** Files under src/ that create a Web Worker (so the report can say whether the chart uses one). */
function findWorkers(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findWorkers(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && /new\s+(Shared)?Worker\s*\(/.test(readFileSync(path, 'utf8')))
      found.push(relative(ROOT, path));
  }
  return found;
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopChildren();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  log(`mode: ${QUICK ? 'quick' : 'full'}${ONLY ? `, only ${ONLY.join(',')}` : ''}; writing to ${OUT_DIR}`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);
  await startVite();
  log(`vite serving ${URL}`);
  const mpl = wanted('seed') || wanted('node') ? await startMatplotlib() : { status: 'not run' };
  log(`matplotlib: ${mpl.status === 'ok' ? mpl.version : mpl.status}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  await freshPage();
  const pageEnv = await page.evaluate(() => window.bench.environment());
  await page.evaluate(() => window.bench.preflight());
  await new Promise((r) => setTimeout(r, 1000)); // a Vite reload, if the preflight caused one, happens now
  if (!pageEnv.gcExposed) log('note: gc() is not exposed; runs are not separated by garbage collection');

  const sections = {};
  const notes = [];
  // The 1-minute load average before and after each section: other work on the machine shows up here.
  const load = {};
  const runners = {
    seed: () => benchSeed(mpl),
    grids: benchGrids,
    isolines: benchIsolines,
    recolour: benchRecolour,
    longtask: benchLongTasks,
    many: benchMany,
    rerender: benchRerender,
    interaction: benchInteraction,
    node: () => benchNode(mpl),
  };
  for (const [name, run] of Object.entries(runners)) {
    if (!wanted(name)) continue;
    const before = os.loadavg()[0];
    sections[name] = await run();
    load[name] = { before, after: os.loadavg()[0] };
  }

  if (mpl.status !== 'ok' && wanted('seed')) notes.push(`matplotlib: ${mpl.status}.`);
  for (const [section, value] of Object.entries(sections)) {
    const failures = [];
    const walk = (v, path) => {
      if (!v || typeof v !== 'object') return;
      if (typeof v.error === 'string') failures.push(`${path}: ${v.error}`);
      else for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`);
    };
    walk(value, section);
    if (failures.length) notes.push(`${section}: ${failures.length} measurement(s) failed, e.g. ${failures.slice(0, 3).join('; ')}`);
  }
  if (!pageEnv.longtaskSupported) notes.push('This Chromium does not report `longtask` entries: main-thread blocking was not measured.');
  if (pageErrors.length)
    notes.push(
      `Page errors during the run (first ${Math.min(5, pageErrors.length)} of ${pageErrors.length}): ${pageErrors
        .slice(0, 5)
        .map((e) => `\`${e.slice(0, 200)}\``)
        .join('; ')}`,
    );

  const env = {
    date: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    totalSeconds: (Date.now() - START) / 1000,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuCount: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown CPU',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    chromium: `Chromium ${browser.version()}`,
    chromiumArgs: CHROMIUM_ARGS,
    matplotlib: mpl.status === 'ok' ? mpl.version : null,
    matplotlibStatus: mpl.status,
    numpy: mpl.numpy ?? null,
    plotly: packageVersion('plotly.js-dist-min'),
    d3Contour: packageVersion('d3-contour'),
    react: packageVersion('react'),
    page: pageEnv,
    srcWorkers: findWorkers(join(ROOT, 'src')),
    repetitions: REPS,
    loadAverage1m: load,
  };
  const results = { env, targets: TARGETS, sections, notes, pageErrors };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(OUT_DIR, 'RESULTS.md'), report(results));
  log(`wrote ${join(OUT_DIR, 'results.json')} and ${join(OUT_DIR, 'RESULTS.md')} (${(env.totalSeconds / 60).toFixed(1)} min)`);
  mpl.stop?.();
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await browser?.close().catch(() => undefined);
    stopChildren();
  });
