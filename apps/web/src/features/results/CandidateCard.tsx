import { useMemo } from "react";
import { findMuscle, findTriggerPoint } from "@unknot/core/atlas";
import { type Candidate } from "@unknot/core/finder";
import { type RegionId } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import type { PressAnswer } from "../../shared/find-query.ts";
import { PressTestPrompt } from "./PressTestPrompt.tsx";
import { explainsWords } from "./explains-words.ts";
import { ReferralFigure } from "./ReferralFigure.tsx";
import { referralPattern } from "../../shared/pattern/referral-pattern.ts";

interface CandidateCardProps {
  rank: number;
  candidate: Candidate;
  /** Whether to say which painful area it is for (when the drawing has several). */
  showArea: boolean;
  drawing: ReadonlyMap<RegionId, number>;
  moved: number | undefined;
  answer: PressAnswer | undefined;
  onAnswer: (answer: PressAnswer | undefined) => void;
  /** Whether the point is in the session being put together; `undefined` when no session may be offered. */
  chosen: boolean | undefined;
  onChoose: () => void;
}

const SIDE_WORDS = { left: "on your left", right: "on your right", midline: "in the middle", either: "on either side" } as const;

function fitWords(score: number): string {
  return score >= 0.75 ? "Strong fit" : score >= 0.45 ? "Moderate fit" : "Weak fit";
}

function movedWords(moved: number | undefined): string | undefined {
  if (!moved) return undefined;
  const places = Math.abs(moved) === 1 ? "1 place" : `${Math.abs(moved)} places`;
  return moved > 0 ? `Moved up ${places}` : `Moved down ${places}`;
}

/** One candidate trigger point: fit, referral map beside the drawing, why, and the press test. */
export function CandidateCard({ rank, candidate, showArea, drawing, moved, answer, onAnswer, chosen, onChoose }: CandidateCardProps) {
  const entry = findTriggerPoint(candidate.triggerPoint);
  const pattern = useMemo(() => (entry ? referralPattern(entry.point, candidate.side) : undefined), [entry, candidate.side]);
  if (!entry || !pattern) return null;
  const muscle = findMuscle(candidate.muscle);
  const movement = movedWords(moved);
  return (
    <article className="card candidate" aria-labelledby={`cand-${candidate.triggerPoint}`}>
      <header className="candidate-head">
        <span className="rank" aria-hidden="true">
          {rank}
        </span>
        <div>
          <h3 id={`cand-${candidate.triggerPoint}`}>
            <span className="visually-hidden">Number {rank}: </span>
            {candidate.name}
          </h3>
          <p className="meta">
            {muscle?.name ?? candidate.muscle}, {SIDE_WORDS[candidate.side]}
          </p>
          {showArea && <p className="for-area">For your {candidate.forArea}</p>}
        </div>
        <div className="fit">
          <span className="fit-words">{fitWords(candidate.score)}</span>
          <span className="fit-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(candidate.score * 100)}%` }} />
          </span>
          {movement && <span className={moved && moved > 0 ? "moved up" : "moved down"}>{movement}</span>}
        </div>
      </header>
      <p className="explains">{explainsWords(candidate.explains.length, drawing.size)}</p>
      <ReferralFigure name={candidate.name} pattern={pattern} drawing={drawing} />
      <p>{candidate.why}</p>
      <p className="hint">Where it is: {entry.point.location.landmark}</p>
      <PressTestPrompt name={candidate.name} find={entry.point.find} press={entry.point.pressTest} answer={answer} onAnswer={onAnswer} />
      <footer className="candidate-actions">
        <Link to={`/atlas/${candidate.muscle}#${candidate.triggerPoint}`}>More about the {muscle?.name.toLowerCase() ?? "muscle"}</Link>
        {chosen !== undefined && (
          <button type="button" aria-pressed={chosen} className="secondary" onClick={onChoose}>
            {chosen ? "In your session" : "Add to session"}
          </button>
        )}
      </footer>
    </article>
  );
}
