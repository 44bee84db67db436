// The command line, run with its input and output in memory: `contour-heatmap render spec.json -o out.png`.
import { describe, expect, it } from 'vitest';
import { seedField } from '../../demo/fields';
import { decodePng } from '../../test-support/matplotlibFixtures';
import { runCli, USAGE, type CliIo } from './cli';
import { renderToBase64, renderToBuffer, type ChartOptions } from './index';

const { x, y, z } = seedField();
const SPEC = {
  z,
  extent: [-3, 4, -4, 3],
  origin: 'lower',
  interpolation: 'spline36',
  cmap: 'jet',
  contours: { levels: 10, colors: 'k', x, y },
  width: 300,
  height: 150,
} as ChartOptions;

/** In-memory files, stdin, stdout and stderr. */
function memoryIo(files: Record<string, string> = {}, stdin = '') {
  const written = new Map<string, Uint8Array | string>();
  const out: (Uint8Array | string)[] = [];
  let err = '';
  const io: CliIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return Buffer.from(files[path]!);
    },
    readStdin: async () => stdin,
    writeFile: async (path, data) => void written.set(path, data),
    stdout: (data) => void out.push(data),
    stderr: (text) => void (err += text),
  };
  return {
    io,
    written,
    stdout: () => out.map((d) => (typeof d === 'string' ? d : Buffer.from(d).toString('latin1'))).join(''),
    stdoutBytes: () => Buffer.concat(out.map((d) => (typeof d === 'string' ? Buffer.from(d) : Buffer.from(d)))),
    stderr: () => err,
  };
}

describe('contour-heatmap render', () => {
  it('writes the PNG renderToBuffer gives to -o', async () => {
    const m = memoryIo({ 'spec.json': JSON.stringify(SPEC) });
    expect(await runCli(['render', 'spec.json', '-o', 'out.png'], m.io)).toBe(0);
    expect(Buffer.from(m.written.get('out.png')!).equals(await renderToBuffer(SPEC))).toBe(true);
    expect(m.stderr()).toBe('');
  });

  it('reads the spec from stdin with -, and prints base64 with --base64', async () => {
    const m = memoryIo({}, JSON.stringify(SPEC));
    expect(await runCli(['render', '-', '--base64'], m.io)).toBe(0);
    expect(m.stdout()).toBe(`${await renderToBase64(SPEC)}\n`);
  });

  it('takes --type, --quality and --scale (also as --flag=value)', async () => {
    const m = memoryIo({ 'spec.json': JSON.stringify(SPEC) });
    expect(await runCli(['render', 'spec.json', '--type', 'image/jpeg', '--quality=0.5', '--scale', '2', '-o', 'out.img'], m.io)).toBe(0);
    const jpeg = Buffer.from(m.written.get('out.img')!);
    expect(jpeg.equals(await renderToBuffer(SPEC, { type: 'image/jpeg', quality: 0.5, scale: 2 }))).toBe(true);
    const scaled = memoryIo({ 'spec.json': JSON.stringify(SPEC) });
    await runCli(['render', 'spec.json', '--scale=2', '--output', 'big.png'], scaled.io);
    const png = decodePng(Buffer.from(scaled.written.get('big.png')!));
    expect([png.width, png.height]).toEqual([600, 300]);
  });

  it('takes the type from the output’s extension, and writes the bytes to stdout with -o -', async () => {
    const m = memoryIo({ 'spec.json': JSON.stringify(SPEC) });
    await runCli(['render', 'spec.json', '-o', 'figure.SVG'], m.io);
    expect(String(m.written.get('figure.SVG')).startsWith('<?xml')).toBe(true);
    await runCli(['render', 'spec.json', '-o', 'figure.jpg'], m.io);
    expect([...Buffer.from(m.written.get('figure.jpg')!).subarray(0, 2)]).toEqual([0xff, 0xd8]);
    const piped = memoryIo({ 'spec.json': JSON.stringify(SPEC) });
    expect(await runCli(['render', 'spec.json', '-o', '-'], piped.io)).toBe(0);
    expect(piped.stdoutBytes().equals(await renderToBuffer(SPEC))).toBe(true);
  });

  it('reads null cells of z as NaN (JSON has no NaN)', async () => {
    const holes = z.map((row, r) => row.map((v, c) => (r === 7 && c === 7 ? null : v)));
    const m = memoryIo({ 'spec.json': JSON.stringify({ ...SPEC, z: holes }) });
    expect(await runCli(['render', 'spec.json', '-o', 'out.png'], m.io)).toBe(0);
    const nan = z.map((row, r) => row.map((v, c) => (r === 7 && c === 7 ? NaN : v)));
    expect(Buffer.from(m.written.get('out.png')!).equals(await renderToBuffer({ ...SPEC, z: nan }))).toBe(true);
    const flat = memoryIo({ 'spec.json': JSON.stringify({ ...SPEC, z: { values: holes.flat(), rows: 15, cols: 15 } }) });
    expect(await runCli(['render', 'spec.json', '-o', 'out.png'], flat.io)).toBe(0);
    expect(Buffer.from(flat.written.get('out.png')!).equals(await renderToBuffer({ ...SPEC, z: nan }))).toBe(true);
  });

  it('fails with exit code 1 and the chart’s message for props it cannot draw', async () => {
    const m = memoryIo({
      'bad.json': JSON.stringify({ ...SPEC, cmap: 'nope' }),
      'nosize.json': JSON.stringify({ z }),
      'broken.json': '{ "z": ',
    });
    expect(await runCli(['render', 'bad.json', '-o', 'out.png'], m.io)).toBe(1);
    expect(m.stderr()).toMatch(/^contour-heatmap: invalid prop "cmap"/);
    expect(await runCli(['render', 'nosize.json', '-o', 'out.png'], m.io)).toBe(1);
    expect(m.stderr()).toContain('contour-heatmap: invalid prop "width": is required in Node');
    expect(await runCli(['render', 'broken.json', '-o', 'out.png'], m.io)).toBe(1);
    expect(m.stderr()).toContain('contour-heatmap: broken.json is not JSON');
    expect(await runCli(['render', 'missing.json', '-o', 'out.png'], m.io)).toBe(1);
    expect(m.stderr()).toContain("contour-heatmap: ENOENT: no such file or directory, open 'missing.json'");
    expect(m.written.size).toBe(0);
  });

  it('fails with exit code 2 and the usage for a wrong command line', async () => {
    for (const argv of [
      [],
      ['draw', 'spec.json'],
      ['render'],
      ['render', 'spec.json'],
      ['render', 'spec.json', '--bogus', '-o', 'x.png'],
      ['render', 'spec.json', '-o'],
      ['render', 'a.json', 'b.json', '-o', 'x.png'],
      ['render', 'spec.json', '--base64', '-o', 'x.png'],
      ['render', 'spec.json', '--scale', 'big', '--base64'],
      ['render', 'spec.json', '--type', 'image/gif', '--base64'],
    ]) {
      const m = memoryIo({ 'spec.json': JSON.stringify(SPEC) });
      expect(await runCli(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.stderr()).toContain(USAGE);
      expect(m.written.size).toBe(0);
    }
  });

  it('prints the usage for --help', async () => {
    const m = memoryIo();
    expect(await runCli(['--help'], m.io)).toBe(0);
    expect(m.stdout()).toBe(USAGE);
  });
});
