import { invalidProp } from '../errors';

/**
 * matplotlib's `extend`: whether values below the first / above the last level (or boundary) get
 * a region of their own — a colour bin in BoundaryNorm, a band to ±infinity in contourf — and, for
 * levels from a count, that the outermost level at that end is dropped.
 */
export type Extend = 'neither' | 'min' | 'max' | 'both';

export const EXTENDS: readonly Extend[] = Object.freeze(['neither', 'min', 'max', 'both']);

/** Validates an `extend` option; undefined is 'neither'. */
export function resolveExtend(value: unknown, prop: string): Extend {
  if (value === undefined) return 'neither';
  if (!EXTENDS.includes(value as Extend)) {
    throw invalidProp(prop, `expected one of ${EXTENDS.map((e) => `'${e}'`).join(', ')}, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value as Extend;
}

export const extendsBelow = (extend: Extend): boolean => extend === 'min' || extend === 'both';
export const extendsAbove = (extend: Extend): boolean => extend === 'max' || extend === 'both';
