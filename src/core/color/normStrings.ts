import { invalidProp } from '../errors';
import { describe } from '../grid/grid';
import type { NormObject } from './norms';

/**
 * The norm strings matplotlib ≥ 3.6 accepts that this library draws: the scale of that name with
 * `matplotlib.scale`'s defaults (`make_norm_from_scale`), autoscaled like the class forms.
 * - 'linear': Normalize() (matplotlib's LinearScaleNorm: the same formula and autoscaling).
 * - 'log': LogNorm() (matplotlib builds the very same class, LogScale with nonpositive='mask').
 * - 'symlog': SymLogNorm(linthresh=2, linscale=1, base=10): SymmetricalLogScale's defaults.
 * matplotlib 3.6.3 also accepts 'asinh' and 'logit' (and lists 'function' / 'functionlog', which
 * raise there without functions); they are rejected here: the GPU shader has no such transform.
 */
export type NormString = 'linear' | 'log' | 'symlog';

/** The norm strings resolveNorm (norms.ts) accepts, in matplotlib's order. */
export const NORM_STRINGS: readonly NormString[] = Object.freeze(['linear', 'log', 'symlog']);

/** matplotlib 3.6.3's other norm-string names (`scale._scale_mapping`), rejected with a reason. */
const UNSUPPORTED_NORM_STRINGS: Readonly<Record<string, string>> = Object.freeze({
  asinh: "matplotlib's AsinhScale norm needs an asinh transform the GPU shader does not have",
  logit: "matplotlib's LogitScale norm needs a logit transform the GPU shader does not have",
  function: 'matplotlib itself raises for it (FuncScale needs its functions)',
  functionlog: 'matplotlib itself raises for it (FuncScaleLog needs its functions)',
});

/**
 * The object form of a norm string: what `matplotlib.cm.ScalarMappable.norm = '<name>'` builds
 * (`_auto_norm_from_scale(scale._scale_mapping[name])()`), with vmin / vmax left to autoscaling.
 * Errors name `prop` and list the supported strings.
 */
export function normFromString(name: unknown, prop = 'norm'): NormObject {
  switch (name) {
    case 'linear':
      return { type: 'linear' };
    case 'log':
      return { type: 'log' };
    case 'symlog':
      // SymmetricalLogScale(axis, *, base=10, linthresh=2, subs=None, linscale=1)
      return { type: 'symlog', linthresh: 2, linscale: 1, base: 10 };
  }
  const supported = `supported norm strings: ${NORM_STRINGS.map((n) => `'${n}'`).join(', ')}, or a norm object like { type: 'power', gamma: 0.5 }`;
  const why = typeof name === 'string' && Object.hasOwn(UNSUPPORTED_NORM_STRINGS, name) ? UNSUPPORTED_NORM_STRINGS[name] : undefined;
  if (why !== undefined) throw invalidProp(prop, `the norm string '${name}' is not supported: ${why}; ${supported}`);
  const given = typeof name === 'string' ? JSON.stringify(name.length > 20 ? `${name.slice(0, 20)}…` : name) : describe(name);
  throw invalidProp(prop, `unknown norm string ${given}; ${supported}`);
}
