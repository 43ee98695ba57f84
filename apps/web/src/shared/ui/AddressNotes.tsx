/** A note for every part of the page's address that could not be used (`useSearch`'s problems), so nothing is dropped silently. */
export function AddressNotes({ problems }: { problems: readonly string[] }) {
  return problems.map((problem) => (
    <p key={problem} className="notice">
      {problem}
    </p>
  ));
}
