import { Panel, SelectField, TextField } from '../controls';
import type { PlaygroundState, SetField } from '../state';

const LAYOUTS = Object.freeze([
  { value: 'matplotlib', label: 'matplotlib' },
  { value: 'constrained', label: 'constrained' },
] as const);

export function LayoutPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  return (
    <Panel title="Layout">
      <TextField
        label="width"
        inputMode="decimal"
        value={state.width}
        placeholder="the container's"
        hint="CSS px"
        onChange={(v) => set('width', v)}
      />
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
      <SelectField
        label="layout"
        value={state.layout}
        options={LAYOUTS}
        disabled={!state.axes}
        hint={state.axes ? "matplotlib: the default subplot's margins; constrained: fitted to what is drawn" : 'no effect without the axes'}
        onChange={(v) => set('layout', v)}
      />
      <TextField
        label="background"
        value={state.background}
        placeholder={state.axes ? 'white' : 'transparent'}
        hint="the figure's colour (savefig's facecolor); empty: white with axes, else transparent"
        onChange={(v) => set('background', v)}
      />
    </Panel>
  );
}
