import { afterEach, describe, expect, it, vi } from 'vitest';
import { traceLevels } from '../core/contours/levelTracing';
import { exactValues } from '../core/grid/grid';
import { resolvePicture } from '../core/options';
import { SupersededError } from '../worker/contourTracer';
import { createWorkerGate } from '../worker/workerGate';
import { createContourLayer } from './contourLayer';

/** A wavy n × n field, `phase` making different data of the same shape. */
const field = (n: number, phase: number) => ({
  values: Float64Array.from({ length: n * n }, (_, i) => Math.sin((i % n) / 7 + phase) * Math.cos(Math.floor(i / n) / 9)),
  rows: n,
  cols: n,
});
const picture = (phase: number) => resolvePicture({ z: field(120, phase), contours: { levels: 9, colors: 'k' } });
const levelsOf = (p: ReturnType<typeof picture>) => p.contours!.styles.map((s) => s.level);
const plain = (perLevel: readonly (readonly { points: Float64Array; closed: boolean }[])[]) =>
  perLevel.map((lines) => lines.map((l) => ({ closed: l.closed, points: Array.from(l.points) })));
const frame = [0, 1, 0, 1] as const;

/** A clock that jumps 100 ms at every reading: every step overruns the slice budget, so a trace pauses after each. */
function everyStepOverrunsItsSlice(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
}

describe('createContourLayer: lines traced on the main thread in slices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('traces every level of the picture, as traceLevels does', async () => {
    const layer = createContourLayer(createWorkerGate());
    const p = picture(0);
    const { lines, bands } = await layer.draw(p, 100, 100, frame, () => false);
    expect(bands).toBeNull();
    expect(plain(lines)).toEqual(plain(traceLevels(exactValues(p.grid), p.grid.rows, p.grid.cols, levelsOf(p))));
    layer.destroy();
  });

  it('stops tracing a picture between slices once a newer one replaced it, and traces the newer one', async () => {
    // Replaced during the trace's first pause.
    everyStepOverrunsItsSlice();
    const layer = createContourLayer(createWorkerGate());
    const first = layer.draw(picture(0), 100, 100, frame, () => false);
    const second = picture(1);
    const drawn = layer.draw(second, 100, 100, frame, () => false);
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    expect(plain((await drawn).lines)).toEqual(plain(traceLevels(exactValues(second.grid), 120, 120, levelsOf(second))));
    layer.destroy();
  });

  it('stops tracing once destroyed', async () => {
    everyStepOverrunsItsSlice();
    const layer = createContourLayer(createWorkerGate());
    const drawn = layer.draw(picture(0), 100, 100, frame, () => false);
    layer.destroy();
    await expect(drawn).rejects.toBeInstanceOf(SupersededError);
  });
});
