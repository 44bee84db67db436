// Python literals for the matplotlib snippet.

export function pyStr(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function pyNum(n: number): string {
  if (Number.isNaN(n)) return 'np.nan';
  if (!Number.isFinite(n)) return n > 0 ? 'np.inf' : '-np.inf';
  return String(n);
}

/** A JS value as Python: strings quoted, numbers as numbers, booleans capitalised, arrays as lists (tuples for colours). */
export function py(value: unknown): string {
  if (typeof value === 'string') return pyStr(value);
  if (typeof value === 'number') return pyNum(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  if (value === null || value === undefined) return 'None';
  return pyStr(String(value));
}

/** A colour: a string, or an RGB(A) tuple. */
export function pyColor(value: unknown): string {
  return Array.isArray(value) && value.every((v) => typeof v === 'number') ? `(${value.map(pyNum).join(', ')})` : py(value);
}

/** `name=value` pairs for the entries that are defined, joined for a call. */
export function kwargs(entries: Record<string, string | undefined>): string[] {
  return Object.entries(entries).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]));
}

/** A call, wrapped one argument per line when it gets long. */
export function call(callee: string, args: readonly string[]): string {
  const oneLine = `${callee}(${args.join(', ')})`;
  if (oneLine.length <= 72) return oneLine;
  const indent = ' '.repeat(4);
  return `${callee}(\n${args.map((a) => `${indent}${a},`).join('\n')}\n)`;
}
