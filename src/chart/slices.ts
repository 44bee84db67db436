/** How long one task may run before the chart yields to the browser (well under a 50 ms long task). */
const SLICE_BUDGET_MS = 12;

/** Resolves in a new task, after the browser had a chance to render and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Continues in a new task when work that began at `since` (performance.now()) has run longer than
 * one slice: sliced work may have left the current task with its budget spent, so what follows
 * (painting, say) starts afresh. Work that never left its first slice continues at once.
 */
export async function continueAfterSlices(since: number): Promise<void> {
  if (performance.now() - since > SLICE_BUDGET_MS) await nextTask();
}

/**
 * Runs a generator that pauses (yields) between slices of work, spreading it over several tasks
 * of about SLICE_BUDGET_MS each. Returns null, leaving the rest undone, once `stale()` says the
 * result is no longer wanted. With `fromNewTask`, the first slice waits for a task of its own too:
 * the task that asked may already have spent its budget on other slices.
 */
export async function runInSlices<T>(steps: Generator<void, T>, stale: () => boolean, fromNewTask = false): Promise<{ value: T } | null> {
  if (fromNewTask) {
    await nextTask();
    if (stale()) return null;
  }
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (performance.now() - started > SLICE_BUDGET_MS) {
      await nextTask();
      if (stale()) return null;
      started = performance.now();
    }
  }
}
