import { ENGINES, openTestSqlite, POSTGRES_SKIP_REASON, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsApp, type Client } from "../auth/test-accounts.ts";
import { testApp } from "../test-app.ts";

const finding = (change: Record<string, unknown> = {}) => ({
  triggerPoint: "infraspinatus-1",
  side: "right",
  status: "active",
  criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: true, jumpSign: true },
  notes: "Familiar shoulder ache on pressure.",
  examinedAt: new Date().toISOString(),
  ...change,
});

const today = () => new Date().toISOString().slice(0, 10);
const programme = (change: Record<string, unknown> = {}) => ({
  title: "Shoulder blade",
  tools: ["thumb", "large-ball"],
  points: [{ triggerPoint: "infraspinatus-1", side: "right", method: "large-ball", dose: { kind: "hold", seconds: 60 } }],
  timesPerWeek: 3,
  weeks: 4,
  startsOn: today(),
  movements: [{ name: "Arm across the chest", instructions: "Hold 30 seconds." }],
  ...change,
});

interface ProgrammeViewBody {
  programme: { id: string; painCeiling: number };
  adherence: { sessionsDone: number; weeks: { done: number; planned: number }[] };
  sessions: { id: string }[];
  routine: { steps: { kind: string; triggerPoint?: string }[]; painCeiling: number };
}

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`the clinic over HTTP on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore;
    let setup: Awaited<ReturnType<typeof accountsApp>>;
    let person: Client;
    let clinician: Client;
    let colleague: Client;
    let personId: string;
    let base: string;

    beforeAll(async () => {
      test = await open();
      setup = await accountsApp(test);
      person = await setup.signUp("person", "Pat");
      clinician = await setup.signUp("clinician", "Dr Kim");
      colleague = await setup.signUp("clinician", "Dr Lee");
      personId = ((await person.call("GET", "/api/me")).body as { viewer: { personId: string } }).viewer.personId;
      base = `/api/people/${personId}`;
      for (const who of [clinician, colleague]) {
        const { code } = (await person.call("POST", "/api/shares/invites")).body as { code: string };
        expect((await who.call("POST", "/api/shares/accept", { code })).status).toBe(201);
      }
    });
    afterAll(async () => test?.close());

    it("answers a bad finding with 400 naming the field", async () => {
      const badCriterion = await clinician.call(
        "POST",
        `${base}/findings`,
        finding({ criteria: { tautBand: "yes", hypersensitiveSpot: true, recognisedReferredPain: true } }),
      );
      expect(badCriterion).toMatchObject({ status: 400, body: { error: { field: "criteria.tautBand" } } });
      const latentRecognised = await clinician.call("POST", `${base}/findings`, finding({ status: "latent" }));
      expect(latentRecognised).toMatchObject({ status: 400, body: { error: { field: "criteria.recognisedReferredPain" } } });
      const wrongSide = await clinician.call("POST", `${base}/findings`, finding({ side: "midline" }));
      expect(wrongSide).toMatchObject({ status: 400, body: { error: { field: "side" } } });
    });

    it("feeds a recorded finding to the person as a press-test answer with a sentence, and exports it as a FHIR Observation", async () => {
      const created = await clinician.call("POST", `${base}/findings`, finding());
      expect(created.status).toBe(201);
      const mine = (await person.call("GET", "/api/findings")).body as { pressTests: unknown[]; notes: Record<string, string> };
      expect(mine.pressTests).toEqual([{ triggerPoint: "infraspinatus-1", result: "reproduces" }]);
      expect(mine.notes["infraspinatus-1"]).toMatch(/^Your clinician found this point active on the right/);
      const response = await setup.app.request(`${base}/findings/fhir`, { headers: { host: "127.0.0.1:3000", cookie: clinician.cookie } });
      expect(response.headers.get("content-type")).toMatch(/application\/fhir\+json/);
      const bundle = (await response.json()) as { entry: { resource: { resourceType: string; bodySite?: { text: string } } }[] };
      expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(["Patient", "Practitioner", "Observation"]);
    });

    it("refuses an unsafe or unavailable method and a finding of someone else, naming the field", async () => {
      const neck = programme({
        tools: ["small-ball", "thumb"],
        points: [
          { triggerPoint: "sternocleidomastoid-sternal-1", side: "left", method: "small-ball", dose: { kind: "hold", seconds: 30 } },
        ],
      });
      expect(await clinician.call("POST", `${base}/programmes`, neck)).toMatchObject({
        status: 400,
        body: { error: { field: "points[0].method" } },
      });
      const noTool = programme({ tools: ["thumb"] });
      expect(await clinician.call("POST", `${base}/programmes`, noTool)).toMatchObject({
        status: 400,
        body: { error: { field: "points[0].method" } },
      });
      const ceiling = programme({ painCeiling: 8 });
      expect(await clinician.call("POST", `${base}/programmes`, ceiling)).toMatchObject({
        status: 400,
        body: { error: { field: "painCeiling" } },
      });
      const foreign = programme({
        points: [
          {
            triggerPoint: "infraspinatus-1",
            side: "right",
            method: "large-ball",
            dose: { kind: "hold", seconds: 60 },
            findingId: "not-theirs",
          },
        ],
      });
      expect(await clinician.call("POST", `${base}/programmes`, foreign)).toMatchObject({
        status: 400,
        body: { error: { field: "points[0].findingId" } },
      });
    });

    it("lets the person run an assigned programme and the clinician see the session and the adherence", async () => {
      const created = await clinician.call("POST", `${base}/programmes`, programme());
      expect(created.status).toBe(201);
      const id = (created.body as { id: string; painCeiling: number }).id;
      expect((created.body as { painCeiling: number }).painCeiling).toBe(5);
      const mine = ((await person.call("GET", "/api/programmes")).body as { programmes: ProgrammeViewBody[] }).programmes;
      const view = mine.find((p) => p.programme.id === id);
      expect(view?.routine.steps.map((s) => s.kind)).toEqual(["point", "movement"]);
      const session = {
        startedAt: new Date().toISOString(),
        routineId: id,
        points: [{ triggerPoint: "infraspinatus-1", method: "large-ball", seconds: 60, maxPain: 4 }],
        painBefore: [{ region: "scapula-right", intensity: 5 }],
        painAfter: [{ region: "scapula-right", intensity: 3 }],
      };
      expect((await person.call("POST", "/api/sessions", session)).status).toBe(201);
      const seen = (await clinician.call("GET", `${base}/programmes/${id}`)).body as ProgrammeViewBody;
      expect(seen.sessions).toHaveLength(1);
      expect(seen.adherence.sessionsDone).toBe(1);
      expect(seen.adherence.weeks[0]).toMatchObject({ done: 1, planned: 3 });
      const rows = (
        (await clinician.call("GET", "/api/clinician/dashboard")).body as {
          rows: { personId: string; adherence?: { programmeId: string } }[];
        }
      ).rows;
      expect(rows.find((row) => row.personId === personId)?.adherence?.programmeId).toBe(id);
      const fhir = (await clinician.call("GET", `${base}/programmes/${id}/fhir`)).body as {
        entry: { resource: { resourceType: string } }[];
      };
      expect(fhir.entry.map((e) => e.resource.resourceType)).toEqual(["Patient", "Practitioner", "CarePlan", "ServiceRequest"]);
    });

    it("lets only the author change or delete, and logs each clinician opening in the person's access log", async () => {
      const id = ((await clinician.call("POST", `${base}/programmes`, programme({ title: "Mine" }))).body as { id: string }).id;
      const findingId = ((await clinician.call("POST", `${base}/findings`, finding())).body as { id: string }).id;
      expect((await colleague.call("PUT", `${base}/programmes/${id}`, programme({ title: "Theirs" }))).status).toBe(403);
      expect((await colleague.call("DELETE", `${base}/findings/${findingId}`)).status).toBe(403);
      expect((await clinician.call("PUT", `${base}/programmes/${id}`, programme({ title: "Changed", weeks: 6 }))).body).toMatchObject({
        title: "Changed",
        weeks: 6,
      });
      expect((await clinician.call("DELETE", `${base}/findings/${findingId}`)).status).toBe(204);
      expect((await clinician.call("DELETE", `${base}/findings/${findingId}`)).status).toBe(404);
      const log = ((await person.call("GET", "/api/access-log")).body as { entries: { purpose: string; clinician: { name: string } }[] })
        .entries;
      const purposes = new Set(log.map((entry) => entry.purpose));
      for (const purpose of [
        "record a finding",
        "assign a programme",
        "read a programme",
        "change a programme",
        "delete a finding",
        "dashboard",
      ])
        expect(purposes, purpose).toContain(purpose);
    });

    it("takes access away at once when the person revokes: 404 and gone from the dashboard", async () => {
      const shares = ((await person.call("GET", "/api/shares")).body as { shares: { id: string; clinician: { email: string } }[] }).shares;
      const share = shares.find((s) => s.clinician.email === colleague.email);
      expect((await person.call("DELETE", `/api/shares/${share?.id ?? ""}`)).status).toBe(204);
      expect((await colleague.call("GET", `${base}/findings`)).status).toBe(404);
      expect((await colleague.call("GET", `${base}/programmes`)).status).toBe(404);
      const rows = ((await colleague.call("GET", "/api/clinician/dashboard")).body as { rows: unknown[] }).rows;
      expect(rows).toEqual([]);
    });
  });
}

describe("the clinic in personal mode", () => {
  let test: TestStore;
  let call: Awaited<ReturnType<typeof testApp>>["call"];
  beforeAll(async () => {
    test = openTestSqlite();
    ({ call } = await testApp(test));
  });
  afterAll(async () => test?.close());

  it("shows the one person their (empty) programmes and findings; the clinician's routes do not exist without accounts", async () => {
    expect(await call("GET", "/api/programmes")).toEqual({ status: 200, body: { programmes: [] } });
    expect((await call("GET", "/api/findings")).body).toEqual({ findings: [], notes: {}, pressTests: [] });
    expect((await call("POST", "/api/people/local/findings", finding())).status).toBe(404);
    expect((await call("GET", "/api/people/someone-else/findings")).status).toBe(404);
    expect((await call("GET", "/api/clinician/dashboard")).status).toBe(403);
  });
});
