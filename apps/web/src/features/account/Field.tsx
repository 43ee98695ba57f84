import { useId } from "react";

/** A labelled input whose error, when the server named this field, is tied to it for screen readers. */
export function Field(props: {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  error?: string | undefined;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="field account-field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <span id={`${id}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        required
      />
      {props.error && (
        <span id={`${id}-error`} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
