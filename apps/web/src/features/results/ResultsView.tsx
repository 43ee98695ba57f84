import { lazy, Suspense, useEffect, useMemo } from "react";
import { screenSafety, suggestDifferentials } from "@unknot/core/safety";
import { searchHref } from "../../router/search.ts";
import { FIND_SEARCH, type FindState } from "../../shared/find-query.ts";
import { recordSearch } from "../../shared/outbox/record-answers.ts";
import { useAfterPaint } from "../../shared/ui/useAfterPaint.ts";
import { useClinicianFindings } from "../../shared/useClinicianFindings.ts";
import { Differentials } from "./Differentials.tsx";
import { EmergencyScreen, SafetyVerdict } from "./SafetyVerdict.tsx";
import { ResultsFrame } from "./stop-rule.tsx";
import { useFindInput } from "./find-input.ts";

// The ranked trigger points need the finder and the whole atlas (most of the page's download); the verdict needs
// neither, so it shows as soon as this file has loaded, and the rest starts loading once it has painted.
const RankedResults = lazy(() => import("./RankedResults.tsx").then((m) => ({ default: m.RankedResults })));

interface ResultsViewProps {
  state: FindState;
  onPressTest: (tests: FindState["tests"]) => void;
}

/**
 * Safety first, then conditions to rule out, then the ranked trigger points with their press tests (RankedResults).
 * The verdict and the conditions are the finder's own: `findTriggerPoints` screens with the same functions.
 */
export function ResultsView({ state, onPressTest }: ResultsViewProps) {
  const clinician = useClinicianFindings();
  // Screening reads the answers but never press tests, so the clinician's findings (RankedResults) cannot change it.
  const input = useFindInput(state);
  const safety = useMemo(() => screenSafety(input), [input]);
  const differentials = useMemo(() => suggestDifferentials(input), [input]);
  const emergency = safety.level === "emergency";
  const painted = useAfterPaint();
  useEffect(() => {
    // The diary keeps every search, an emergency's too; RankedResults records the others once the finder has run.
    // In an emergency the finder's answer is the verdict and conditions alone, with no candidates (findTriggerPoints).
    if (emergency) recordSearch(state, { safety, differentials, candidates: [], combination: [] }, new Date());
  }, [emergency, state, safety, differentials]);
  if (emergency) {
    return <EmergencyScreen verdict={safety} changeAnswers={searchHref(FIND_SEARCH, { ...state, flags: undefined })} />;
  }
  const loading = <p className="loading">Working out the likely trigger points…</p>;
  const ranked = painted ? (
    <Suspense fallback={loading}>
      <RankedResults state={state} input={input} clinician={clinician} onPressTest={onPressTest} />
    </Suspense>
  ) : (
    loading
  );
  if (safety.selfCare === "not-until-checked") {
    return (
      <div className="results">
        <SafetyVerdict verdict={safety} />
        <Differentials differentials={differentials} />
        {ranked}
      </div>
    );
  }
  return (
    <ResultsFrame stopRule={safety.stopRule}>
      <SafetyVerdict verdict={safety} />
      <Differentials differentials={differentials} />
      {ranked}
    </ResultsFrame>
  );
}
