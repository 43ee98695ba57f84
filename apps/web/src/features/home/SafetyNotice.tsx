/** The standing safety and evidence notice shown before anything else. */
export function SafetyNotice() {
  return (
    <aside className="notice" aria-label="Safety notice">
      <h2>Before you start</h2>
      <ul>
        <li>
          Unknot is <strong>not a diagnosis</strong>. It offers possibilities to explore, and a clinician should check pain that is severe,
          new, or not getting better.
        </li>
        <li>
          Call emergency services for chest pain with sweating or breathlessness, a sudden worst-ever headache, or numbness between the legs
          with bladder or bowel changes.
        </li>
        <li>Keep pressure at or below 5 out of 10. Stop at sharp, electric, burning or spreading numb pain.</li>
        <li>
          Trigger points are debated: people and therapists often disagree on where they are. Treat what you find as a hypothesis, and pair
          pressure with movement.
        </li>
      </ul>
    </aside>
  );
}
