import { useMemo, useState } from "react";
import type { Candidate, FindInput, FindResult } from "@unknot/core/finder";
import type { FindState } from "../../shared/find-query.ts";
import { useGradualCount } from "../../shared/ui/useGradualCount.ts";
import type { ClinicianEvidence } from "../../shared/useClinicianFindings.ts";
import { searchHref } from "../../router/search.ts";
import { SESSION_LINK } from "../../shared/session-link.ts";
import { AnswerConfirmation } from "./AnswerConfirmation.tsx";
import { CandidateCard } from "./CandidateCard.tsx";
import { Combination } from "./Combination.tsx";
import { ConfidenceCard } from "./ConfidenceCard.tsx";
import { FoldedCandidates } from "./FoldedCandidates.tsx";
import { NextTestCard } from "./NextTestCard.tsx";
import { useAnswerFlow } from "./useAnswerFlow.ts";
import { useFinder } from "./useFinder.ts";
import { ClinicianNotes } from "../clinic/ClinicianNotes.tsx";
import { useRankChanges } from "./useRankChanges.ts";
import { useSessionPicks } from "./useSessionPicks.ts";
import { SessionBar } from "./SessionBar.tsx";

interface RankedResultsProps {
  state: FindState;
  input: FindInput;
  /** What the person's clinicians found: press tests for the finder, and their notes. */
  clinician: ClinicianEvidence;
  onPressTest: (tests: FindState["tests"]) => void;
}

const FIRST_SHOWN = 5;
const TESTING_HINT =
  "These are possibilities to test, not a diagnosis. Pressing a point for 10 seconds and noticing whether it brings on your familiar pain is the best check you can do at home; the list re-orders as you answer.";
const CHECK_FIRST_HINT =
  "These are possibilities, not a diagnosis: until you have been checked, they are for information and to show your clinician. Each press test says how to try it safely afterwards.";

/**
 * Everything on the results page below the verdict and the conditions to rule out (ResultsView): the ranked trigger
 * points with their press tests, as far as the verdict's `selfCare` allows; until a doctor has checked the person,
 * the candidates are only named, folded away. This part needs the finder and the whole atlas, so it loads on its own.
 */
export function RankedResults({ state, input, clinician, onPressTest }: RankedResultsProps) {
  const result = useFinder(input, clinician.pressTests);
  const [showAll, setShowAll] = useState(false);
  const candidates = result.candidates;
  const { picked, toggle, ruleOut } = useSessionPicks(candidates, result, state.tests);
  const { note, answer } = useAnswerFlow({ state, result, onPressTest, onRuledOut: ruleOut });
  const ids = useMemo(() => candidates.map((c) => c.triggerPoint), [candidates]);
  const moved = useRankChanges(ids);
  const drawing = useMemo(() => new Map(state.pain.map((m) => [m.region, m.intensity])), [state.pain]);
  // Each card draws four small body maps: they render one after another, so the page stays responsive meanwhile.
  const rendered = useGradualCount(showAll ? candidates.length : FIRST_SHOWN);
  if (result.safety.selfCare === "not-until-checked") return <FoldedCandidates candidates={candidates} />;
  const sessionAllowed = result.safety.selfCare === "go-ahead";
  const shown = candidates.slice(0, rendered);
  const severalAreas = new Set(candidates.map((c) => c.forArea)).size > 1;
  const next = result.nextPressTest;
  return (
    <>
      <ClinicianNotes notes={clinician.notes} candidates={candidates} />
      {result.confidence && <ConfidenceCard confidence={result.confidence} start={sessionAllowed ? startWith(result, state) : undefined} />}
      <AnswerConfirmation note={note} result={result} />
      {next && <NextTestCard next={next} onAnswer={(value) => answer(next.triggerPoint, next.name, value, true)} />}
      <Combination members={result.combination} candidates={candidates} unexplained={result.leftUnexplained} />
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
                onAnswer={(value) => answer(candidate.triggerPoint, candidate.name, value)}
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
    </>
  );
}

/** Once a source is found: a guided session with just that point. */
function startWith(result: FindResult, state: FindState): { name: string; href: string } | undefined {
  const id = result.confidence?.found ? result.confidence.triggerPoint : undefined;
  const point = result.candidates.find((c) => c.triggerPoint === id);
  if (!point) return undefined;
  const points = [{ triggerPoint: point.triggerPoint, side: point.side }];
  return { name: point.name, href: searchHref(SESSION_LINK, { points, pain: state.pain }) };
}
