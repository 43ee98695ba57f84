import { lazy, Suspense } from "react";
import { Link } from "../../router/Link.tsx";
import { navigate } from "../../router/router.ts";
import { searchHref, useSearch } from "../../router/search.ts";
import { ScreeningForm } from "../screening/ScreeningForm.tsx";
import { FIND_SEARCH, type FindState } from "../../shared/find-query.ts";
import { AnswersSummary } from "./AnswersSummary.tsx";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";

// The results need the finder and the whole atlas: they load only once the questions are answered.
const ResultsView = lazy(() => import("../results/ResultsView.tsx").then((m) => ({ default: m.ResultsView })));

/**
 * `/find?pain=…&symptoms=…&flags=…&tests=…`: the questions, then the results. The address holds every answer, so a
 * bookmark or a link sent to a therapist shows the same page. Without `flags` the safety questions come first.
 */
export function FindPage() {
  const {
    value: { change, ...state },
    problems,
  } = useSearch(FIND_SEARCH);
  const go = (next: FindState, replace = false) => navigate(searchHref(FIND_SEARCH, next), { replace });
  const asking = state.flags === undefined || change === "answers";
  if (state.pain.length === 0) {
    return (
      <section className="card">
        <h1>Nothing is marked yet</h1>
        <LinkNotes problems={problems} />
        <p>This link has no painful areas in it that can be used. Start by marking where it hurts on the body map.</p>
        <Link to="/" className="button primary">
          Open the body map
        </Link>
      </section>
    );
  }
  return (
    <>
      <h1>{asking ? "A few questions first" : "What may be behind your pain"}</h1>
      <LinkNotes problems={problems} />
      <AnswersSummary state={state} asking={asking} />
      {asking ? (
        <ScreeningForm state={state} onSubmit={(answers) => go({ ...state, ...answers })} />
      ) : (
        <Suspense fallback={<p className="loading">Working out the likely trigger points…</p>}>
          <ResultsView state={state} onPressTest={(tests) => go({ ...state, tests }, true)} />
        </Suspense>
      )}
    </>
  );
}
