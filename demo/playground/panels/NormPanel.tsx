import { CheckField, Panel, SelectField, TextField } from '../controls';
import type { ExtendChoice, NormChoice, PlaygroundState, SetField } from '../state';
import { NORMS_WITH_RANGE } from '../toProps';

/** Each choice with the matplotlib call it stands for, shown under the select. */
const NORMS: Readonly<Record<NormChoice, string>> = Object.freeze({
  default: "none: imshow's vmin / vmax",
  linear: 'Normalize(vmin, vmax, clip)',
  log: 'LogNorm(vmin, vmax, clip)',
  symlog: 'SymLogNorm(linthresh, linscale, vmin, vmax, clip, base)',
  power: 'PowerNorm(gamma, vmin, vmax, clip)',
  twoSlope: 'TwoSlopeNorm(vcenter, vmin, vmax)',
  centered: 'CenteredNorm(vcenter, halfrange, clip)',
  boundary: 'BoundaryNorm(boundaries, ncolors, clip, extend)',
});

const EXTENDS: readonly ExtendChoice[] = Object.freeze(['neither', 'min', 'max', 'both']);

type ParameterKey = 'linthresh' | 'linscale' | 'base' | 'gamma' | 'vcenter' | 'halfrange' | 'boundaries' | 'ncolors';

/** The norm's own parameters: text fields, keyed by the state field they edit. */
const PARAMETERS: Readonly<Partial<Record<NormChoice, readonly { key: ParameterKey; placeholder: string }[]>>> = Object.freeze({
  symlog: [
    { key: 'linthresh', placeholder: 'required' },
    { key: 'linscale', placeholder: '1' },
    { key: 'base', placeholder: '10' },
  ],
  power: [{ key: 'gamma', placeholder: 'required' }],
  twoSlope: [{ key: 'vcenter', placeholder: 'required' }],
  centered: [
    { key: 'vcenter', placeholder: '0' },
    { key: 'halfrange', placeholder: 'from the data' },
  ],
  boundary: [
    { key: 'boundaries', placeholder: 'ascending, comma-separated' },
    { key: 'ncolors', placeholder: 'the colormap size' },
  ],
});

export function NormPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const range = NORMS_WITH_RANGE.includes(state.norm);
  const prefix = state.norm === 'default' ? '' : 'norm.';
  return (
    <Panel title="Norm">
      <SelectField
        label="norm"
        value={state.norm}
        options={(Object.keys(NORMS) as NormChoice[]).map((value) => ({ value, label: value === 'default' ? 'none' : value }))}
        hint={NORMS[state.norm]}
        onChange={(v) => set('norm', v)}
      />
      {range && (
        <>
          <TextField
            label={`${prefix}vmin`}
            inputMode="decimal"
            value={state.vmin}
            placeholder="data min"
            onChange={(v) => set('vmin', v)}
          />
          <TextField
            label={`${prefix}vmax`}
            inputMode="decimal"
            value={state.vmax}
            placeholder="data max"
            onChange={(v) => set('vmax', v)}
          />
        </>
      )}
      {(PARAMETERS[state.norm] ?? []).map(({ key, placeholder }) => (
        <TextField key={key} label={`norm.${key}`} value={state[key]} placeholder={placeholder} onChange={(v) => set(key, v)} />
      ))}
      {state.norm === 'boundary' && (
        <SelectField label="norm.extend" value={state.normExtend} options={EXTENDS} onChange={(v) => set('normExtend', v)} />
      )}
      {state.norm !== 'default' && state.norm !== 'twoSlope' && (
        <CheckField label="norm.clip" checked={state.clip} onChange={(v) => set('clip', v)} />
      )}
    </Panel>
  );
}
