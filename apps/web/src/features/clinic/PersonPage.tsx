import { useState } from "react";
import { findingEvidence, findingTitle, criteriaInWords, type Finding } from "@unknot/core/clinic";
import { Link } from "../../router/Link.tsx";
import { messageOf } from "../../api/index.ts";
import { assignProgramme, deleteFinding, fetchFindings, fetchProgrammes, fhirAddress, recordFinding } from "../../api/index.ts";
import { FindingForm } from "./FindingForm.tsx";
import { FindingsMap } from "./FindingsMap.tsx";
import { ProgrammeCard } from "./ProgrammeCard.tsx";
import { ProgrammeEditor } from "./ProgrammeEditor.tsx";
import { useLoaded } from "./useLoaded.ts";
import "./clinic.css";

const EVIDENCE_WORDS = {
  "confirmed-active": "the criteria for an active point are met",
  "trigger-point": "not every criterion for an active point was found",
  "not-found": "no trigger point found",
} as const;

function FindingItem({ finding, onDelete }: { finding: Finding; onDelete: () => void }) {
  return (
    <li className="finding-item">
      <div>
        <strong>{findingTitle(finding)}</strong>: judged {finding.status}; {EVIDENCE_WORDS[findingEvidence(finding)]}
        <br />
        <span className="hint">
          {finding.examinedAt.slice(0, 10)} · {criteriaInWords(finding.criteria)}
          {finding.notes ? ` · ${finding.notes}` : ""}
        </span>
      </div>
      <button type="button" className="secondary" onClick={onDelete}>
        Delete<span className="visually-hidden"> finding {findingTitle(finding)}</span>
      </button>
    </li>
  );
}

/** `/clinician/people/:id`: a person's findings on the body map, their programmes with adherence, and the editors. */
export function PersonPage({ personId }: { personId: string }) {
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const findings = useLoaded(() => fetchFindings(personId), `${personId}:${version}`);
  const programmes = useLoaded(() => fetchProgrammes(personId), `${personId}:${version}`);
  const [error, setError] = useState<string | undefined>(undefined);
  const notFound = findings.error ?? programmes.error;
  const remove = async (id: string) => {
    try {
      await deleteFinding(personId, id);
      reload();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  if (notFound) {
    return (
      <section className="card">
        <h1>Records not available</h1>
        <p role="alert">{notFound}</p>
        <Link to="/clinician/dashboard">Back to your people</Link>
      </section>
    );
  }
  const list = findings.value ?? [];
  return (
    <div className="clinic-page">
      <p>
        <Link to="/clinician/dashboard">← Who needs attention</Link>
      </p>
      <h1>Findings and home programmes</h1>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="findings-heading" className="clinic-section">
        <h2 id="findings-heading">Findings</h2>
        <div className="findings-layout">
          <FindingsMap findings={list} />
          <div>
            {list.length === 0 ? (
              <p className="hint">No findings recorded yet.</p>
            ) : (
              <ul className="finding-list">
                {list.map((finding) => (
                  <FindingItem key={finding.id} finding={finding} onDelete={() => void remove(finding.id)} />
                ))}
              </ul>
            )}
            <a className="button secondary" href={fhirAddress(personId, "findings")} download="findings.fhir.json">
              Export findings (FHIR)
            </a>
          </div>
        </div>
        <FindingForm onSave={async (input) => (await recordFinding(personId, input), reload())} />
      </section>
      <section aria-labelledby="programmes-heading" className="clinic-section">
        <h2 id="programmes-heading">Home programmes</h2>
        {programmes.value?.length === 0 && <p className="hint">No programme assigned yet.</p>}
        {programmes.value?.map((view) => (
          <ProgrammeCard key={view.programme.id} view={view}>
            <a className="button secondary" href={fhirAddress(personId, { programmeId: view.programme.id })} download="programme.fhir.json">
              Export as FHIR CarePlan
            </a>
          </ProgrammeCard>
        ))}
        <ProgrammeEditor findings={list} onSave={async (draft) => (await assignProgramme(personId, draft), reload())} />
      </section>
    </div>
  );
}
