import { useId } from 'react';
import type { PlaygroundState, SetField } from '../state';

const EDGES = ['left', 'right', 'bottom', 'top'] as const;

/** extent: four edges, or none (cell centres on integer indices). */
export function ExtentField({ state, set }: { state: PlaygroundState; set: SetField }) {
  const id = useId();
  const edit = (i: number, v: string) =>
    set('extent', state.extent.map((e, j) => (j === i ? v : e)) as unknown as PlaygroundState['extent']);
  return (
    <div className="row">
      <span className="label" id={id}>
        extent
      </span>
      <div className="control" role="group" aria-labelledby={id}>
        <div className="extent">
          {EDGES.map((edge, i) => (
            <input
              key={edge}
              type="text"
              inputMode="decimal"
              aria-label={`extent ${edge}`}
              title={edge}
              placeholder={edge}
              value={state.extent[i]}
              disabled={!state.extentOn}
              onChange={(e) => edit(i, e.target.value)}
            />
          ))}
        </div>
        <label className="inline">
          <input type="checkbox" aria-label="extent none" checked={!state.extentOn} onChange={(e) => set('extentOn', !e.target.checked)} />{' '}
          none
        </label>
      </div>
    </div>
  );
}
