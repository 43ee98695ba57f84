import type { Candidate } from "@unknot/core/finder";

/** Beside the results: which of the candidates a clinician examined, and that their finding counts as a press test. */
export function ClinicianNotes({ notes, candidates }: { notes: Readonly<Record<string, string>>; candidates: readonly Candidate[] }) {
  const examined = candidates.filter((candidate) => notes[candidate.triggerPoint]);
  if (examined.length === 0) return null;
  return (
    <section className="card clinician-notes" aria-labelledby="clinician-notes-heading">
      <h2 id="clinician-notes-heading">What your clinician found</h2>
      <p className="hint">Their examination counts here as a press test on that point, in place of your own answer.</p>
      <ul>
        {examined.map((candidate) => (
          <li key={candidate.triggerPoint}>
            <strong>{candidate.name}:</strong> {notes[candidate.triggerPoint]}
          </li>
        ))}
      </ul>
    </section>
  );
}
