// `npm run test:consumers`: the package as users get it. Builds and packs the repo (`npm pack`),
// installs the tarball with a fresh `npm install` into a copy of each
// consumer app in a temporary folder (outside the repo, so nothing resolves to the repo's
// node_modules), builds the app with its own bundler, serves it and checks in Chromium that the
// charts draw (data-ready="true"), export base64 PNGs, and that the big grid ran in the worker.
//
// Consumers: vite-app (Vite + React: `vite build` served by `vite preview`, and the `vite` dev
// server, which pre-bundles the package). Needs the npm registry for the apps' own dependencies.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const repo = resolve(import.meta.dirname, '../..');
const started = Date.now();
const keep = process.argv.includes('--keep'); // keep the temporary folder, to look into it
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[consumers ${elapsed()}] ${message}`);

/** Runs a command to completion; rejects with its output when it fails. */
function run(command, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${output}`)),
    );
  });
}

/** Starts a server and resolves once it answers on `url`; returns a stop function. */
async function startServer(command, args, cwd, url) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('close', () => done());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${command} ${args.join(' ')} did not answer on ${url} within 30 s:\n${output}`);
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** Opens the app in Chromium and checks both charts; returns what it saw. */
async function checkPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  const workers = [];
  page.on('console', (m) => {
    // An error, or the chart's warning that it fell back to the main thread (no worker could start).
    if (m.type() === 'error' || (m.type() === 'warning' && /contour-heatmap/.test(m.text())))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('worker', (w) => workers.push(w.url()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    await page.goto(url);
    for (const id of ['small', 'large']) {
      await page.locator(`[data-testid="${id}"][data-ready="true"]`).waitFor({ state: 'attached', timeout: 60_000 });
    }
    await page.waitForFunction(() => window.consumer.exports.small && window.consumer.exports.large, null, { timeout: 60_000 });
    const { exports, errors } = await page.evaluate(() => window.consumer);
    problems.push(...errors);
    for (const [id, base64] of Object.entries(exports)) {
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.readUInt32BE(0) !== 0x89504e47) problems.push(`${id}: the export is not a PNG`);
      if (bytes.readUInt32BE(16) !== 320 || bytes.readUInt32BE(20) !== 240) problems.push(`${id}: the export is not 320 × 240`);
    }
    const paths = await page.locator('[data-testid="large"] path[data-level]').count();
    if (paths === 0) problems.push('large: no contour paths');
    const workerFiles = workers.filter((w) => /isolineWorker/.test(w));
    if (workerFiles.length === 0) problems.push(`large: no contour worker was started (workers: ${JSON.stringify(workers)})`);
    return { problems, sizes: Object.fromEntries(Object.entries(exports).map(([id, b]) => [id, b.length])), workers: workerFiles, paths };
  } finally {
    await page.close();
  }
}

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'contour-heatmap-consumers-'));
  const stops = [];
  let browser;
  let failed = false;
  try {
    log('npm run build');
    await run('npm', ['run', 'build'], repo);
    log('npm pack'); // prepack would build again: built just now
    const packed = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], repo));
    const { filename, size, unpackedSize, entryCount } = packed[0];
    const tarball = join(temp, filename);
    log(`packed ${filename}: ${(size / 1024).toFixed(1)} kB, ${(unpackedSize / 1024).toFixed(1)} kB unpacked, ${entryCount} files`);

    const app = join(temp, 'vite-app');
    cpSync(join(import.meta.dirname, 'vite-app'), app, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
    log("vite-app: npm install (the app's dependencies from the registry, contour-heatmap from the tarball)");
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/contour-heatmap/package.json'), 'utf8'));
    const vite = JSON.parse(readFileSync(join(app, 'node_modules/vite/package.json'), 'utf8'));
    log(`vite-app: installed contour-heatmap ${installed.version}, vite ${vite.version}`);

    log('vite-app: vite build');
    await run(join(app, 'node_modules/.bin/vite'), ['build'], app);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--enable-unsafe-swiftshader',
        '--ignore-gpu-blocklist',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });

    const results = [];
    for (const mode of ['build', 'dev']) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      const args =
        mode === 'build'
          ? ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort']
          : ['--host', '127.0.0.1', '--port', String(port), '--strictPort'];
      const stop = await startServer(join(app, 'node_modules/.bin/vite'), args, app, url);
      stops.push(stop);
      log(`vite-app (${mode === 'build' ? 'vite build, served by vite preview' : 'vite dev server'}): checking ${url} in Chromium`);
      const result = await checkPage(browser, url);
      await stop();
      results.push({ mode, ...result });
      if (result.problems.length) {
        failed = true;
        console.error(`vite-app (${mode}) FAILED:\n  ${result.problems.join('\n  ')}`);
      } else {
        log(
          `vite-app (${mode}): both charts data-ready, PNG exports of ${result.sizes.small} and ${result.sizes.large} base64 chars, ${result.paths} contour paths, worker ${result.workers[0]}`,
        );
      }
    }
    const passed = results.filter((r) => r.problems.length === 0).length;
    console.log(`test:consumers: ${passed} passed, ${results.length - passed} failed (${elapsed()})`);
  } catch (e) {
    failed = true;
    console.error(e instanceof Error ? e.message : e);
  } finally {
    await browser?.close();
    for (const stop of stops) await stop();
    if (keep) log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
