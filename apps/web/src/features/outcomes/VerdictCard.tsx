import type { ReactNode } from "react";
import {
  ADVICE_WORDS,
  CHANGE_WORDS,
  OUTCOME_SOURCE_SHORT,
  OUTCOME_SOURCES,
  PAIN_THRESHOLD,
  PSFS_THRESHOLD,
  THRESHOLD_CAVEAT,
  VERDICT_WORDS,
  type ChangeVerdict,
  type OutcomesSummary,
} from "@unknot/core/outcomes";
import { Link } from "../../router/Link.tsx";
import { formatDay } from "../../shared/format/period.ts";
import { painChangeWords, psfsChangeWords } from "./outcome-words.ts";
import "./outcomes.css";

function Measure({ name, value, verdict, rule }: { name: string; value: string; verdict: ChangeVerdict; rule: string }) {
  return (
    <li className="outcome-measure">
      <span className="outcome-name">{name}</span>
      <span className="outcome-value">{value}</span>
      <span className={`outcome-chip chip-${verdict}`}>{CHANGE_WORDS[verdict]}</span>
      <span className="hint outcome-rule">{rule}</span>
    </li>
  );
}

/** The rules and their sources, in full: shown on request on screen, and always in the printed report. */
export function ThresholdSources({ summary, open }: { summary: OutcomesSummary; open: boolean }) {
  const cited = [...new Set(summary.thresholds.flatMap((note) => note.sources))];
  const body = (
    <>
      <ul className="threshold-rules">
        {summary.thresholds.map((note) => (
          <li key={note.measure}>
            {note.rule} {note.sources.length > 0 && `(${note.sources.map((id) => OUTCOME_SOURCE_SHORT[id]).join("; ")})`}
          </li>
        ))}
      </ul>
      <p className="hint">{THRESHOLD_CAVEAT}</p>
      <ol className="sources threshold-sources">
        {cited.map((id) => (
          <li key={id}>{OUTCOME_SOURCES[id]}</li>
        ))}
      </ol>
    </>
  );
  if (open) return body;
  return (
    <details className="threshold-details">
      <summary>How this is judged, and the sources</summary>
      {body}
    </details>
  );
}

function Advice({ advice, links }: { advice: OutcomesSummary["change"]["advice"]; links: boolean }) {
  return (
    <p className={`outcome-advice advice-${advice}`}>
      {ADVICE_WORDS[advice]}
      {links && advice === "recheck" && (
        <>
          {" "}
          <Link to="/">Check the drawing again on the body map</Link>.
        </>
      )}
    </p>
  );
}

interface VerdictCardProps {
  summary: OutcomesSummary;
  /** The printed report shows the sources in full and no links. */
  forPrint?: boolean;
  children?: ReactNode;
}

/** Is it working? The overall verdict, each measure against its threshold, what could not be judged yet, and what to do next. */
export function VerdictCard({ summary, forPrint = false, children }: VerdictCardProps) {
  const { change } = summary;
  return (
    <div className={`outcome-verdict verdict-${change.overall}`}>
      <p className="outcome-headline">
        <strong>{VERDICT_WORDS[change.overall]}</strong>
        {change.start && change.lastMeasured && change.daysFollowed > 0 && (
          <span className="hint">
            {" "}
            from {formatDay(change.start)} to {formatDay(change.lastMeasured)} ({change.daysFollowed} days)
          </span>
        )}
      </p>
      <ul className="outcome-measures">
        {change.pain && (
          <Measure
            name="Pain, first week → last week"
            value={painChangeWords(change.pain)}
            verdict={change.pain.verdict}
            rule={`meaningful: ${PAIN_THRESHOLD.points} points or ${PAIN_THRESHOLD.percent} % less`}
          />
        )}
        {change.psfs && (
          <Measure
            name="What you can do (PSFS average)"
            value={psfsChangeWords(change.psfs)}
            verdict={change.psfs.verdict}
            rule={`meaningful: ${PSFS_THRESHOLD.points} points more`}
          />
        )}
        {change.pgic && (
          <Measure
            name="Overall change, in your words (PGIC)"
            value={`${change.pgic.label} (${change.pgic.score} of 7), ${formatDay(change.pgic.date)}`}
            verdict={change.pgic.verdict}
            rule="meaningful: much or very much improved"
          />
        )}
        {change.notJudged.map((gap) => (
          <li key={gap.measure} className="outcome-measure not-judged">
            <span className="hint">{gap.reason}</span>
          </li>
        ))}
      </ul>
      <Advice advice={change.advice} links={!forPrint} />
      {children}
      <ThresholdSources summary={summary} open={forPrint} />
    </div>
  );
}
