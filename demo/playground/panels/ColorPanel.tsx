import { COLORMAP_NAMES } from '../../../src';
import { Panel, SelectField, TextField, type Option } from '../controls';
import { CUSTOM_CMAP, type PlaygroundState, type SetField } from '../state';

const CMAP_OPTIONS: readonly Option<string>[] = Object.freeze([...COLORMAP_NAMES, { value: CUSTOM_CMAP, label: 'custom (colour list)…' }]);

const COLOR_HINT = "matplotlib colour: 'k', 'tab:blue', '#rrggbb[aa]', '0.5', 'C3' or [r, g, b, a]; empty: default";

export function ColorPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const custom = state.cmap === CUSTOM_CMAP;
  return (
    <Panel title="Colours">
      <SelectField label="cmap" value={state.cmap} options={CMAP_OPTIONS} onChange={(v) => set('cmap', v)} />
      {custom && (
        <>
          <TextField
            label="colours"
            value={state.customColors}
            hint="comma-separated matplotlib colours"
            onChange={(v) => set('customColors', v)}
          />
          <SelectField
            label="as"
            value={state.customKind}
            options={
              [
                { value: 'from_list', label: 'LinearSegmentedColormap.from_list ({ stops })' },
                { value: 'listed', label: 'ListedColormap ({ colors })' },
              ] as const
            }
            onChange={(v) => set('customKind', v)}
          />
        </>
      )}
      <TextField label="underColor" value={state.underColor} placeholder="first colour" onChange={(v) => set('underColor', v)} />
      <TextField label="overColor" value={state.overColor} placeholder="last colour" onChange={(v) => set('overColor', v)} />
      <TextField label="badColor" value={state.badColor} placeholder="transparent" hint={COLOR_HINT} onChange={(v) => set('badColor', v)} />
    </Panel>
  );
}
