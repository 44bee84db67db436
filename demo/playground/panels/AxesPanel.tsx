import { CheckField, Panel, TextField } from '../controls';
import type { PlaygroundState, SetField } from '../state';

export function AxesPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const off = !state.axes;
  return (
    <Panel title="Axes">
      <CheckField
        label="axes"
        checked={state.axes}
        hint="off: axes={false}, the picture fills the element"
        onChange={(v) => set('axes', v)}
      />
      <TextField label="title" value={state.title} disabled={off} placeholder="none" onChange={(v) => set('title', v)} />
      <TextField label="xlabel" value={state.xlabel} disabled={off} placeholder="none" onChange={(v) => set('xlabel', v)} />
      <TextField label="ylabel" value={state.ylabel} disabled={off} placeholder="none" onChange={(v) => set('ylabel', v)} />
      <TextField
        label="fontSize"
        inputMode="decimal"
        value={state.axesFontSize}
        disabled={off}
        placeholder="10"
        hint="tick labels, pt; axis labels too, the title 1.2 ×"
        onChange={(v) => set('axesFontSize', v)}
      />
      <CheckField label="frame" checked={state.frame} disabled={off} hint="the spines" onChange={(v) => set('frame', v)} />
      <TextField label="xticks" value={state.xticks} disabled={off} placeholder="AutoLocator" onChange={(v) => set('xticks', v)} />
      <TextField
        label="yticks"
        value={state.yticks}
        disabled={off}
        placeholder="AutoLocator"
        hint="data values, comma-separated"
        onChange={(v) => set('yticks', v)}
      />
    </Panel>
  );
}
