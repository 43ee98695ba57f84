import { useMemo, useState } from "react";
import type { Candidate } from "@unknot/core";
import { findQueryString, type FindState, type PressAnswer } from "../find/find-query.ts";
import { CandidateCard } from "./CandidateCard.tsx";
import { Combination } from "./Combination.tsx";
import { ConfidenceCard } from "./ConfidenceCard.tsx";
import { Differentials } from "./Differentials.tsx";
import { FoldedCandidates } from "./FoldedCandidates.tsx";
import { NextTestCard } from "./NextTestCard.tsx";
import { EmergencyScreen, SafetyVerdict } from "./SafetyVerdict.tsx";
import { SessionBar } from "./SessionBar.tsx";
import { ResultsFrame } from "./stop-rule.tsx";
import { useFinder } from "./useFinder.ts";
import { ClinicianNotes } from "../clinic/ClinicianNotes.tsx";
import { useClinicianFindings } from "../clinic/useClinicianFindings.ts";
import { useRankChanges } from "./useRankChanges.ts";

interface ResultsViewProps {
  state: FindState;
  onPressTest: (tests: FindState["tests"]) => void;
}

const FIRST_SHOWN = 5;
const TESTING_HINT =
  "These are possibilities to test, not a diagnosis. Pressing a point for 10 seconds and noticing whether it brings on your familiar pain is the best check you can do at home; the list re-orders as you answer.";
const CHECK_FIRST_HINT =
  "These are possibilities, not a diagnosis: until you have been checked, they are for information and to show your clinician. Each press test says how to try it safely afterwards.";
const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * Safety first, then conditions to rule out, then the ranked trigger points with their press tests, as far as the
 * verdict's `selfCare` allows: until a doctor has checked the person, the candidates are only named, folded away.
 */
export function ResultsView({ state, onPressTest }: ResultsViewProps) {
  const clinician = useClinicianFindings();
  const found = useFinder(state, clinician.pressTests);
  const [showAll, setShowAll] = useState(false);
  const [chosen, setChosen] = useState<readonly string[] | undefined>(undefined);
  const candidates = "result" in found ? found.result.candidates : NO_CANDIDATES;
  const ids = useMemo(() => candidates.map((c) => c.triggerPoint), [candidates]);
  const moved = useRankChanges(ids);
  const drawing = useMemo(() => new Map(state.pain.map((m) => [m.region, m.intensity])), [state.pain]);
  if ("error" in found) return <p className="notice">These answers could not be used: {found.error}</p>;
  const { result } = found;
  if (result.safety.level === "emergency") {
    return <EmergencyScreen verdict={result.safety} changeAnswers={`/find${findQueryString({ ...state, flags: undefined })}`} />;
  }
  const answer = (triggerPoint: string, value: PressAnswer | undefined) => {
    const others = state.tests.filter((t) => t.triggerPoint !== triggerPoint);
    onPressTest(value ? [...others, { triggerPoint, result: value }] : others);
  };
  if (result.safety.selfCare === "not-until-checked") {
    return (
      <div className="results">
        <SafetyVerdict verdict={result.safety} />
        <Differentials differentials={result.differentials} />
        <FoldedCandidates candidates={candidates} />
      </div>
    );
  }
  const sessionAllowed = result.safety.selfCare === "go-ahead";
  // Until the person chooses, a session holds the points whose press test brought on the familiar pain, then the
  // smallest set that explains the whole drawing.
  const confirmed = candidates.filter((c) => state.tests.some((t) => t.triggerPoint === c.triggerPoint && t.result === "reproduces"));
  const picked = chosen ?? [...new Set([...confirmed.map((c) => c.triggerPoint), ...result.combination.map((m) => m.triggerPoint)])];
  const toggle = (id: string) => setChosen(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);
  const shown = showAll ? candidates : candidates.slice(0, FIRST_SHOWN);
  const severalAreas = new Set(candidates.map((c) => c.forArea)).size > 1;
  return (
    <ResultsFrame stopRule={result.safety.stopRule}>
      <SafetyVerdict verdict={result.safety} />
      <Differentials differentials={result.differentials} />
      <ClinicianNotes notes={clinician.notes} candidates={candidates} />
      {result.confidence && <ConfidenceCard confidence={result.confidence} />}
      {result.nextPressTest && (
        <NextTestCard next={result.nextPressTest} onAnswer={(value) => answer(result.nextPressTest?.triggerPoint ?? "", value)} />
      )}
      <Combination members={result.combination} candidates={candidates} />
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">Trigger points that may refer this pain</h2>
        <p className="hint">{sessionAllowed ? TESTING_HINT : CHECK_FIRST_HINT}</p>
        {candidates.length === 0 && <p>No trigger point in the atlas refers pain to the areas you marked.</p>}
        <p role="status" className="rank-status">
          {moved.size > 0 && candidates[0] ? `The list has been re-ordered after your answer. First now: ${candidates[0].name}.` : ""}
        </p>
        <ol className="candidates">
          {shown.map((candidate: Candidate, index) => (
            <li key={candidate.triggerPoint}>
              <CandidateCard
                rank={index + 1}
                candidate={candidate}
                showArea={severalAreas}
                drawing={drawing}
                moved={moved.get(candidate.triggerPoint)}
                answer={state.tests.find((t) => t.triggerPoint === candidate.triggerPoint)?.result}
                onAnswer={(value) => answer(candidate.triggerPoint, value)}
                chosen={sessionAllowed ? picked.includes(candidate.triggerPoint) : undefined}
                onChoose={() => toggle(candidate.triggerPoint)}
              />
            </li>
          ))}
        </ol>
        {candidates.length > FIRST_SHOWN && (
          <button type="button" className="secondary" onClick={() => setShowAll(!showAll)}>
            {showAll ? "Show fewer" : `Show all ${candidates.length} candidates`}
          </button>
        )}
      </section>
      {sessionAllowed && <SessionBar state={state} candidates={candidates} picked={picked} />}
    </ResultsFrame>
  );
}
