/** Every validation error names the prop and the problem, so a user can fix the call site. */
export function invalidProp(prop: string, problem: string): Error {
  return new Error(`contour-heatmap: invalid prop "${prop}": ${problem}`);
}

/** Whether an error is already worded as the library's errors are. */
export function isLibraryError(e: unknown): e is Error {
  return e instanceof Error && e.message.startsWith('contour-heatmap: ');
}

/** An error's own words, whatever was thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Calls a function the user gave as `prop` (a tick formatter, say) and returns its result as text:
 * what it throws reaches the user as an error naming the prop, not as a bare exception.
 */
export function callUserFormat(prop: string, format: () => unknown): string {
  try {
    return String(format());
  } catch (e) {
    throw Object.assign(invalidProp(prop, `the function threw "${messageOf(e)}"; fix it or leave ${prop} out`), { cause: e });
  }
}
