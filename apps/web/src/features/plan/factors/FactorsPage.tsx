import { useEffect, useRef, useState } from "react";
import type { FactorAdvice } from "@unknot/core/planner";
import { Link } from "../../../router/Link.tsx";
import { useSearch } from "../../../router/search.ts";
import { messageOf } from "../../../api/index.ts";
import { adviseOnAnswers, FACTOR_QUESTIONNAIRE } from "../local-planner.ts";
import { FACTORS_SEARCH } from "../../../shared/point-query.ts";
import "../plan.css";

const FACTOR_TITLES: Record<string, string> = {
  age: "Age",
  exercise: "Exercise",
  injury: "A recent injury",
  nutrition: "Diet and tiredness",
  overuse: "Repeated or one-sided use",
  posture: "Sitting and fixed positions",
  sleep: "Sleep",
  stress: "Stress",
};

const EVIDENCE_WORDS: Record<FactorAdvice["evidence"], string> = {
  good: "Good evidence",
  limited: "Limited evidence",
  "expert-opinion": "Expert opinion only",
};

/** `/plan/factors[?points=a,b]`: a short questionnaire on what may keep muscle pain going, and advice labelled by its evidence. */
export function FactorsPage() {
  const { points } = useSearch(FACTORS_SEARCH).value;
  const questions = FACTOR_QUESTIONNAIRE;
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [advice, setAdvice] = useState<FactorAdvice[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const adviceBox = useRef<HTMLElement>(null);
  useEffect(() => {
    if (advice) adviceBox.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [advice]);
  const submit = () => {
    setError(undefined);
    try {
      setAdvice(adviseOnAnswers(answers, points));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <div className="factors-page">
      <h1>What may keep the pain going</h1>
      <p className="hint">
        Muscle pain often lasts because of how we sit, sleep, move and feel, not only because of one tender spot. Answer what you like;
        every question is optional. The advice says how well each point is supported: some is solid, some is only experienced opinion.
      </p>
      <form
        className="factor-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {questions.map((q) => (
          <fieldset key={q.id} className="card factor-question">
            <legend>{q.text}</legend>
            <div className="chips">
              {q.options.map((o) => (
                <label key={o.id} className="factor-option">
                  <input
                    type="radio"
                    name={q.id}
                    value={o.id}
                    checked={answers[q.id] === o.id}
                    onChange={() => setAnswers({ ...answers, [q.id]: o.id })}
                  />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
        {questions.length > 0 && (
          <div className="factor-buttons">
            <button type="submit" className="primary">
              Show my advice
            </button>
            <button type="button" className="secondary" onClick={() => setAnswers({})}>
              Clear answers
            </button>
          </div>
        )}
      </form>
      {advice && (
        <section ref={adviceBox} className="card advice" aria-labelledby="advice-heading" aria-live="polite">
          <h2 id="advice-heading">Your advice</h2>
          {advice.length === 0 ? (
            <p>Nothing in your answers stands out as keeping the pain going. Keep moving regularly and sleeping well.</p>
          ) : (
            <ul className="advice-list">
              {advice.map((a) => (
                <li key={`${a.factor}-${a.advice.slice(0, 20)}`}>
                  <h3>
                    {FACTOR_TITLES[a.factor] ?? a.factor}{" "}
                    <span className={`evidence evidence-${a.evidence}`}>{EVIDENCE_WORDS[a.evidence]}</span>
                  </h3>
                  <p>{a.advice}</p>
                </li>
              ))}
            </ul>
          )}
          <p className="hint">
            This is general advice, not a diagnosis. If pain keeps you awake, keeps spreading or comes with weakness, numbness or feeling
            unwell, see a clinician. <Link to="/plan">Back to your routine</Link>
          </p>
        </section>
      )}
    </div>
  );
}
