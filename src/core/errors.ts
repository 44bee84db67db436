/** Every validation error names the prop and the problem, so a user can fix the call site. */
export function invalidProp(prop: string, problem: string): Error {
  return new Error(`contour-heatmap: invalid prop "${prop}": ${problem}`);
}
