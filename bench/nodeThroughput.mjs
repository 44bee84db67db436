// The Node row (issue #12): seed figures per second drawn by contour-heatmap/node, in one thread and
// in worker threads on every core (src/node/throughput.ts), against matplotlib in one process and
// in a multiprocessing pool of the same size (bench/matplotlib_seed.py --throughput). Each
// measurement runs in a child process of its own, one after another, rounds interleaved.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The child process for one Node measurement: `node measure.mjs <threads> <figures>` (a file, not
 * `--input-type=module -e`, whose flag its worker threads would inherit for their CommonJS code).
 */
const MEASURE = `const [threads, figures] = process.argv.slice(2).map(Number);
const { measureSeedThroughput } = await import('./throughput.mjs');
const module = new URL('./index.mjs', import.meta.url);
console.log(JSON.stringify(await measureSeedThroughput({ threads, figures, module })));
`;

/** Builds src/node/index.ts and src/node/throughput.ts for Node into outDir (index.mjs, throughput.mjs, measure.mjs). */
async function buildForNode(root, outDir) {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node18',
      rollupOptions: {
        input: { index: join(root, 'src/node/index.ts'), throughput: join(root, 'src/node/throughput.ts') },
        external: [/^@napi-rs\/canvas/, /^node:/],
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  writeFileSync(join(outDir, 'measure.mjs'), MEASURE);
}

/** One child process's JSON answer (its last stdout line). */
function runChild(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0)
    return { error: `${command} exited with ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}` };
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    return { error: `${command}: no JSON in its output` };
  }
}

/**
 * Measures `rounds` rounds of: Node 1 thread, matplotlib 1 process, Node `cores` threads,
 * matplotlib a pool of `cores` processes, `figures` figures each (after warm-ups).
 */
export async function benchNodeThroughput({ root, outDir, python, cores, rounds, figures, log }) {
  await buildForNode(root, outDir);
  const node = (threads) => {
    const r = runChild(process.execPath, [join(outDir, 'measure.mjs'), String(threads), String(figures)], root);
    return r.error ? r : { figuresPerSecond: r.figuresPerSecond, medianMs: r.medianMs, threads: r.threads };
  };
  const matplotlib = (processes) => {
    if (!python) return { error: 'matplotlib is not installed' };
    const r = runChild(
      python,
      [join(root, 'bench', 'matplotlib_seed.py'), '--throughput', String(figures), '--processes', String(processes)],
      root,
    );
    return r.error ? r : { figuresPerSecond: r.figures_per_second, processes: r.processes };
  };
  const runs = { node1: [], mpl1: [], nodeAll: [], mplAll: [] };
  for (let i = 0; i < rounds; i++) {
    runs.node1.push(node(1));
    runs.mpl1.push(matplotlib(1));
    runs.nodeAll.push(node(cores));
    runs.mplAll.push(matplotlib(cores));
    log(`  node round ${i + 1}/${rounds}`);
  }
  return runs;
}
