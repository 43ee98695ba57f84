import type { DashboardRow } from "@unknot/core/clinic";
import { Link } from "../../router/Link.tsx";
import { fetchDashboard } from "../../api/index.ts";
import { useLoaded } from "./useLoaded.ts";
import "./clinic.css";

function adherenceText(row: DashboardRow): string {
  const adherence = row.adherence;
  if (!adherence) return "No programme running";
  if (adherence.rate === undefined) return `${adherence.title}: first week under way (${adherence.sessionsDone} sessions)`;
  return `${adherence.title}: ${Math.round(adherence.rate * 100)} % of planned sessions done`;
}

function painText(row: DashboardRow): string {
  const { recent } = row.pain;
  return recent === undefined ? "No pain rating this week" : `Pain this week ${recent.toFixed(1)}/10`;
}

/** `/clinician/dashboard`: the people who share with the clinician, those needing attention first, each reason in words. */
export function DashboardPage() {
  const { value: rows, error } = useLoaded(fetchDashboard, "dashboard");
  return (
    <div className="clinic-page">
      <h1>Who needs attention</h1>
      <p className="hint">
        Everyone who shares their diary with you. A red flag in a recent assessment comes first, then pain getting worse, then falling
        adherence. Opening a person&rsquo;s records is written to their access log.
      </p>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {rows?.length === 0 && (
        <p className="card">
          Nobody shares with you yet. A person can make an invite code under “My clinician”; accept it on{" "}
          <Link to="/clinician">Your people</Link>.
        </p>
      )}
      <ul className="clinic-rows">
        {rows?.map((row) => (
          <li key={row.personId} className={`card clinic-row${row.attention.length > 0 ? " needs-attention" : ""}`}>
            <div className="clinic-row-head">
              <h2>{row.name || "Unnamed person"}</h2>
              <Link className="button primary" to={`/clinician/people/${encodeURIComponent(row.personId)}`}>
                Open<span className="visually-hidden"> {row.name}</span>
              </Link>
            </div>
            {row.attention.length > 0 ? (
              <ul className="attention-list">
                {row.attention.map((item) => (
                  <li key={item.kind} className={`attention attention-${item.kind}`}>
                    {item.reason}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hint">Nothing needs attention.</p>
            )}
            <p className="clinic-row-facts">
              <span>{adherenceText(row)}</span>
              <span>{painText(row)}</span>
              <span>{row.lastSessionOn ? `Last session ${row.lastSessionOn}` : "No session yet"}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
