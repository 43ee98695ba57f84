import { ENGINES, POSTGRES_SKIP_REASON } from "@unknot/storage/testing";
import { describe, expect, it } from "vitest";
import { useSourceAndTargetApps, type TestApp } from "../test-app.ts";

type Call = TestApp["call"];
type Page = { items: { id: string; measure: string; localDate: string }[] };

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T08:00:00+01:00`;
const psfs = (day: number, [a, b, c]: [number, number, number]) => ({
  measure: "psfs",
  takenAt: at(day),
  items: [
    { activity: "Turning my head to reverse the car", score: a },
    { activity: "Sleeping on my left side", score: b },
    { activity: "Carrying shopping", score: c },
  ],
});
const pgic = (day: number, score: number) => ({ measure: "pgic", takenAt: at(day), score });
const painCheckIn = (day: number, intensity: number) => ({ recordedAt: at(day), ratings: [{ region: "neck-back-left", intensity }] });

/** A first PSFS on 2 November, three weekly check-ins with pain falling, and a PGIC of "much improved". */
async function programme(call: Call) {
  const weeks: [number, [number, number, number], number][] = [
    [2, [2, 3, 3], 7],
    [9, [3, 4, 4], 6],
    [16, [5, 5, 5], 5],
    [23, [6, 7, 6], 3],
  ];
  for (const [day, scores, pain] of weeks) {
    expect((await call("POST", "/api/outcomes", psfs(day, scores))).status).toBe(201);
    expect((await call("POST", "/api/check-ins", painCheckIn(day, pain))).status).toBe(201);
  }
  expect((await call("POST", "/api/outcomes", pgic(23, 6))).status).toBe(201);
  expect((await call("POST", "/api/goals", { setAt: at(2), sessionsPerWeek: 3 })).status).toBe(201);
}

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`outcomes API on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    const { from, to } = useSourceAndTargetApps(open);

    it("records a PSFS and a PGIC exactly as sent, and reads, lists and deletes them", async () => {
      const created = await from.call("POST", "/api/outcomes", psfs(1, [4, 5, 6]));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...psfs(1, [4, 5, 6]), localDate: "2026-11-01", schemaVersion: 1 });
      const id = (created.body as { id: string }).id;
      expect((await from.call("GET", `/api/outcomes/${id}`)).body).toEqual(created.body);
      const second = await from.call("POST", "/api/outcomes", pgic(1, 4));
      expect(second.body).toMatchObject({ measure: "pgic", score: 4 });
      const listed = (await from.call("GET", "/api/outcomes?from=2026-11-01&to=2026-11-01")).body as Page;
      expect(listed.items.map((o) => o.measure).sort()).toEqual(["pgic", "psfs"]);
      for (const item of listed.items) expect((await from.call("DELETE", `/api/outcomes/${item.id}`)).status).toBe(204);
      expect((await from.call("GET", `/api/outcomes/${id}`)).status).toBe(404);
    });

    it("answers bad input with 400 naming the field, and stores nothing", async () => {
      const six = { ...psfs(1, [1, 1, 1]), items: [1, 2, 3, 4, 5, 6].map((n) => ({ activity: `Activity ${n}`, score: 3 })) };
      const cases: [unknown, string][] = [
        [{ ...psfs(1, [1, 1, 1]), items: [{ activity: "Typing", score: 11 }, ...psfs(1, [1, 1, 1]).items.slice(1)] }, "items[0].score"],
        [{ ...psfs(1, [1, 1, 1]), items: [{ activity: "Typing", score: -1 }, ...psfs(1, [1, 1, 1]).items.slice(1)] }, "items[0].score"],
        [{ ...psfs(1, [1, 1, 1]), items: [...psfs(1, [1, 1, 1]).items.slice(0, 2), { activity: "   ", score: 2 }] }, "items[2].activity"],
        [six, "items"],
        [{ ...psfs(1, [1, 1, 1]), items: psfs(1, [1, 1, 1]).items.slice(0, 2) }, "items"],
        [pgic(1, 8), "score"],
        [pgic(1, 0), "score"],
        [{ ...pgic(1, 4), measure: "odi" }, "measure"],
        [{ ...pgic(1, 4), takenAt: "last week" }, "takenAt"],
        [{ ...pgic(1, 4), note: "x" }, "note"],
      ];
      for (const [body, field] of cases) {
        const response = await from.call("POST", "/api/outcomes", body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect((response.body as { error: { field: string; message: string } }).error.field).toBe(field);
      }
      const goal = await from.call("POST", "/api/goals", { setAt: at(1), sessionsPerWeek: 0 });
      expect(goal.status).toBe(400);
      expect((goal.body as { error: { field: string } }).error.field).toBe("sessionsPerWeek");
      expect(((await from.call("GET", "/api/outcomes?limit=500")).body as Page).items).toEqual([]);
      expect(((await from.call("GET", "/api/goals?limit=500")).body as Page).items).toEqual([]);
    });

    it("reports the outcomes and the weekly goal in /api/progress, with the verdict and its sources", async () => {
      await programme(from.call);
      const { status, body } = await from.call("GET", "/api/progress?from=2026-11-01&to=2026-11-25");
      expect(status).toBe(200);
      const progress = body as {
        outcomes: {
          psfs: { date: string; average: number }[];
          pgic: { score: number; label: string }[];
          change: { overall: string; advice: string; pain: { verdict: string }; psfs: { verdict: string; change: number } };
          thresholds: { measure: string; sources: string[] }[];
        };
        keepingGoing: { goal: number; weeks: { planned: number }[] };
      };
      expect(progress.outcomes.psfs.map((p) => p.date)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
      expect(progress.outcomes.pgic).toEqual([expect.objectContaining({ score: 6, label: "Much improved" })]);
      expect(progress.outcomes.change).toMatchObject({ overall: "improved", advice: "keep-going", pain: { verdict: "improved" } });
      expect(progress.outcomes.change.psfs.change).toBeCloseTo(11 / 3);
      expect(progress.outcomes.thresholds.find((t) => t.measure === "pain")?.sources).toContain("farrar2001");
      expect(progress.keepingGoing.goal).toBe(3);
      // 1 November is a Sunday: its week ended before the goal was set on the 2nd.
      expect(progress.keepingGoing.weeks.map((w) => w.planned)).toEqual([undefined, 3, 3, 3, 3]);
    });

    it("round-trips outcomes and goals through a JSON backup, and exports them as CSV and FHIR", async () => {
      const text = await (await from.app.request("/api/export?format=json")).text();
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, outcomes: expect.any(Array), goals: [expect.any(Object)] });
      expect(
        (await to.app.request("/api/import", { method: "POST", body: text, headers: { "content-type": "application/json" } })).status,
      ).toBe(200);
      for (const kind of ["outcomes", "goals", "check-ins"]) {
        expect((await to.call("GET", `/api/${kind}?limit=500`)).body).toEqual((await from.call("GET", `/api/${kind}?limit=500`)).body);
      }
      const csv = await (await from.app.request("/api/export?format=csv-outcomes")).text();
      expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + 4 * 3 + 1);
      const fhir = JSON.parse(await (await from.app.request("/api/export?format=fhir")).text()) as {
        entry: { resource: { resourceType: string } }[];
      };
      expect(fhir.entry.filter((e) => e.resource.resourceType === "QuestionnaireResponse")).toHaveLength(5);
      expect(fhir.entry.filter((e) => e.resource.resourceType === "Observation")).toHaveLength(4);
    });
  });
}
