import { COLORMAP_NAMES } from '../../../src';
import { CheckField, Panel, SelectField, TextField, type Option } from '../controls';
import type { ContourColorMode, PlaygroundState, SetField } from '../state';

const COLOR_MODES: readonly { value: ContourColorMode; label: string }[] = Object.freeze([
  { value: 'one', label: 'one colour' },
  { value: 'list', label: 'a list (cycled)' },
  { value: 'cmap', label: 'from a colormap' },
]);

const LINESTYLES = ['solid', 'dashed', 'dashdot', 'dotted'] as const;
const CMAPS: readonly Option<string>[] = Object.freeze([{ value: '', label: 'viridis (default)' }, ...COLORMAP_NAMES]);
const FILL_CMAPS: readonly Option<string>[] = Object.freeze([{ value: '', label: 'as the lines' }, ...COLORMAP_NAMES]);

export function ContoursPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const off = !state.contours;
  return (
    <Panel title="Contours">
      <CheckField label="contours" checked={state.contours} hint="off: contours={false}" onChange={(v) => set('contours', v)} />
      <TextField
        label="levels"
        value={state.levels}
        disabled={off}
        placeholder="7"
        hint="a count, or ascending levels: -1, 0, 1"
        onChange={(v) => set('levels', v)}
      />
      <SelectField label="colors" value={state.colorMode} disabled={off} options={COLOR_MODES} onChange={(v) => set('colorMode', v)} />
      {state.colorMode === 'one' && (
        <TextField label="colour" value={state.color} disabled={off} placeholder="from cmap" onChange={(v) => set('color', v)} />
      )}
      {state.colorMode === 'list' && (
        <TextField
          label="colour list"
          value={state.colorList}
          disabled={off}
          hint="comma-separated"
          onChange={(v) => set('colorList', v)}
        />
      )}
      {state.colorMode === 'cmap' && (
        <SelectField label="cmap" value={state.contourCmap} disabled={off} options={CMAPS} onChange={(v) => set('contourCmap', v)} />
      )}
      <TextField
        label="linewidths"
        value={state.linewidths}
        disabled={off}
        placeholder="1.5"
        hint="pt; one, or a list"
        onChange={(v) => set('linewidths', v)}
      />
      <TextField
        label="linestyles"
        value={state.linestyles}
        disabled={off}
        list="playground-linestyles"
        placeholder="solid"
        hint={`${LINESTYLES.join(', ')}; one, or a list`}
        onChange={(v) => set('linestyles', v)}
      />
      <datalist id="playground-linestyles">
        {LINESTYLES.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <SelectField
        label="negativeLinestyle"
        value={state.negativeLinestyle}
        disabled={off}
        options={[{ value: '', label: 'default' }, ...LINESTYLES]}
        hint="default dashed, with one colour and no linestyles"
        onChange={(v) => set('negativeLinestyle', v)}
      />
      <TextField
        label="alpha"
        inputMode="decimal"
        value={state.alpha}
        disabled={off}
        placeholder="none"
        hint="0–1"
        onChange={(v) => set('alpha', v)}
      />
      <CheckField label="cornerMask" checked={state.cornerMask} disabled={off} onChange={(v) => set('cornerMask', v)} />
      <CheckField
        label="filled"
        checked={state.filled}
        disabled={off}
        hint="contourf between the levels"
        onChange={(v) => set('filled', v)}
      />
      <SelectField
        label="filled.cmap"
        value={state.fillCmap}
        disabled={off || !state.filled}
        options={FILL_CMAPS}
        hint="the bands' own colormap, e.g. under black lines"
        onChange={(v) => set('fillCmap', v)}
      />
      <SelectField
        label="lines"
        value={state.lines}
        disabled={off}
        options={
          [
            { value: '', label: 'default' },
            { value: 'on', label: 'on' },
            { value: 'off', label: 'off' },
          ] as const
        }
        hint="default: on unless filled"
        onChange={(v) => set('lines', v)}
      />
      <SelectField
        label="extend"
        value={state.contourExtend}
        disabled={off}
        options={[{ value: '', label: 'default' }, 'neither', 'min', 'max', 'both'] as const}
        hint="filled bands beyond the levels"
        onChange={(v) => set('contourExtend', v)}
      />
    </Panel>
  );
}
