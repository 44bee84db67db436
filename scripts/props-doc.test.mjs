// docs/PROPS.md is generated from the types (scripts/props-doc.mjs): this fails when a prop, its
// type, default or doc comment changed without `npm run docs:props`.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { propsDoc } from './props-doc.mjs';

it('docs/PROPS.md is what the types say (npm run docs:props writes it)', () => {
  expect(readFileSync(new URL('../docs/PROPS.md', import.meta.url), 'utf8')).toBe(propsDoc());
}, 30_000);
