import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ENGINES, POSTGRES_SKIP_REASON } from "@unknot/storage/testing";
import { describe, expect, it } from "vitest";
import { useSourceAndTargetApps, type TestApp } from "../test-app.ts";

const JSON_TYPE = { "content-type": "application/json" };

const session = (startedAt: string, notes: string) => ({
  startedAt,
  points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4, notes: 'pressed, "deep", then eased' }],
  painBefore: [{ region: "heel-left", intensity: 7 }],
  painAfter: [{ region: "heel-left", intensity: 4 }],
  notes,
});

async function fill(call: TestApp["call"]) {
  await call("POST", "/api/sessions", session("2026-11-02T07:00:00+01:00", "first,\nmorning"));
  await call("POST", "/api/sessions", session("2026-11-09T07:00:00+01:00", "second"));
  await call("POST", "/api/check-ins", { recordedAt: "2026-11-10T08:00:00+01:00", ratings: [{ region: "heel-left", intensity: 3 }] });
  await call("POST", "/api/press-tests", { recordedAt: "2026-11-02T06:50:00+01:00", triggerPoint: "soleus-1", result: "reproduces" });
  await call("POST", "/api/assessments", { createdAt: "2026-11-01T10:00:00+01:00", pain: [{ region: "heel-left", intensity: 7 }] });
  await call("POST", "/api/routines", {
    name: "Heel",
    painCeiling: 5,
    steps: [
      {
        kind: "point",
        triggerPoint: "soleus-1",
        method: "large-ball",
        dose: { kind: "hold", seconds: 45 },
        instructions: "Sit on the floor.",
        reason: "Beginner.",
      },
    ],
  });
}

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`progress, export and import on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    const { from, to } = useSourceAndTargetApps(open, fill);

    it("reports progress for a period: trend, effect per point, hotspots, heat map, adherence", async () => {
      const { status, body } = await from.call("GET", "/api/progress?from=2026-11-01&to=2026-11-15&region=heel-left&bucket=week");
      expect(status).toBe(200);
      const progress = body as {
        trend: unknown[];
        effects: { triggerPoint: string; averageDrop: number }[];
        heatMap: Record<string, number>;
        adherence: { totalSessions: number };
        areaTrends: { region: string; trend: { date: string; average: number }[] }[];
      };
      expect(progress.areaTrends.map((area) => area.region)).toEqual(["heel-left"]);
      expect(progress.areaTrends[0]?.trend[0]?.average).toBe(7);
      expect(progress.effects[0]).toMatchObject({ triggerPoint: "soleus-1", averageDrop: 3 });
      expect(progress.heatMap["heel-left"]).toBeGreaterThan(0);
      expect(progress.adherence.totalSessions).toBe(2);
      expect((await from.call("GET", "/api/progress?from=2026-11-15&to=2026-11-01")).status).toBe(400);
      expect((await from.call("GET", "/api/progress?to=2026-11-01")).status).toBe(400);
    });

    it("round-trips a full JSON backup into an empty diary without loss", async () => {
      const exported = await from.app.request("/api/export?format=json");
      expect(exported.headers.get("content-disposition")).toMatch(/attachment; filename="unknot-backup-/);
      const text = await exported.text();
      const imported = await to.app.request("/api/import", { method: "POST", body: text, headers: JSON_TYPE });
      expect(imported.status).toBe(200);
      for (const kind of ["sessions", "check-ins", "press-tests", "assessments", "routines"]) {
        expect((await to.call("GET", `/api/${kind}?limit=500`)).body).toEqual((await from.call("GET", `/api/${kind}?limit=500`)).body);
      }
      const again = JSON.parse(await (await to.app.request("/api/export?format=json")).text()) as { exportedAt: string };
      expect({ ...again, exportedAt: "x" }).toEqual({ ...(JSON.parse(text) as object), exportedAt: "x" });
    });

    it("refuses to overwrite a diary unless asked, and refuses bad files changing nothing", async () => {
      const backup = await (await from.app.request("/api/export?format=json")).text();
      expect((await to.app.request("/api/import", { method: "POST", body: backup, headers: JSON_TYPE })).status).toBe(409);
      const before = (await to.call("GET", "/api/sessions?limit=500")).body;
      const broken = backup.replace('"intensity": 7', '"intensity": 70');
      const refused = await to.app.request("/api/import?replace=true", { method: "POST", body: broken, headers: JSON_TYPE });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
        /^This backup cannot be imported: \S+intensity: must be from 0 to 10/,
      );
      expect((await to.app.request("/api/import?replace=true", { method: "POST", body: "not json", headers: JSON_TYPE })).status).toBe(400);
      expect((await to.call("GET", "/api/sessions?limit=500")).body).toEqual(before);
      expect((await to.app.request("/api/import?replace=true", { method: "POST", body: backup, headers: JSON_TYPE })).status).toBe(200);
    });

    it("answers a CSV export or a stranger's JSON sent to import in plain words, with no internal prefix", async () => {
      const csv = await (await from.app.request("/api/export?format=csv-sessions")).text();
      const message = async (body: string) => {
        const answer = await to.app.request("/api/import?replace=true", { method: "POST", body, headers: JSON_TYPE });
        expect(answer.status).toBe(400);
        return ((await answer.json()) as { error: { message: string; field?: string } }).error;
      };
      expect(await message(csv)).toEqual({
        message: expect.stringMatching(
          /^This file is a CSV export \(a table for spreadsheets\): it cannot be imported\. Import takes a JSON backup/,
        ),
        field: "backup",
      });
      expect((await message('{"hello": "world"}')).message).toMatch(
        /^This file is not an Unknot backup: it is JSON, but not from Unknot\./,
      );
    });

    it("saves the diary it replaces under the data directory's backups/, says where, and that file restores it", async () => {
      const exportOf = async () => (await (await to.app.request("/api/export?format=json")).json()) as { exportedAt: string };
      const before = await exportOf();
      const empty = JSON.stringify({ ...before, sessions: [], checkIns: [] });
      const emptied = await to.app.request("/api/import?replace=true", { method: "POST", body: empty, headers: JSON_TYPE });
      const { previousDiary } = (await emptied.json()) as { previousDiary: { name: string; path: string } };
      expect(previousDiary.path).toBe(join(to.dataDir, "backups", previousDiary.name));
      expect(statSync(previousDiary.path).mode & 0o777).toBe(0o600);
      expect((await to.call("GET", "/api/sessions")).body).toEqual({ items: [] });

      const restored = await to.app.request("/api/import?replace=true", {
        method: "POST",
        body: readFileSync(previousDiary.path, "utf8"),
        headers: JSON_TYPE,
      });
      expect(restored.status).toBe(200);
      expect({ ...(await exportOf()), exportedAt: "x" }).toEqual({ ...before, exportedAt: "x" });
    });

    it("exports CSV of sessions and ratings and a FHIR R4 Bundle", async () => {
      const csv = await (await from.app.request("/api/export?format=csv-sessions")).text();
      expect(csv.split("\r\n")[0]).toMatch(/^date,/);
      expect(csv).toContain('"first,\nmorning"');
      const ratings = await (await from.app.request("/api/export?format=csv-ratings")).text();
      expect(ratings.trim().split("\r\n")).toHaveLength(1 + 5);
      const bundle = JSON.parse(await (await from.app.request("/api/export?format=fhir")).text()) as {
        resourceType: string;
        entry: { resource: { resourceType: string; code?: { coding?: { code: string }[] } } }[];
      };
      expect(bundle.resourceType).toBe("Bundle");
      const observations = bundle.entry.filter((e) => e.resource.resourceType === "Observation");
      expect(observations).toHaveLength(5);
      expect(observations[0]?.resource.code?.coding?.[0]?.code).toBe("72514-3");
      expect(bundle.entry.filter((e) => e.resource.resourceType === "Procedure")).toHaveLength(2);
      expect((await from.call("GET", "/api/export?format=xml")).status).toBe(400);
    });
  });
}
