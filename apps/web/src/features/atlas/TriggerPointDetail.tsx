import { useMemo } from "react";
import { CAUTIONS, PREVALENCE_WORDS, type TriggerPoint } from "@unknot/core/atlas";
import { SYMPTOMS } from "@unknot/core/vocabulary";
import { Link } from "../../router/Link.tsx";
import { PatternFigure } from "../../shared/pattern/PatternFigure.tsx";
import { referralPattern } from "../../shared/pattern/referral-pattern.ts";
import { searchHref } from "../../router/search.ts";
import { SESSION_LINK } from "../../shared/session-link.ts";
import { placeName } from "../../shared/words/place-name.ts";
import { TreatmentItem } from "./TreatmentItem.tsx";

function zoneList(point: TriggerPoint, kind: "essential" | "spillover"): string {
  return point.referral
    .filter((z) => z.kind === kind)
    .map((z) => placeName(z.region).toLowerCase() + (z.side === "both" ? " (both sides)" : z.side === "opposite" ? " (other side)" : ""))
    .join(", ");
}

/** Everything about one trigger point: where it sends pain, how to find, test and treat it, and what to watch for. */
export function TriggerPointDetail({ point }: { point: TriggerPoint }) {
  const pattern = useMemo(() => referralPattern(point, "left"), [point]);
  const usual = zoneList(point, "essential");
  const sometimes = zoneList(point, "spillover");
  const symptoms = SYMPTOMS.filter((s) => point.symptoms.includes(s.id)).map((s) => s.label.toLowerCase());
  return (
    <article className="card trigger-point" id={point.id} aria-labelledby={`${point.id}-name`}>
      <h2 id={`${point.id}-name`}>{point.name}</h2>
      <p>
        <strong>Where it is:</strong> {point.location.landmark}{" "}
        <span className="hint">It lies {point.location.depth === "deep" ? "deep" : "near the surface"}.</span>
      </p>
      <p>
        <strong>How often it is the cause:</strong> {PREVALENCE_WORDS[point.prevalence].label}, {PREVALENCE_WORDS[point.prevalence].meaning}
        .
      </p>
      <PatternFigure name={point.name} pattern={pattern} describe={`Usual pain: ${usual || "none"}. Sometimes: ${sometimes || "none"}.`} />
      <p>
        <strong>Usual pain:</strong> {usual || "none listed"}.{sometimes && ` Sometimes also: ${sometimes}.`}
        {symptoms.length > 0 && ` Known for: ${symptoms.join(", ")}.`}
      </p>
      {point.activatedBy.length > 0 && (
        <>
          <h3>What sets it off</h3>
          <ul>
            {point.activatedBy.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
        </>
      )}
      <h3 id={`${point.id}-find`}>How to find it</h3>
      <p>{point.find}</p>
      <h3>How to test it</h3>
      <p>{point.pressTest}</p>
      <h3>Treating it yourself</h3>
      <ul className="treatments">
        {point.treatments.map((t) => (
          <TreatmentItem key={`${t.method}-${t.position}`} point={point} treatment={t} />
        ))}
      </ul>
      <p>
        <strong>Afterwards:</strong> {point.followUp}
      </p>
      {point.cautions.length > 0 && (
        <div className="notice">
          <h3 id={`${point.id}-care`}>Take care here</h3>
          <ul>
            {point.cautions.map((id) => (
              <li key={id}>
                <strong>{CAUTIONS[id].title}:</strong> {CAUTIONS[id].text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Link className="button" to={searchHref(SESSION_LINK, { points: [{ triggerPoint: point.id, side: "either" }], pain: [] })}>
        Guided session for this point
      </Link>
    </article>
  );
}
