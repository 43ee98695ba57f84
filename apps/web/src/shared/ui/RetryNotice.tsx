/** A failure to load, said as an alert, with a button to try again. */
export function RetryNotice({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <p className="notice" role="alert">
      {message}{" "}
      <button type="button" className="link-button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
