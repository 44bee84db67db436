import { CheckField, Panel, TextField } from '../controls';
import type { PlaygroundState, SetField } from '../state';

/** contours.labels: matplotlib's clabel. */
export function LabelsPanel({ state, set }: { state: PlaygroundState; set: SetField }) {
  const off = !state.contours || !state.labels;
  return (
    <Panel title="Contour labels">
      <CheckField
        label="labels"
        checked={state.labels}
        disabled={!state.contours}
        hint="contours.labels: clabel on the lines (none without lines)"
        onChange={(v) => set('labels', v)}
      />
      <TextField
        label="fontSize"
        inputMode="decimal"
        value={state.labelFontSize}
        disabled={off}
        placeholder="10"
        hint="pt"
        onChange={(v) => set('labelFontSize', v)}
      />
      <TextField
        label="format"
        value={state.labelFormat}
        disabled={off}
        placeholder="ScalarFormatter"
        hint="printf: '%1.1f', '%.3g', '%d', 'z = %1.2f'"
        onChange={(v) => set('labelFormat', v)}
      />
      <CheckField
        label="inline"
        checked={state.labelInline}
        disabled={off}
        hint="cut the line under each label"
        onChange={(v) => set('labelInline', v)}
      />
      <TextField
        label="inlineSpacing"
        inputMode="decimal"
        value={state.labelInlineSpacing}
        disabled={off}
        placeholder="5"
        hint="px each side, when inline"
        onChange={(v) => set('labelInlineSpacing', v)}
      />
      <TextField
        label="levels"
        value={state.labelLevels}
        disabled={off}
        placeholder="every level"
        hint="the labelled levels, equal to drawn ones: give contours.levels as a list"
        onChange={(v) => set('labelLevels', v)}
      />
      <TextField
        label="colors"
        value={state.labelColors}
        disabled={off}
        placeholder="each line's"
        hint="one colour, or a comma-separated list"
        onChange={(v) => set('labelColors', v)}
      />
    </Panel>
  );
}
