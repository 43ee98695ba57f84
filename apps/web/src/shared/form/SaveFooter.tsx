/**
 * The end of a form that saves: why the last attempt failed, when it did, then the submit button, which says
 * "Saving…" while saving and stays off while `blocked`. `wide` stretches the button across the form.
 */
export function SaveFooter(props: { label: string; saving: boolean; error: string | undefined; blocked?: boolean; wide?: boolean }) {
  return (
    <>
      {props.error && (
        <p className="notice" role="alert">
          {props.error}
        </p>
      )}
      <button type="submit" className={props.wide ? "primary wide" : "primary"} disabled={props.saving || props.blocked === true}>
        {props.saving ? "Saving…" : props.label}
      </button>
    </>
  );
}
