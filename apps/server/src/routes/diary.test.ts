import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../test-app.ts";

const session = (startedAt: string, region = "temple-left", before = 6, after = 3) => ({
  startedAt,
  points: [{ triggerPoint: "trapezius-upper-1", method: "large-ball", seconds: 60, maxPain: 4 }],
  painBefore: [{ region, intensity: before }],
  painAfter: [{ region, intensity: after }],
  notes: "Felt the ache ease, then a warm tingle.",
});

type Page = { items: { id: string; localDate: string }[]; nextCursor?: string };

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`diary API on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore;
    let call: Awaited<ReturnType<typeof testApp>>["call"];
    beforeAll(async () => {
      test = await open();
      ({ call } = await testApp(test));
    });
    afterAll(async () => test?.close());

    it("creates, reads, updates and deletes a session", async () => {
      const created = await call("POST", "/api/sessions", session("2026-11-20T07:30:00+01:00"));
      expect(created.status).toBe(201);
      const stored = created.body as { id: string; localDate: string; schemaVersion: number; notes: string };
      expect(stored).toMatchObject({ localDate: "2026-11-20", schemaVersion: 1, notes: "Felt the ache ease, then a warm tingle." });
      expect((await call("GET", `/api/sessions/${stored.id}`)).body).toEqual(stored);
      const updated = await call("PUT", `/api/sessions/${stored.id}`, { ...session("2026-11-20T07:30:00+01:00"), notes: "Edited" });
      expect(updated.body).toMatchObject({ id: stored.id, notes: "Edited" });
      expect((await call("DELETE", `/api/sessions/${stored.id}`)).status).toBe(204);
      expect((await call("GET", `/api/sessions/${stored.id}`)).status).toBe(404);
      expect((await call("DELETE", `/api/sessions/${stored.id}`)).status).toBe(404);
    });

    it("keeps the person's local date from the instant's offset, and several entries a day", async () => {
      const late = await call("POST", "/api/sessions", session("2026-11-21T23:30:00-05:00"));
      await call("POST", "/api/sessions", session("2026-11-21T08:00:00-05:00"));
      expect((late.body as { localDate: string }).localDate).toBe("2026-11-21");
      const day = (await call("GET", "/api/sessions?from=2026-11-21&to=2026-11-21")).body as Page;
      expect(day.items).toHaveLength(2);
    });

    it("lists history by date range and region, newest first, in pages", async () => {
      for (let day = 1; day <= 9; day++)
        await call("POST", "/api/sessions", session(`2026-10-0${day}T09:00:00+00:00`, day % 2 ? "heel-left" : "calf-left"));
      const first = (await call("GET", "/api/sessions?from=2026-10-01&to=2026-10-31&limit=4")).body as Page;
      expect(first.items.map((s) => s.localDate)).toEqual(["2026-10-09", "2026-10-08", "2026-10-07", "2026-10-06"]);
      const second = (await call("GET", `/api/sessions?from=2026-10-01&to=2026-10-31&limit=4&cursor=${first.nextCursor}`)).body as Page;
      expect(second.items.map((s) => s.localDate)).toEqual(["2026-10-05", "2026-10-04", "2026-10-03", "2026-10-02"]);
      const heel = (await call("GET", "/api/sessions?from=2026-10-01&to=2026-10-31&region=heel-left")).body as Page;
      expect(heel.items.map((s) => s.localDate)).toEqual(["2026-10-09", "2026-10-07", "2026-10-05", "2026-10-03", "2026-10-01"]);
    });

    it("stores an assessment with the finder's result and the atlas version", async () => {
      const created = await call("POST", "/api/assessments", {
        createdAt: "2026-11-20T10:00:00+00:00",
        pain: [
          { region: "temple-left", intensity: 7 },
          { region: "mastoid-left", intensity: 5 },
        ],
        symptoms: ["headache"],
      });
      expect(created.status).toBe(201);
      const body = created.body as { atlasVersion: string; result: { candidates: { muscle: string }[] } };
      expect(body.atlasVersion).toMatch(/^\d{4}\./);
      expect(body.result.candidates[0]?.muscle).toBe("trapezius");
      // Made offline earlier and sent now: the search keeps the time the person made it.
      const listed = (await call("GET", "/api/assessments?limit=1")).body as { items: { createdAt: string }[] };
      expect(listed.items[0]?.createdAt).toBe("2026-11-20T10:00:00+00:00");
    });

    it("stores press tests, routines and check-ins", async () => {
      expect(
        (
          await call("POST", "/api/press-tests", {
            recordedAt: "2026-11-20T10:05:00+00:00",
            triggerPoint: "trapezius-upper-1",
            result: "reproduces",
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await call("POST", "/api/check-ins", {
            recordedAt: "2026-11-21T08:00:00+00:00",
            ratings: [{ region: "temple-left", intensity: 2 }],
          })
        ).status,
      ).toBe(201);
      const routine = await call("POST", "/api/routines", {
        name: "Morning neck",
        painCeiling: 5,
        steps: [
          {
            kind: "point",
            triggerPoint: "trapezius-upper-1",
            method: "large-ball",
            dose: { kind: "hold", seconds: 45 },
            instructions: "Lean into the ball.",
            reason: "Gentle start.",
          },
        ],
      });
      expect(routine.status).toBe(201);
      expect(routine.body).toMatchObject({ timesPerDay: 1, stopRules: [] });
    });

    it("answers bad input with 400 naming the field, and stores nothing", async () => {
      const before = ((await call("GET", "/api/sessions?limit=500")).body as Page).items.length;
      const cases: [unknown, string][] = [
        [{ ...session("2026-11-20T07:30:00+01:00"), painBefore: [{ region: "temple-left", intensity: 11 }] }, "painBefore[0].intensity"],
        [{ ...session("2026-11-20T07:30:00+01:00"), startedAt: "yesterday" }, "startedAt"],
        [
          { ...session("2026-11-20T07:30:00+01:00"), points: [{ triggerPoint: "nope-1", method: "large-ball", maxPain: 3 }] },
          "points[0].triggerPoint",
        ],
        [{ ...session("2026-11-20T07:30:00+01:00"), extra: 1 }, "extra"],
        ["[1,2", "body"],
      ];
      for (const [body, field] of cases) {
        const response = await call("POST", "/api/sessions", body);
        expect(response.status).toBe(400);
        expect((response.body as { error: { field: string } }).error.field).toBe(field);
      }
      expect((await call("GET", "/api/sessions?from=2026-13-01")).status).toBe(400);
      expect((await call("GET", "/api/sessions?limit=0")).status).toBe(400);
      expect((await call("GET", "/api/sessions?cursor=garbage")).status).toBe(400);
      expect(((await call("GET", "/api/sessions?limit=500")).body as Page).items.length).toBe(before);
    });
  });
}
