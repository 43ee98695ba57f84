import { BodyMap } from "../body-map/BodyMap.tsx";
import { searchHref } from "../../router/search.ts";
import { FIND_SEARCH } from "../../shared/find-query.ts";
import { Link } from "../../router/Link.tsx";
import { LinkNotes } from "../../shared/ui/LinkNotes.tsx";
import { LastSearch } from "./LastSearch.tsx";
import { PausedSessionNotice } from "./PausedSessionNotice.tsx";
import { SafetyNotice } from "./SafetyNotice.tsx";
import { useQueryDrawing } from "./useQueryDrawing.ts";
import "./home.css";

/** The first page: the body map first (on a phone too), then what Unknot is and the safety notice. */
export function HomePage() {
  const { state, problems, drawing, set, clear } = useQueryDrawing();
  // Coming back to change the drawing keeps everything else already answered, such as age and weeks.
  const next = searchHref(FIND_SEARCH, { ...state, flags: undefined, tests: [] });
  return (
    <>
      <PausedSessionNotice />
      <section aria-labelledby="map-heading" className="map-section">
        <h1 id="map-heading">Where does it hurt?</h1>
        <p className="lede">Mark the painful areas. Safety questions come next: Unknot is not a diagnosis.</p>
        <LinkNotes problems={problems} />
        <BodyMap drawing={drawing} onChange={set} onClear={clear} />
        <div className="next-step">
          {drawing.size === 0 ? (
            <p className="hint">Mark at least one area to continue.</p>
          ) : (
            <Link to={next} className="button primary">
              Continue to symptoms and safety questions
            </Link>
          )}
        </div>
      </section>
      <LastSearch />
      <section className="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading">What Unknot does</h2>
        <p>
          Pain is often felt away from where it starts: a tight spot in a neck muscle can make the temple ache, one deep in the buttock can
          run down the leg. Mark where it hurts, answer a few safety questions, and Unknot suggests which trigger points may be involved,
          how to test them, and how to release them gently.
        </p>
      </section>
      <SafetyNotice />
    </>
  );
}
