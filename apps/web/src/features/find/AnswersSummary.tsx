import { SYMPTOMS, regionRecord } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { intensityColour } from "../../shared/body-drawing/intensity.ts";
import { searchHref } from "../../router/search.ts";
import { FIND_SEARCH, HOME_SEARCH, type FindState } from "../../shared/find-query.ts";

/** What the person said so far, in words, with links to change the drawing or (once answered) the answers. */
export function AnswersSummary({ state, asking }: { state: FindState; asking: boolean }) {
  const symptomLabels = SYMPTOMS.filter((s) => state.symptoms.includes(s.id)).map((s) => s.label);
  const drawingLink = searchHref(HOME_SEARCH, { ...state, flags: undefined, tests: [] });
  // The answers stay in the address, so the questions come back ticked as they were.
  const answersLink = searchHref(FIND_SEARCH, { ...state, change: "answers" });
  return (
    <section className="card answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Your drawing</h2>
      <ul className="pain-list">
        {state.pain.map((mark) => (
          <li key={mark.region}>
            <span className="swatch" style={{ background: intensityColour(mark.intensity) }} aria-hidden="true" />
            {regionRecord(mark.region).label}: {mark.intensity}/10
          </li>
        ))}
      </ul>
      {symptomLabels.length > 0 && <p>Also: {symptomLabels.join(", ").toLowerCase()}.</p>}
      <p className="answer-links">
        <Link to={drawingLink}>Change the drawing</Link>
        {!asking && <Link to={answersLink}>Change the answers</Link>}
      </p>
    </section>
  );
}
