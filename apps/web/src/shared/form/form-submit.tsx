import { useState, type FormEvent } from "react";
import { formErrorOf, type FormError } from "./form-error.ts";

/** A form's submit handler around `work`: busy while it runs, and the error (with the field it names) when it fails. */
export function useFormSubmit(work: () => Promise<void>) {
  const [error, setError] = useState<FormError>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(formErrorOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

/**
 * Announces a failed submission: a visible notice when it names no field, otherwise only to screen readers (the
 * message is shown under its field).
 */
export function FormAlert({ error }: { error: FormError | undefined }) {
  if (!error) return null;
  return (
    <p className={error.field ? "visually-hidden" : "notice"} role="alert">
      {error.message}
    </p>
  );
}
