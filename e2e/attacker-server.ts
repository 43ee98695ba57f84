import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A backup with no records: what an attacker would import to wipe the diary. */
const EMPTY_BACKUP = JSON.stringify({
  format: "unknot-backup",
  schemaVersion: 1,
  exportedAt: "2026-11-20T08:00:00.000Z",
  person: { id: "me", displayName: "Me" },
  assessments: [],
  pressTests: [],
  routines: [],
  sessions: [],
  checkIns: [],
});

const SPLIT = "SPLIT-HERE";
const attribute = (text: string) => text.replaceAll("&", "&amp;").replaceAll("'", "&#39;").replaceAll("<", "&lt;");

/**
 * A form whose text/plain body is valid JSON, the classic way a form posts JSON to an API: the field's name is the
 * JSON up to a string value that holds SPLIT, its value the rest, so `name=value` puts the "=" inside that string.
 */
function jsonForm(id: string, action: string, json: object): string {
  const text = JSON.stringify(json);
  const at = text.indexOf(SPLIT);
  const [name, value] = [text.slice(0, at), text.slice(at + SPLIT.length)];
  return `<form id="${id}" method="POST" action="${action}" enctype="text/plain" target="${id}-sink">
  <input type="hidden" name='${attribute(name)}' value='${attribute(value)}'></form><iframe name="${id}-sink" title="${id}"></iframe>`;
}

/** The page another site would serve: it tries to replace the diary, add to it, read it, and frame the app. */
export function attackerPage(app: string): string {
  const session = {
    startedAt: "2026-11-19T07:00:00+01:00",
    points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
    painBefore: [{ region: "heel-left", intensity: 7 }],
    painAfter: [],
    notes: `written by the attacker ${SPLIT}`,
  };
  const emptyBackup = { ...(JSON.parse(EMPTY_BACKUP) as object), person: { id: "me", displayName: SPLIT } };
  return `<!doctype html><meta charset="utf-8"><title>Totally harmless</title>
${jsonForm("session-form", `${app}/api/sessions`, session)}
${jsonForm("import-form", `${app}/api/import?replace=true`, emptyBackup)}
<iframe id="framed" src="${app}/data" title="framed"></iframe>
<script>
window.results = {};
(async () => {
  const app = ${JSON.stringify(app)};
  try {
    await fetch(app + "/api/import?replace=true", { method: "POST", mode: "no-cors", body: ${JSON.stringify(EMPTY_BACKUP)} });
    results.noCorsPost = "sent";
  } catch (error) { results.noCorsPost = "failed: " + error.message; }
  try {
    const response = await fetch(app + "/api/export?format=json");
    results.read = await response.text();
  } catch (error) { results.read = "failed: " + error.message; }
  try {
    const response = await fetch(app + "/api/export?format=json", { mode: "no-cors" });
    results.opaqueRead = (await response.text()).length;
  } catch (error) { results.opaqueRead = "failed: " + error.message; }
  document.getElementById("session-form").submit();
  document.getElementById("import-form").submit();
  results.done = true;
})();
</script>`;
}

/** Serves `attackerPage(app)` on a free loopback port (any path, any Host). */
export async function startAttackerServer(app: string): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(attackerPage(app));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
