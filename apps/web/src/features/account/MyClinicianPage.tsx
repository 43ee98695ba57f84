import { useCallback, useEffect, useState } from "react";
import { messageOf } from "../../api/index.ts";
import { accessLog, createInvite, listShares, revokeShare, type AccessLogEntry, type Share } from "../../api/index.ts";
import "./account.css";
import { ColumnHeads } from "../../shared/ui/DataTable.tsx";

const when = (instant: string) => new Date(instant).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * "My clinician": make an invite code to share the diary, see who has access (and revoke it at once), and every
 * time a clinician opened the records.
 */
export function MyClinicianPage() {
  const [shares, setShares] = useState<Share[]>();
  const [log, setLog] = useState<AccessLogEntry[]>();
  const [invite, setInvite] = useState<{ code: string; expiresAt: string }>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    Promise.all([listShares(), accessLog()]).then(
      ([s, l]) => {
        setShares(s.shares);
        setLog(l.entries);
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, []);
  useEffect(load, [load]);
  const act = (work: () => Promise<unknown>) => () => {
    setError(undefined);
    work().then(load, (failure: unknown) => setError(messageOf(failure)));
  };
  const active = shares?.filter((share) => !share.revokedAt) ?? [];
  const ended = shares?.filter((share) => share.revokedAt) ?? [];
  return (
    <section className="account-page wide-page" aria-labelledby="my-clinician-title">
      <h1 id="my-clinician-title">My clinician</h1>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <div className="card">
        <h2>Share your records</h2>
        <p>
          Give your clinician a code. With it they can see your diary, assessments and progress until you stop sharing. Each code works
          once, for 24 hours.
        </p>
        <button type="button" className="primary" onClick={act(async () => setInvite(await createInvite()))}>
          Make an invite code
        </button>
        {invite && (
          <p className="invite-code" role="status">
            Code: <strong data-testid="invite-code">{invite.code}</strong>
            <span className="hint"> — valid until {when(invite.expiresAt)}</span>
          </p>
        )}
      </div>
      <div className="card">
        <h2>Who can see your records</h2>
        {shares === undefined && !error && <p className="loading">Loading…</p>}
        {shares && active.length === 0 && <p>Nobody: your records are yours alone.</p>}
        <ul className="share-list">
          {active.map((share) => (
            <li key={share.id}>
              <span>
                <strong>{share.clinician.name}</strong> <span className="meta">{share.clinician.email}</span>
                <br />
                <span className="meta">since {when(share.since)}</span>
              </span>
              <button
                type="button"
                className="secondary"
                onClick={act(() => revokeShare(share.id))}
                aria-label={`Stop sharing with ${share.clinician.name}`}
              >
                Stop sharing
              </button>
            </li>
          ))}
        </ul>
        {ended.length > 0 && (
          <p className="meta">
            No longer shared with: {ended.map((share) => `${share.clinician.name} (ended ${when(share.revokedAt!)})`).join(", ")}
          </p>
        )}
      </div>
      <div className="card">
        <h2>When your records were opened</h2>
        {log && log.length === 0 && <p>No clinician has opened your records.</p>}
        {log && log.length > 0 && (
          <table className="access-log">
            <caption className="visually-hidden">Every time a clinician opened your records, newest first</caption>
            <ColumnHeads names={["When", "Who", "What"]} />
            <tbody>
              {log.map((entry) => (
                <tr key={entry.id}>
                  <td>{when(entry.at)}</td>
                  <td>{entry.clinician.name}</td>
                  <td>{entry.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="hint">This log cannot be edited or deleted, by you or by a clinician.</p>
      </div>
    </section>
  );
}
