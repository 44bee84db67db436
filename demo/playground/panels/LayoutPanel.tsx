import { Panel, SelectField, TextField } from '../controls';
import type { PlaygroundState, SetField } from '../state';

export function LayoutPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  return (
    <Panel title="Layout">
      <TextField label="width" inputMode="decimal" value={state.width} placeholder="the container's" hint="CSS px" onChange={(v) => set('width', v)} />
      <TextField label="height" inputMode="decimal" value={state.height} placeholder="the container's" onChange={(v) => set('height', v)} />
      <TextField
        label="pixelRatio"
        inputMode="decimal"
        value={state.pixelRatio}
        placeholder={String(window.devicePixelRatio)}
        hint="empty: devicePixelRatio"
        onChange={(v) => set('pixelRatio', v)}
      />
      <SelectField label="renderer" value={state.renderer} options={['auto', 'gpu', 'cpu'] as const} onChange={(v) => set('renderer', v)} />
    </Panel>
  );
}
