// The CSP page (e2e/csp/index.html, e2e/robustness-env.spec.ts): the library under
// `script-src 'self'; worker-src 'none'` — no eval (regl compiles its shaders' JavaScript with
// new Function) and no workers. It installs the robustness helpers (window.robust) and records
// what the policy refuses, so the spec can check that the policy is really in force.
import '../harness/robustness';

function probeEval(): string {
  try {
    return String(new Function('return "eval allowed"')());
  } catch (e) {
    return `refused: ${(e as Error).name}`;
  }
}

function probeWorker(): Promise<string> {
  return new Promise((resolve) => {
    try {
      const worker = new Worker(new URL('../../src/worker/isolineWorker.ts', import.meta.url), { type: 'module' });
      worker.onerror = () => resolve('refused: error event');
      // A worker that started answers nothing to an empty message; give it a moment.
      setTimeout(() => {
        worker.terminate();
        resolve('started');
      }, 1000);
    } catch (e) {
      resolve(`refused: ${(e as Error).name}`);
    }
  });
}

void probeWorker().then((worker) => {
  Object.assign(window, { cspProbe: { eval: probeEval(), worker } });
  document.body.dataset.csp = 'ready';
});
