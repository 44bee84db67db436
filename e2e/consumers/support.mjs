// Helpers for `npm run test:consumers` (run.mjs): child processes, servers, Chromium and the check
// every consumer page passes.
//
// The page contract (each consumer app keeps it): two charts with filled contours,
// `[data-testid="small"]` (40 × 40, its bands traced on the main thread) and `[data-testid="large"]`
// (400 × 400, its bands traced in the package's worker), each 320 × 240 CSS px, exporting itself
// once drawn into `window.consumer.exports[id] = { dataURL, base64 }` (`toDataURL('image/png')` and
// `toBase64('image/png')`); errors go to `window.consumer.errors`.
import { spawn } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from '@playwright/test';

const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command to completion; resolves with its output, rejects with it when it fails. */
export function run(command, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${output}`)),
    );
  });
}

/** Installs the app's own dependencies from the registry (npm's cache first) and the packed tarball. */
export function npmInstall(app, tarball) {
  return run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
}

/** Waits until `url` answers with a 2xx status, or `isDead()`; returns whether it answered. */
async function waitForUrl(url, isDead, timeoutMs) {
  for (const end = Date.now() + timeoutMs; Date.now() < end && !isDead();) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Starts a server process and resolves once it answers on `url`; returns a stop function. */
export async function startServer(command, args, cwd, url) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('close', () => done());
      child.kill('SIGTERM');
    });
  if (await waitForUrl(url, () => child.exitCode !== null, 30_000)) return stop;
  await stop();
  throw new Error(`${command} ${args.join(' ')} did not answer on ${url} within 30 s (exit ${child.exitCode}):\n${output}`);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves the files under `root` as they are (no bundler, no transform); returns a stop function. */
export async function serveStatic(root, port) {
  const server = createHttpServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return () => new Promise((done) => server.close(() => done()));
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const PNG_PREFIX = 'data:image/png;base64,';

/** Problems with one export: a PNG data URL and base64, each decoding to a 320 × 240 PNG of some size. */
function exportProblems(id, { dataURL, base64 }) {
  const problems = [];
  if (typeof dataURL !== 'string' || !dataURL.startsWith(PNG_PREFIX)) problems.push(`${id}: toDataURL did not return a PNG data URL`);
  for (const [what, text] of [
    ['toDataURL', dataURL?.slice(PNG_PREFIX.length)],
    ['toBase64', base64],
  ]) {
    const bytes = Buffer.from(text ?? '', 'base64');
    if (bytes.length < 2000) problems.push(`${id}: ${what} decodes to only ${bytes.length} bytes`);
    else if (bytes.readUInt32BE(0) !== 0x89504e47) problems.push(`${id}: ${what} is not a PNG`);
    else if (bytes.readUInt32BE(16) !== 320 || bytes.readUInt32BE(20) !== 240) problems.push(`${id}: ${what} is not 320 × 240`);
  }
  return problems;
}

/**
 * Runs in the page before its own scripts: records every Worker the page starts and counts the
 * replies carrying traced filled-contour bands (`{ bands, … }`, the contour worker's trace reply), whatever
 * name the app's bundler gave the worker's file.
 */
function recordWorkers() {
  const seen = { started: [], traceReplies: 0 };
  window.consumerWorkers = seen;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      seen.started.push(String(url));
      this.addEventListener('message', (e) => {
        if (e.data && typeof e.data === 'object' && 'bands' in e.data) seen.traceReplies++;
      });
    }
  };
}

/**
 * Opens a consumer page in Chromium and checks both charts: drawn (data-ready), exported, the large
 * one drawn with WebGL (so regl loaded) and its filled contours traced in a worker (a worker replied with
 * traced bands, and the chart did not warn that it fell back to the main thread). Returns what it saw;
 * never throws (a timeout is one more problem, after those the page showed before it).
 */
export async function checkPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('console', (m) => {
    // An error, or the chart's warning that it fell back to the main thread (no worker could start).
    if (m.type() === 'error' || (m.type() === 'warning' && /contour-heatmap/.test(m.text())))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.addInitScript(recordWorkers);
  const seen = { sizes: {}, workers: [], paths: 0 };
  try {
    await page.goto(url);
    for (const id of ['small', 'large']) {
      await page.locator(`[data-testid="${id}"][data-ready="true"]`).waitFor({ state: 'attached', timeout: 60_000 });
    }
    await page.waitForFunction(() => window.consumer?.exports.small && window.consumer.exports.large, null, { timeout: 60_000 });
    const { exports, errors } = await page.evaluate(() => window.consumer);
    problems.push(...errors);
    for (const [id, exported] of Object.entries(exports)) problems.push(...exportProblems(id, exported));
    const paths = await page.locator('[data-testid="large"] path[data-level]').count();
    if (paths === 0) problems.push('large: no contour paths');
    const workers = await page.evaluate(() => window.consumerWorkers);
    if (workers.traceReplies === 0)
      problems.push(`large: no worker traced filled contours (workers started: ${JSON.stringify(workers.started)})`);
    const renderer = await page.locator('[data-testid="large"]').getAttribute('data-renderer');
    if (renderer !== 'gpu') problems.push(`large: drawn by the ${renderer} renderer, not WebGL (regl)`);
    seen.sizes = Object.fromEntries(Object.entries(exports).map(([id, e]) => [id, e.base64?.length]));
    Object.assign(seen, { workers: workers.started, paths });
  } catch (e) {
    problems.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
  } finally {
    await page.close();
  }
  return { problems, ...seen };
}
