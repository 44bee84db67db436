import { INTERPOLATION_NAMES } from '../../../src';
import { CheckField, Panel, SelectField, TextField } from '../controls';
import type { PlaygroundState, SetField } from '../state';
import { FILTERRAD_KERNELS } from '../toProps';
import { ExtentField } from './ExtentField';

export function ImagePanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const radius = FILTERRAD_KERNELS.includes(state.interpolation);
  return (
    <Panel title="Image">
      <CheckField
        label="heatmap"
        checked={state.heatmap}
        hint="off: no image, e.g. filled contours instead"
        onChange={(v) => set('heatmap', v)}
      />
      <ExtentField state={state} set={set} />
      <SelectField label="origin" value={state.origin} options={['upper', 'lower'] as const} onChange={(v) => set('origin', v)} />
      <SelectField
        label="interpolation"
        value={state.interpolation}
        options={INTERPOLATION_NAMES}
        onChange={(v) => set('interpolation', v)}
      />
      <TextField
        label="filterrad"
        inputMode="decimal"
        value={state.filterrad}
        disabled={!radius}
        placeholder="4"
        hint={radius ? undefined : 'only sinc, lanczos and blackman have a radius'}
        onChange={(v) => set('filterrad', v)}
      />
      <SelectField
        label="interpolationStage"
        value={state.interpolationStage}
        options={[{ value: '', label: 'default' }, 'data', 'rgba'] as const}
        hint="resample the data, or the colours"
        onChange={(v) => set('interpolationStage', v)}
      />
    </Panel>
  );
}
