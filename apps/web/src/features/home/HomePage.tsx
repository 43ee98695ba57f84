import { BodyMap } from "../body-map/BodyMap.tsx";
import { findQueryString } from "../find/find-query.ts";
import { Link } from "../../router/Link.tsx";
import { SafetyNotice } from "./SafetyNotice.tsx";
import { useQueryDrawing } from "./useQueryDrawing.ts";

/** The first page: what Unknot is, the safety notice, and the body map to mark where it hurts. */
export function HomePage() {
  const { state, drawing, set, clear } = useQueryDrawing();
  const next = `/find${findQueryString({ pain: state.pain, symptoms: state.symptoms, flags: undefined, tests: [] })}`;
  return (
    <>
      <section className="intro">
        <h1>Unknot: find the knot behind the pain</h1>
        <p>
          Pain is often felt away from where it starts: a tight spot in a neck muscle can make the temple ache, one deep in the buttock can
          run down the leg. Mark where it hurts, answer a few safety questions, and Unknot suggests which trigger points may be involved,
          how to test them, and how to release them gently.
        </p>
      </section>
      <SafetyNotice />
      <section aria-labelledby="map-heading" className="card map-section">
        <h2 id="map-heading">Where does it hurt?</h2>
        <p className="hint">
          Tap each area where you feel pain. Tap again to make it stronger, or use the slider. Left and right are <em>your</em> left and
          right, as labelled beside each drawing. Use the buttons above the drawings to enlarge the head, hands or feet.
        </p>
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
    </>
  );
}
