/** What a hand-written or old link held that could not be used, one note each, so nothing is dropped silently. */
export function LinkNotes({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>Some parts of this link could not be used:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
