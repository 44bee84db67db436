import { describe, expect, it } from 'vitest';
import { createDrawLoop, type DrawStep } from './drawLoop';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createDrawLoop', () => {
  it('marks ready only once the latest version is drawn', async () => {
    const readiness: boolean[] = [];
    const loop = createDrawLoop(
      async () => 'drawn',
      (r) => readiness.push(r),
    );
    loop.invalidate();
    expect(loop.ready).toBe(false);
    await loop.whenReady();
    expect(loop.ready).toBe(true);
    expect(readiness).toEqual([false, true]);
  });

  it('does not start drawing in the task that invalidates (the caller may still fail the change)', async () => {
    let steps = 0;
    const loop = createDrawLoop(
      async () => (steps++, 'drawn'),
      () => undefined,
    );
    loop.invalidate();
    loop.fail(new Error('contour-heatmap: invalid prop "z"'));
    await tick();
    expect(steps).toBe(0);
    await expect(loop.whenReady()).rejects.toThrow('invalid prop "z"');
  });

  it('draws again when the options change during a step, and never marks the older picture ready', async () => {
    let release: () => void = () => undefined;
    const seen: boolean[] = [];
    const step: DrawStep = async (stale) => {
      await new Promise<void>((r) => (release = r));
      seen.push(stale());
      return stale() ? 'stale' : 'drawn';
    };
    const readiness: boolean[] = [];
    const loop = createDrawLoop(step, (r) => readiness.push(r));
    loop.invalidate();
    await tick();
    loop.invalidate(); // newer options while the first step runs
    release();
    await tick();
    expect(loop.ready).toBe(false);
    release();
    await loop.whenReady();
    expect(seen).toEqual([true, false]);
    expect(readiness.filter((r) => r)).toHaveLength(1);
  });

  it('waits (without marking ready) when a step cannot draw yet, and resumes on the next change', async () => {
    let canDraw = false;
    const loop = createDrawLoop(
      async () => (canDraw ? 'drawn' : 'wait'),
      () => undefined,
    );
    loop.invalidate();
    await tick();
    expect(loop.ready).toBe(false);
    canDraw = true;
    loop.invalidate();
    await loop.whenReady();
    expect(loop.ready).toBe(true);
  });

  it('turns a throwing step into the error every waiter gets, until the next change clears it', async () => {
    let broken = true;
    const loop = createDrawLoop(
      async () => {
        if (broken) throw new Error('contour-heatmap: WebGL is unavailable');
        return 'drawn';
      },
      () => undefined,
    );
    loop.invalidate();
    await expect(loop.whenReady()).rejects.toThrow('WebGL is unavailable');
    expect(loop.error?.message).toContain('WebGL');
    broken = false;
    loop.invalidate();
    expect(loop.error).toBeNull();
    await loop.whenReady();
  });

  it('rejects every waiter on destroy, and destroy is safe twice', async () => {
    const loop = createDrawLoop(
      () => new Promise(() => undefined),
      () => undefined,
    );
    loop.invalidate();
    const waiting = loop.whenReady();
    loop.destroy();
    loop.destroy();
    await expect(waiting).rejects.toThrow('destroyed');
    await expect(loop.whenReady()).rejects.toThrow('destroyed');
  });
});
