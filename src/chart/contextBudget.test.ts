import { describe, expect, it } from 'vitest';
import { createContextBudget, type ContextBudget, type ContextHolder } from './contextBudget';

function holder(budget: ContextBudget, name: string, log: string[], visible = true): ContextHolder & { visible: boolean } {
  const h = {
    visible,
    isVisible: () => h.visible,
    releaseContext: () => {
      log.push(`evict ${name}`);
      budget.release(h);
    },
  };
  return h;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createContextBudget', () => {
  it('grants up to the limit, then evicts idle holders: off-screen first, then least recently drawn', async () => {
    const log: string[] = [];
    const budget = createContextBudget(2);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => holder(budget, n, log));
    await budget.acquire(a!);
    budget.idle(a!);
    await budget.acquire(b!);
    budget.idle(b!);
    expect(budget.live).toBe(2);
    await budget.acquire(c!); // a drew least recently
    budget.idle(c!);
    expect(log).toEqual(['evict a']);
    c!.visible = false;
    await budget.acquire(d!); // c is off-screen, so it goes before b
    expect(log).toEqual(['evict a', 'evict c']);
    expect(budget.live).toBe(2);
  });

  it('makes a holder wait while every context is busy drawing, and grants in request order', async () => {
    const log: string[] = [];
    const budget = createContextBudget(1);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => holder(budget, n, log));
    await budget.acquire(a!);
    const granted: string[] = [];
    void budget.acquire(b!).then(() => granted.push('b'));
    void budget.acquire(c!).then(() => granted.push('c'));
    await flush();
    expect(granted).toEqual([]);
    budget.idle(a!);
    await flush();
    expect(granted).toEqual(['b']);
    budget.idle(b!);
    await flush();
    expect(granted).toEqual(['b', 'c']);
    expect(log).toEqual(['evict a', 'evict b']);
  });

  it('never loses a waiter when an eviction releases re-entrantly (many holders, tiny budget)', async () => {
    const log: string[] = [];
    const budget = createContextBudget(2);
    const holders = Array.from({ length: 30 }, (_, i) => holder(budget, `h${i}`, log));
    let done = 0;
    await Promise.all(
      holders.map((h) =>
        budget.acquire(h).then(async () => {
          await flush();
          budget.idle(h);
          done++;
        }),
      ),
    );
    expect(done).toBe(30);
    expect(budget.live).toBe(2);
  });

  it('forgets a holder that is released while it waits', async () => {
    const budget = createContextBudget(1);
    const log: string[] = [];
    const [a, b] = ['a', 'b'].map((n) => holder(budget, n, log));
    await budget.acquire(a!);
    let granted = false;
    void budget.acquire(b!).then(() => (granted = true));
    budget.release(b!);
    budget.idle(a!);
    await flush();
    expect(granted).toBe(false);
    expect(budget.live).toBe(1);
  });

  it("remembers the page's kind of WebGL: the probe runs once, for the first chart that asks", () => {
    const budget = createContextBudget();
    let probes = 0;
    const probe = () => (probes++, 'software' as const);
    expect([budget.webglKind(probe), budget.webglKind(probe), budget.webglKind(() => 'hardware')]).toEqual([
      'software',
      'software',
      'software',
    ]);
    expect(probes).toBe(1);
    // Another budget (another page's, or a test's) probes for itself.
    expect(createContextBudget().webglKind(() => 'hardware')).toBe('hardware');
  });

  it('rejects limits the browser cannot honour', () => {
    expect(() => createContextBudget(0)).toThrow(/expected an integer from 1 to 16/);
    expect(() => createContextBudget(17)).toThrow(/expected an integer from 1 to 16/);
  });
});
