import { CheckField, Panel, SelectField, TextField } from '../controls';
import type { PlaygroundState, SetField } from '../state';

export function ColorbarPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const off = !state.colorbar;
  return (
    <Panel title="Colorbar">
      <CheckField
        label="colorbar"
        checked={state.colorbar}
        hint="of the heatmap, or of the filled contours without it; needs the axes"
        onChange={(v) => set('colorbar', v)}
      />
      <SelectField
        label="orientation"
        value={state.colorbarOrientation}
        disabled={off}
        options={['vertical', 'horizontal'] as const}
        onChange={(v) => set('colorbarOrientation', v)}
      />
      <TextField label="label" value={state.colorbarLabel} disabled={off} placeholder="none" onChange={(v) => set('colorbarLabel', v)} />
      <TextField
        label="ticks"
        value={state.colorbarTicks}
        disabled={off}
        placeholder="the norm's locator"
        hint="data values, comma-separated"
        onChange={(v) => set('colorbarTicks', v)}
      />
    </Panel>
  );
}
