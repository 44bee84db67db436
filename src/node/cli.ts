// The command line: `contour-heatmap render spec.json -o out.png`. The logic is here, with its
// input and output injected (runCli), so it is tested without a process; bin/contour-heatmap.mjs
// only hands it the process's.
import { readFile, writeFile } from 'node:fs/promises';
import type { ChartOptions } from '../chart/chartOptions';
import { NODE_IMAGE_TYPES, renderToBuffer, type NodeImageType } from './index';

export const USAGE = `Usage: contour-heatmap render <spec.json | -> [options]

Draws the chart the JSON file describes (the component's props; "-" reads them from stdin;
null in z stands for NaN, which JSON cannot carry; width and height are required).

Options:
  -o, --output <file>   write the image to <file> ("-": the bytes to stdout);
                        its extension (.png .jpg .jpeg .webp .svg) gives the type unless --type does
  --base64              print the image as base64 to stdout instead
  --type <mime>         image/png (default), image/jpeg, image/webp or image/svg+xml
  --quality <0..1>      JPEG / WebP quality
  --scale <n>           multiply the pixel ratio (e.g. 2 for a sharper, twice as large image)
  -h, --help            show this help
`;

/** What the command line reads and writes: the process's (see {@link processIo}) or a test's. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array | string>;
  readStdin(): Promise<Uint8Array | string>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  stdout(data: Uint8Array | string): void;
  stderr(text: string): void;
}

const EXTENSION_TYPES = Object.freeze({
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
} as const);

interface Command {
  readonly spec: string;
  readonly output: string | null;
  readonly base64: boolean;
  readonly type: NodeImageType | undefined;
  readonly quality: number | undefined;
  readonly scale: number | undefined;
}

class UsageError extends Error {}

/**
 * Runs the command line for `argv` (without node and the script) and resolves with the exit
 * code: 0 when the image was written, 1 when the chart could not be drawn (the props' error on
 * stderr), 2 for a wrong command line (with the usage).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command | 'help';
  try {
    command = parseArgs(argv);
  } catch (e) {
    io.stderr(`contour-heatmap: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const text = command.spec === '-' ? await io.readStdin() : await io.readFile(command.spec);
    const props = parseSpec(typeof text === 'string' ? text : new TextDecoder().decode(text), command.spec);
    const type = command.type ?? typeFromExtension(command.output) ?? 'image/png';
    const image = await renderToBuffer(props, { type, quality: command.quality, scale: command.scale });
    if (command.base64) io.stdout(`${image.toString('base64')}\n`);
    else if (command.output === '-') io.stdout(image);
    else await io.writeFile(command.output!, image);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`${message.startsWith('contour-heatmap:') ? message : `contour-heatmap: ${message}`}\n`);
    return 1;
  }
}

function parseArgs(argv: readonly string[]): Command | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const [verb, ...rest] = argv;
  if (verb !== 'render') throw new UsageError(verb === undefined ? 'no command given' : `unknown command ${JSON.stringify(verb)}`);
  let spec: string | null = null;
  let output: string | null = null;
  let base64 = false;
  let type: NodeImageType | undefined;
  let quality: number | undefined;
  let scale: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-o' || flag === '--output') output = value();
    else if (flag === '--base64') base64 = true;
    else if (flag === '--type') {
      const t = value();
      if (!NODE_IMAGE_TYPES.includes(t as NodeImageType))
        throw new UsageError(`--type: expected one of ${NODE_IMAGE_TYPES.join(', ')}, got ${JSON.stringify(t)}`);
      type = t as NodeImageType;
    } else if (flag === '--quality') quality = number(flag, value());
    else if (flag === '--scale') scale = number(flag, value());
    else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (spec === null) spec = arg;
    else throw new UsageError(`unexpected argument ${JSON.stringify(arg)}: one spec file at a time`);
  }
  if (spec === null) throw new UsageError('no spec file given (a JSON file of props, or - for stdin)');
  if (base64 && output !== null) throw new UsageError('give either --base64 or -o, not both');
  if (!base64 && output === null) throw new UsageError('say where the image goes: -o <file> (or -o - for stdout), or --base64');
  return { spec, output, base64, type, quality, scale };
}

function number(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag}: expected a number, got ${JSON.stringify(text)}`);
  return n;
}

function typeFromExtension(output: string | null): NodeImageType | undefined {
  const match = output && /\.([a-z]+)$/i.exec(output);
  return match ? EXTENSION_TYPES[match[1]!.toLowerCase() as keyof typeof EXTENSION_TYPES] : undefined;
}

/** The props in the file; null cells of z (JSON has no NaN) are NaN, as the chart's "bad" value. */
function parseSpec(text: string, source: string): ChartOptions {
  let props: unknown;
  try {
    props = JSON.parse(text);
  } catch (e) {
    throw new Error(`contour-heatmap: ${source === '-' ? 'stdin' : source} is not JSON: ${(e as Error).message}`, { cause: e });
  }
  if (props === null || typeof props !== 'object' || Array.isArray(props))
    throw new Error(`contour-heatmap: ${source === '-' ? 'stdin' : source} must hold an object of props`);
  const z = (props as { z?: unknown }).z;
  const nan = (v: unknown) => (v === null ? NaN : v);
  if (Array.isArray(z)) return { ...props, z: z.map((row: unknown) => (Array.isArray(row) ? row.map(nan) : row)) } as ChartOptions;
  if (z && typeof z === 'object' && Array.isArray((z as { values?: unknown }).values)) {
    return { ...props, z: { ...z, values: (z as { values: unknown[] }).values.map(nan) } } as unknown as ChartOptions;
  }
  return props as ChartOptions;
}

/** The process's input and output, for bin/contour-heatmap.mjs. */
export function processIo(): CliIo {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is no failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return {
    readFile: (path) => readFile(path),
    async readStdin() {
      const chunks: Uint8Array[] = [];
      for await (const chunk of process.stdin)
        chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
      return Buffer.concat(chunks);
    },
    writeFile: (path, data) => writeFile(path, data),
    stdout: (data) => void process.stdout.write(data),
    stderr: (text) => void process.stderr.write(text),
  };
}
