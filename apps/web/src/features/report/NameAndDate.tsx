/**
 * Fields the person fills in before printing. Plain inputs styled as writing lines, so a filled one prints as typed
 * and an empty one prints as a blank line to write on by hand. Not saved: a name is not part of the diary.
 */
export function NameAndDate() {
  return (
    <div className="report-identity">
      <label>
        <span>Name</span>
        <input type="text" name="report-name" autoComplete="name" />
      </label>
      <label>
        <span>Date</span>
        <input type="text" name="report-date" autoComplete="off" />
      </label>
    </div>
  );
}
