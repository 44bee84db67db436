// Text-field parsing that never judges: whatever the user typed is passed on as the closest value
// (a number that is not one becomes NaN), so the chart's own validation names the prop.

/** '' → undefined (the prop's default); anything else → Number(text), possibly NaN. */
export function optionalNumber(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : Number(t);
}

/** Comma-separated entries, trimmed; '' → undefined. An empty entry ('1,,2') stays, as ''. */
export function list(text: string): string[] | undefined {
  return text.trim() === '' ? undefined : text.split(',').map((s) => s.trim());
}

export function numberList(text: string): number[] | undefined {
  return list(text)?.map((s) => (s === '' ? NaN : Number(s)));
}

/** One value, or a list when the text has a comma: matplotlib's "scalar or sequence" arguments. */
export function oneOrList<T>(text: string, each: (s: string) => T): T | T[] | undefined {
  const entries = list(text);
  if (!entries) return undefined;
  return text.includes(',') ? entries.map(each) : each(entries[0]!);
}

export const toNumber = (s: string): number => (s === '' ? NaN : Number(s));
