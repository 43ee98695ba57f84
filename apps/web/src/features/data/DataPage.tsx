import { Link } from "../../router/Link.tsx";
import { EXPORTS, exportUrl } from "../../api/index.ts";
import { useImport } from "./useImport.ts";
import "./data.css";

const KIND_WORDS: Record<string, string> = {
  sessions: "sessions",
  checkIns: "check-ins",
  pressTests: "press tests",
  assessments: "assessments",
  routines: "routines",
  outcomes: "outcome measures",
  goals: "weekly goals",
};

/** `/data`: download the diary in five formats, and restore a backup. */
export function DataPage() {
  const { state, choose, replace, cancel } = useImport();
  return (
    <>
      <h1>Your data</h1>
      <p className="hint">
        Your diary is kept by the Unknot server this app talks to (on your own computer unless you set it up elsewhere). Download a copy whenever you like.
      </p>
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Download</h2>
        <ul className="export-list">
          {EXPORTS.map((item) => (
            <li key={item.format}>
              <a className="button" href={exportUrl(item.format)} download>
                {item.label}
              </a>
              <span className="hint">{item.about}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">Restore a backup</h2>
        <p>Choose a JSON backup downloaded from Unknot. An empty diary is filled at once; a diary with records is only replaced if you confirm.</p>
        <label className="file-field">
          <span>Backup file</span>
          <input
            type="file"
            accept="application/json,.json"
            disabled={state.step === "sending"}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) choose(file);
              event.target.value = "";
            }}
          />
        </label>
        {state.step === "sending" && <p role="status">Importing {state.name}…</p>}
        {state.step === "failed" && (
          <p className="notice" role="alert">
            {state.message}
          </p>
        )}
        {state.step === "done" && (
          <div className="import-done" role="status">
            <p>
              <strong>Backup restored.</strong>{" "}
              {Object.entries(state.result.imported)
                .map(([kind, n]) => `${n} ${KIND_WORDS[kind] ?? kind}`)
                .join(", ")}
              .
            </p>
            {state.result.previousDiary && (
              <p>
                The diary it replaced was saved on the server as <code className="file-path">{state.result.previousDiary.path}</code>. To go back
                to it, run <code>unknot import --backup {state.result.previousDiary.name}</code>.
              </p>
            )}
            <Link to="/progress">See your progress</Link>
          </div>
        )}
        {state.step === "confirm" && (
          <div className="notice replace-confirm" role="alertdialog" aria-labelledby="replace-heading" aria-describedby="replace-text">
            <h3 id="replace-heading">Replace your diary?</h3>
            <p id="replace-text">
              Your diary already has records. Importing {state.name} will put the backup in their place. The server first saves your current
              diary to its backups folder, so you can go back to it; you can also <a href={exportUrl("json")}>download a copy</a> now.
            </p>
            <div className="confirm-buttons">
              <button type="button" className="danger" onClick={replace}>
                Replace my diary
              </button>
              <button type="button" className="secondary" onClick={cancel}>
                Keep my diary
              </button>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
