// `npm run test:consumers`: the package as users get it. Builds and packs the repo (`npm pack`), then
// for each consumer app (consumers.mjs) copies its folder to a temporary folder (outside the repo, so
// nothing resolves to the repo's node_modules), installs the tarball and the app's own dependencies
// from the npm registry (`npm install --prefer-offline`: npm's cache first), builds the app with its
// own tools, serves it and checks in Chromium that the charts draw (data-ready="true"), export base64
// PNGs, and that the big grid ran in the worker (support.mjs: checkPage).
//
// Consumers: vite-app (Vite + React 19: vite build + preview, and the dev server), vite-react18
// (Vite + React 18 + strict TypeScript), next-app (Next.js app router, 'use client', no next.config:
// next build with Turbopack and with webpack, next start, and the server-rendered HTML), plain-esm
// (<script type="module">, no bundler). A consumer that fails does not stop the others.
//
//   node e2e/consumers/run.mjs [--keep] [--only=next-app,plain-esm] [--tarball=contour-heatmap-0.1.0.tgz]
// (--keep: keep the temporary folder; --only: these consumers; --tarball: this packed tarball, not
// a fresh build of the repo)
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { consumers } from './consumers.mjs';
import { checkPage, freePort, launchChromium, npmInstall, run } from './support.mjs';

const repo = resolve(import.meta.dirname, '../..');
const started = Date.now();
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const keep = process.argv.includes('--keep');
const only = option('only')?.split(',');
const givenTarball = option('tarball');
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[consumers ${seconds(started)}] ${message}`);

/** Runs one consumer in a fresh copy of its folder; returns its checks and how long it took. */
async function runConsumer(consumer, { temp, tarball, browser }) {
  const since = Date.now();
  const app = join(temp, consumer.name);
  cpSync(join(import.meta.dirname, consumer.name), app, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|\.next)$/.test(src),
  });
  const checks = [];
  const ctx = {
    app,
    log: (message) => log(`${consumer.name}: ${message}`),
    async step(label, fn) {
      const stepStarted = Date.now();
      ctx.log(label);
      const result = await fn();
      ctx.log(`${label}: done in ${seconds(stepStarted)}`);
      return result;
    },
    install: () =>
      ctx.step("npm install (the app's dependencies from the registry, contour-heatmap from the tarball)", () => npmInstall(app, tarball)),
    fail(label, e) {
      const message = e instanceof Error ? e.message : String(e);
      checks.push({ label, problems: [message] });
      console.error(`${consumer.name} (${label}) FAILED:\n${message}`);
    },
    exec: (bin, args) => run(join(app, 'node_modules/.bin', bin), args, app),
    versions: (...names) =>
      names
        .map((name) => `${name} ${JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version}`)
        .join(', '),
    async serve(label, start, inspect) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      const stop = await start(port);
      try {
        const checkStarted = Date.now();
        ctx.log(`${label}: checking ${url}${inspect ? ' (its HTML, then in Chromium)' : ' in Chromium'}`);
        const problems = inspect ? await inspect(url) : [];
        const result = await checkPage(browser, url);
        result.problems.unshift(...problems);
        checks.push({ label, ...result });
        if (result.problems.length) console.error(`${consumer.name} (${label}) FAILED:\n  ${result.problems.join('\n  ')}`);
        else
          ctx.log(
            `${label}: passed in ${seconds(checkStarted)}: both charts data-ready, PNG exports of ${result.sizes.small} and ${result.sizes.large} base64 chars, ${result.paths} contour paths, workers: ${result.workers.map((w) => w.replace(/[#?].*/, '')).join(', ')}`,
          );
      } finally {
        await stop();
      }
    },
  };
  try {
    log(`${consumer.name}: ${consumer.title}`);
    await consumer.run(ctx);
  } catch (e) {
    ctx.fail('a step', e);
  }
  return { name: consumer.name, checks, time: seconds(since) };
}

/** Builds the package and packs it into `temp`; returns the tarball's path. */
async function buildAndPack(temp) {
  log('npm run build');
  await run('npm', ['run', 'build'], repo);
  log('npm pack'); // prepack would build again: built just now
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], repo));
  const { filename, size, unpackedSize, entryCount } = packed[0];
  log(
    `packed ${filename} in ${seconds(started)}: ${(size / 1024).toFixed(1)} kB, ${(unpackedSize / 1024).toFixed(1)} kB unpacked, ${entryCount} files`,
  );
  return join(temp, filename);
}

async function main() {
  const temp = mkdtempSync(join(tmpdir(), 'contour-heatmap-consumers-'));
  let browser;
  const results = [];
  try {
    const tarball = givenTarball ? resolve(givenTarball) : await buildAndPack(temp);
    browser = await launchChromium();
    for (const consumer of consumers) {
      if (only && !only.includes(consumer.name)) continue;
      results.push(await runConsumer(consumer, { temp, tarball, browser }));
    }
  } catch (e) {
    results.push({ name: 'build / pack', checks: [{ label: 'build / pack', problems: [e instanceof Error ? e.message : String(e)] }] });
    console.error(e instanceof Error ? e.message : e);
  } finally {
    await browser?.close();
    if (keep) log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.checks.some((c) => c.problems.length > 0));
  console.log('\ntest:consumers:');
  for (const { name, checks, time } of results) {
    const passed = checks.filter((c) => c.problems.length === 0).length;
    console.log(`  ${name.padEnd(13)} ${(time ?? '').padStart(8)}  ${passed}/${checks.length} checks passed`);
  }
  console.log(
    `  ${failed.length ? `${failed.length} of ${results.length} consumers FAILED` : `all ${results.length} consumers passed`} (${seconds(started)})`,
  );
  process.exitCode = failed.length ? 1 : 0;
}

await main();
