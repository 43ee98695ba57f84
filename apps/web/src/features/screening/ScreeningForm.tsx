import { useState, type FormEvent } from "react";
import { FLAGS, type FlagId, type SymptomId } from "@unknot/core/vocabulary";
import { followUpQuestions } from "@unknot/core/safety";
import type { FindState } from "../../shared/find-query.ts";
import { FLAG_QUESTIONS } from "./flag-questions.ts";
import { FollowUpQuestions } from "./FollowUpQuestions.tsx";
import { SymptomChips } from "./SymptomChips.tsx";

interface ScreeningFormProps {
  state: FindState;
  onSubmit: (answers: Pick<FindState, "symptoms" | "flags" | "age" | "weeks">) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function optionalNumber(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text);
}

/** Symptom chips, then the safety questions, then optional age and duration: all asked before any result. */
export function ScreeningForm({ state, onSubmit }: ScreeningFormProps) {
  const [symptoms, setSymptoms] = useState<SymptomId[]>(state.symptoms);
  const [flags, setFlags] = useState<FlagId[]>(state.flags ?? []);
  // Coming back to change answers, every question was answered before: an unticked one was a no.
  const [answered, setAnswered] = useState<ReadonlySet<FlagId>>(new Set(state.flags === undefined ? [] : FLAGS.map((f) => f.id)));
  const [age, setAge] = useState(state.age?.toString() ?? "");
  const [weeks, setWeeks] = useState(state.weeks?.toString() ?? "");
  const followUps = followUpQuestions({ symptoms, pain: state.pain });
  const askedAbove = new Set(followUps.map((q) => q.flag));
  const answerFollowUp = (flag: FlagId, yes: boolean) => {
    setFlags((list) => (yes ? [...new Set([...list, flag])] : list.filter((x) => x !== flag)));
    setAnswered((done) => new Set([...done, flag]));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ symptoms, flags, age: optionalNumber(age), weeks: optionalNumber(weeks) });
  };
  return (
    <form className="screening" onSubmit={submit}>
      <section className="card" aria-labelledby="symptoms-heading">
        <h2 id="symptoms-heading">1. Anything else you notice?</h2>
        <p className="hint">Choose any that come with the pain. Skip this if none do.</p>
        <SymptomChips chosen={symptoms} onToggle={(id) => setSymptoms((list) => toggle(list, id))} />
        <FollowUpQuestions questions={followUps} flags={flags} answered={answered} onAnswer={answerFollowUp} />
      </section>
      <section className="card" aria-labelledby="safety-heading">
        <h2 id="safety-heading">2. Safety questions</h2>
        <p className="hint">Some pain needs a doctor rather than self-treatment. Tick every question you would answer yes to.</p>
        <fieldset className="questions">
          <legend className="visually-hidden">Tick the questions you answer yes to</legend>
          {FLAGS.filter((flag) => !askedAbove.has(flag.id)).map((flag) => (
            <label key={flag.id} className="question">
              <input type="checkbox" checked={flags.includes(flag.id)} onChange={() => setFlags((list) => toggle(list, flag.id))} />
              <span>{FLAG_QUESTIONS[flag.id]}</span>
            </label>
          ))}
        </fieldset>
      </section>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">3. About you (optional)</h2>
        <div className="number-fields">
          <label>
            Your age in years
            <input type="number" inputMode="numeric" min={0} max={130} value={age} onChange={(e) => setAge(e.target.value)} />
          </label>
          <label>
            How many weeks it has hurt
            <input type="number" inputMode="numeric" min={0} max={5200} value={weeks} onChange={(e) => setWeeks(e.target.value)} />
          </label>
        </div>
      </section>
      <button type="submit" className="button primary wide">
        {flags.length === 0 ? "None of the safety questions apply: show my results" : "Show my results"}
      </button>
    </form>
  );
}
