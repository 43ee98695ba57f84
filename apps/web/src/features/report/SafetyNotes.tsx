import { CAUTIONS, findTriggerPoint, type CautionId } from "@unknot/core/atlas";
import { DIFFERENTIALS, FLAGS } from "@unknot/core/vocabulary";
import { type StoredAssessment } from "@unknot/core/diary";
import { formatStartedAt } from "../../shared/format/format-time.ts";

const LEVEL_WORDS: Record<string, string> = {
  none: "no red flags",
  "see-clinician": "advised to see a clinician before treating the area",
  urgent: "advised to seek medical care the same day",
  emergency: "advised to call emergency services",
};

function flagLabel(id: string): string {
  return FLAGS.find((f) => f.id === id)?.label ?? id;
}

function differentialMeaning(id: string): string {
  return DIFFERENTIALS.find((d) => d.id === id)?.meaning ?? id;
}

interface SafetyNotesProps {
  assessments: readonly StoredAssessment[];
  /** Trigger points worked or tested in the period, whose cautions apply. */
  pointIds: readonly string[];
}

/** What the screening found, the conditions it suggested ruling out, and the cautions of the points worked. */
export function SafetyNotes({ assessments, pointIds }: SafetyNotesProps) {
  const cautions = [...new Set(pointIds.flatMap((id) => findTriggerPoint(id)?.point.cautions ?? []))] as CautionId[];
  const ordered = [...assessments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return (
    <>
      <h3>Safety screening</h3>
      {ordered.length === 0 ? (
        <p>No screening was saved in this period.</p>
      ) : (
        <ul className="safety-list">
          {ordered.map((a) => (
            <li key={a.id}>
              <strong>{formatStartedAt(a.createdAt)}:</strong> {LEVEL_WORDS[a.result.safety.level] ?? a.result.safety.level}.
              {a.flags.length > 0 && <> Answered yes to: {a.flags.map(flagLabel).join("; ")}.</>}
              {a.result.safety.reasons.length > 0 && <> {a.result.safety.reasons.join(" ")}</>}
              {a.result.differentials.length > 0 && (
                <ul>
                  {a.result.differentials.map((d) => (
                    <li key={d.id}>To rule out: {differentialMeaning(d.id)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Cautions for the points worked</h3>
      {cautions.length === 0 ? (
        <p>None of the points worked lies near a site that needs special care.</p>
      ) : (
        <ul className="safety-list">
          {cautions.map((id) => (
            <li key={id}>
              <strong>{CAUTIONS[id].title}:</strong> {CAUTIONS[id].text}
            </li>
          ))}
        </ul>
      )}
      <h3>Rules the person was given</h3>
      <p>
        Pressure-pain kept at or below 5 out of 10 by default (never above 7); no tools or percussion on the front or side of the neck, over
        a pulse, at the back of the knee, in the groin or the armpit; stop at once for sharp, electric or burning pain or numbness that
        spreads.
      </p>
    </>
  );
}
