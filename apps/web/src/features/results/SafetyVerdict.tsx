import { useEffect, useRef } from "react";
import type { SafetyVerdict as Verdict, SelfCare } from "@unknot/core/safety";
import { Link } from "../../router/Link.tsx";

/** What each kind of self-care means for the person; the time frame is the verdict's own, said once. */
const ADVICE: Record<SelfCare, string> = {
  "go-ahead": "Nothing you told us needs a doctor first: self-treatment may go ahead.",
  "gently-with-stop-rules":
    "Until you have been checked, do not work on the painful area yourself. The possibilities below are for information, and to show your clinician.",
  "not-until-checked": "Contact a doctor, urgent care or an out-of-hours service. Do not self-treat until you have been checked.",
};

/**
 * The safety verdict, always first: above `none` its time frame is the heading, said nowhere else. An emergency
 * is handled by `EmergencyScreen` instead.
 */
export function SafetyVerdict({ verdict }: { verdict: Verdict }) {
  const none = verdict.level === "none";
  // A caution (pregnancy, blood thinners…) is no warning sign, but an all-clear heading above it would read as one.
  const careNeeded = verdict.cautions.length > 0;
  return (
    <section className={`verdict verdict-${verdict.level}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">
        {none ? (careNeeded ? "No warning signs, but take care" : "No warning signs in your answers") : verdict.timeFrame}
      </h2>
      <p>
        {ADVICE[verdict.selfCare]}
        {none && careNeeded ? " Read what to take care of first." : ""}
      </p>
      {none && <p>{verdict.timeFrame}.</p>}
      {verdict.reasons.length > 0 && (
        <ul>
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {verdict.cautions.length > 0 && (
        <>
          <h3>Take care</h3>
          <ul>
            {verdict.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** An emergency fills the screen with what to do now; no trigger points and no routine are offered. */
export function EmergencyScreen({ verdict, changeAnswers }: { verdict: Verdict; changeAnswers: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="emergency" role="alert" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading" ref={heading} tabIndex={-1}>
        {verdict.timeFrame}
      </h2>
      <p className="emergency-lead">
        Call your local emergency number now (112 in most of Europe, 911 in North America, 999 in the UK, 000 in Australia).
      </p>
      <ul>
        {verdict.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>Do not massage, stretch or wait to see whether it passes. If you are not alone, ask someone to stay with you.</p>
      <p className="emergency-call">
        <a className="button" href="tel:112">
          Call 112
        </a>
        <a className="button" href="tel:911">
          Call 911
        </a>
        <a className="button" href="tel:999">
          Call 999
        </a>
      </p>
      <p>
        <Link to={changeAnswers}>I ticked something by mistake: change my answers</Link>
      </p>
    </section>
  );
}
