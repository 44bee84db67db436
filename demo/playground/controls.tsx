// The form controls: a labelled row each, with an optional hint under the control.
import { useId, type ReactNode } from 'react';

interface RowProps {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
}

function Row({ id, label, hint, disabled, children }: RowProps & { id: string; children: ReactNode }) {
  return (
    <div className={disabled ? 'row disabled' : 'row'}>
      <label htmlFor={id}>{label}</label>
      <div className="control">
        {children}
        {hint && (
          <small className="hint" id={`${id}-hint`}>
            {hint}
          </small>
        )}
      </div>
    </div>
  );
}

export function TextField({
  label,
  hint,
  disabled,
  value,
  onChange,
  placeholder,
  list,
  inputMode,
}: RowProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
  /** The id of a <datalist> of suggestions. */
  readonly list?: string;
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
}) {
  const id = useId();
  return (
    <Row id={id} label={label} hint={hint} disabled={disabled}>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        list={list}
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </Row>
  );
}

export type Option<T extends string> = T | { readonly value: T; readonly label: string };

export function SelectField<T extends string>({
  label,
  hint,
  disabled,
  value,
  options,
  onChange,
}: RowProps & { readonly value: T; readonly options: readonly Option<T>[]; readonly onChange: (value: T) => void }) {
  const id = useId();
  return (
    <Row id={id} label={label} hint={hint} disabled={disabled}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => {
          const { value: v, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </Row>
  );
}

export function CheckField({
  label,
  hint,
  disabled,
  checked,
  onChange,
}: RowProps & { readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <Row id={id} label={label} hint={hint} disabled={disabled}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
    </Row>
  );
}

/** A group of controls under a heading (a fieldset, so tests and screen readers can scope to it). */
export function Panel({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <fieldset className="panel">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
