import { Panel, SelectField, TextField, CheckField } from '../controls';
import { MAX_SIDE, SOURCES } from '../dataSources';
import type { PlaygroundState, SetField } from '../state';

export function DataPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const generated = state.source !== 'seed';
  return (
    <Panel title="Data">
      <SelectField label="z" value={state.source} options={SOURCES} onChange={(v) => set('source', v)} />
      <TextField label="rows" inputMode="numeric" value={state.rows} disabled={!generated} onChange={(v) => set('rows', v)} />
      <TextField
        label="cols"
        inputMode="numeric"
        value={state.cols}
        disabled={!generated}
        hint={generated ? `2 to ${MAX_SIDE} per side` : 'the seed is fixed: x, y in steps of 0.5'}
        onChange={(v) => set('cols', v)}
      />
      <CheckField
        label="contours.x / .y"
        checked={state.contourXY}
        disabled={generated}
        hint="contour(X, Y, Z) with the seed's x, y; off: the image's cell centres"
        onChange={(v) => set('contourXY', v)}
      />
    </Panel>
  );
}
