import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsApp, type Client } from "./test-accounts.ts";

/**
 * Every /api route of the app × every kind of caller, with the status each must get. The route list comes from the
 * app's own route table, so a route added without a row here fails the test ("no row for …").
 */
const ACTORS = ["none", "other", "clinicianShared", "clinicianWithout", "clinicianRevoked", "owner"] as const;
type Actor = (typeof ACTORS)[number];
/** Marks the owner's records: no answer to anyone else may contain it. */
const OWNER_MARK = "owner-private-note-7f3a";

type Rule =
  /** Anyone, signed in or not. */
  | { kind: "public"; status: number }
  /** The caller's own diary (or account): 401 signed out, `status` for everyone signed in, never the owner's data. */
  | { kind: "own"; status: number }
  /** One of the owner's records (by id): the owner gets `status`, everyone else 404 as if it did not exist. */
  | { kind: "owner-only"; status: number }
  /** A person's records by person id (`/api/people/:personId/…`): the owner and a clinician with an active share. */
  | { kind: "shared"; status: number }
  /** Accepting an invite: clinicians only (`status`), people get 403. */
  | { kind: "clinician"; status: number }
  /** A clinician's writes on a person (findings, programmes): the sharing clinician `status`, the owner 403, anyone else 404. */
  | { kind: "shared-clinician"; status: number };

interface Row {
  rule: Rule;
  body?: (fixture: Fixture, actor: Actor) => Promise<unknown> | unknown;
  query?: string;
}

const at = "2026-11-20T08:00:00+01:00";
/** A valid body of each record kind; the owner's carry OWNER_MARK, everyone else's an ordinary note. */
const bodies = (notes: string) => ({
  assessments: { createdAt: at, pain: [{ region: "temple-left", intensity: 6 }], symptoms: ["headache"], notes },
  "press-tests": { recordedAt: at, triggerPoint: "infraspinatus-1", result: "tender", notes },
  routines: {
    name: "Neck",
    steps: [{ kind: "warm-up", dose: { kind: "hold", seconds: 30 }, instructions: "Roll the shoulders.", reason: "Warm first." }],
    painCeiling: 5,
    notes,
  },
  sessions: {
    startedAt: at,
    points: [{ triggerPoint: "trapezius-upper-1", method: "large-ball", seconds: 60, maxPain: 4 }],
    painBefore: [{ region: "temple-left", intensity: 6 }],
    painAfter: [{ region: "temple-left", intensity: 3 }],
    notes,
  },
  "check-ins": { recordedAt: at, ratings: [{ region: "neck-back-left", intensity: 4 }], notes },
  outcomes: { measure: "pgic", takenAt: at, score: 5 },
  goals: { setAt: at, sessionsPerWeek: 3 },
});
const FINDING = {
  triggerPoint: "trapezius-upper-1",
  side: "left",
  status: "active",
  criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: true },
  examinedAt: at,
};
const PROGRAMME = {
  title: "Shoulder",
  tools: ["thumb", "large-ball"],
  points: [{ triggerPoint: "infraspinatus-1", side: "right", method: "large-ball", dose: { kind: "hold", seconds: 60 } }],
  timesPerWeek: 3,
  weeks: 4,
  startsOn: "2026-11-16",
};
const bodyOf = (kind: Kind, actor: Actor) => bodies(actor === "owner" ? OWNER_MARK : "my own note")[kind];
type Kind = keyof ReturnType<typeof bodies>;
const KINDS = Object.keys(bodies("")) as Kind[];

/** The expected rows: one per route of the app. */
const ROWS: Record<string, Row> = {
  "GET /api/health": { rule: { kind: "public", status: 200 } },
  "GET /api/openapi.json": { rule: { kind: "public", status: 200 } },
  "GET /api/atlas": { rule: { kind: "public", status: 200 } },
  "POST /api/find": { rule: { kind: "public", status: 200 }, body: () => ({ pain: [{ region: "temple-left", intensity: 6 }] }) },
  "GET /api/me": { rule: { kind: "public", status: 200 } },
  "GET /api/progress": { rule: { kind: "own", status: 200 }, query: "?from=2026-11-01&to=2026-11-30" },
  "POST /api/plan/routine": { rule: { kind: "own", status: 200 }, body: () => ({ points: ["trapezius-upper-1"], useDiary: true }) },
  "POST /api/plan/workout": { rule: { kind: "own", status: 200 }, body: () => ({ activity: "running", phase: "pre" }) },
  "GET /api/plan/adapt": { rule: { kind: "own", status: 200 }, query: "?points=trapezius-upper-1" },
  "GET /api/plan/activities": { rule: { kind: "own", status: 200 } },
  "GET /api/plan/factors": { rule: { kind: "own", status: 200 } },
  "POST /api/plan/factors": { rule: { kind: "own", status: 200 }, body: () => ({ answers: {} }) },
  "GET /api/export": { rule: { kind: "own", status: 200 }, query: "?format=json" },
  "POST /api/import": { rule: { kind: "own", status: 200 }, query: "?replace=true", body: (fixture) => fixture.emptyBackup },
  "GET /api/shares": { rule: { kind: "own", status: 200 } },
  "POST /api/shares/invites": { rule: { kind: "own", status: 201 } },
  "GET /api/shares/people": { rule: { kind: "own", status: 200 } },
  "POST /api/shares/accept": { rule: { kind: "clinician", status: 201 }, body: async (fixture) => ({ code: await fixture.spareCode() }) },
  "DELETE /api/shares/:id": { rule: { kind: "owner-only", status: 204 } },
  "GET /api/access-log": { rule: { kind: "own", status: 200 } },
  "GET /api/people/:personId": { rule: { kind: "shared", status: 200 } },
  // The clinic (routes/clinic.ts): findings and programmes about a person, the dashboard, and the person's own view.
  "GET /api/people/:personId/findings": { rule: { kind: "shared", status: 200 } },
  "GET /api/people/:personId/findings/fhir": { rule: { kind: "shared", status: 200 } },
  "POST /api/people/:personId/findings": { rule: { kind: "shared-clinician", status: 201 }, body: () => FINDING },
  "DELETE /api/people/:personId/findings/:id": { rule: { kind: "shared-clinician", status: 204 } },
  "GET /api/people/:personId/programmes": { rule: { kind: "shared", status: 200 } },
  "POST /api/people/:personId/programmes": { rule: { kind: "shared-clinician", status: 201 }, body: () => PROGRAMME },
  "GET /api/people/:personId/programmes/:id": { rule: { kind: "shared", status: 200 } },
  "GET /api/people/:personId/programmes/:id/fhir": { rule: { kind: "shared", status: 200 } },
  "PUT /api/people/:personId/programmes/:id": { rule: { kind: "shared-clinician", status: 200 }, body: () => PROGRAMME },
  "DELETE /api/people/:personId/programmes/:id": { rule: { kind: "shared-clinician", status: 204 } },
  "GET /api/clinician/dashboard": { rule: { kind: "clinician", status: 200 } },
  "GET /api/programmes": { rule: { kind: "own", status: 200 } },
  "GET /api/findings": { rule: { kind: "own", status: 200 } },
  ...Object.fromEntries(
    KINDS.flatMap((kind) => [
      [`POST /api/${kind}`, { rule: { kind: "own", status: 201 }, body: (_: Fixture, actor: Actor) => bodyOf(kind, actor) }],
      [`GET /api/${kind}`, { rule: { kind: "own", status: 200 } }],
      [`GET /api/${kind}/:id`, { rule: { kind: "owner-only", status: 200 } }],
      [`PUT /api/${kind}/:id`, { rule: { kind: "owner-only", status: 200 }, body: (_: Fixture, actor: Actor) => bodyOf(kind, actor) }],
      [`DELETE /api/${kind}/:id`, { rule: { kind: "owner-only", status: 204 } }],
    ]),
  ),
};

function expected(rule: Rule, actor: Actor): number {
  if (rule.kind === "public") return rule.status;
  if (actor === "none") return 401;
  switch (rule.kind) {
    case "own":
      return rule.status;
    case "owner-only":
      return actor === "owner" ? rule.status : 404;
    case "shared":
      return actor === "owner" || actor === "clinicianShared" ? rule.status : 404;
    case "clinician":
      return actor.startsWith("clinician") ? rule.status : 403;
    case "shared-clinician":
      return actor === "clinicianShared" ? rule.status : actor === "owner" ? 403 : 404;
  }
}

interface Fixture {
  ownerPersonId: string;
  /** A finding and a programme the sharing clinician wrote about the owner. */
  findingId: string;
  programmeId: string;
  recordIds: Record<string, string>;
  spareShareId: string;
  emptyBackup: unknown;
  spareCode: () => Promise<string>;
}

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`authorization of every route on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore;
    let setup: Awaited<ReturnType<typeof accountsApp>>;
    const clients = {} as Record<Exclude<Actor, "none">, Client>;
    const fixture = {} as Fixture;

    beforeAll(async () => {
      test = await open();
      setup = await accountsApp(test);
      for (const actor of ACTORS)
        if (actor !== "none") clients[actor] = await setup.signUp(actor.startsWith("clinician") ? "clinician" : "person");
      const spare = await setup.signUp("clinician");
      const giver = await setup.signUp("person");
      const owner = clients.owner;
      fixture.ownerPersonId = ((await owner.call("GET", "/api/me")).body as { viewer: { personId: string } }).viewer.personId;
      fixture.recordIds = {};
      for (const kind of KINDS) {
        const created = await owner.call("POST", `/api/${kind}`, bodyOf(kind, "owner"));
        expect(created.status, kind).toBe(201);
        fixture.recordIds[kind] = (created.body as { id: string }).id;
      }
      const share = async (clinician: Client) => {
        const { code } = (await owner.call("POST", "/api/shares/invites")).body as { code: string };
        expect((await clinician.call("POST", "/api/shares/accept", { code })).status).toBe(201);
      };
      await share(clients.clinicianShared);
      await share(clients.clinicianRevoked);
      await share(spare);
      const path = `/api/people/${fixture.ownerPersonId}`;
      fixture.findingId = ((await clients.clinicianShared.call("POST", `${path}/findings`, FINDING)).body as { id: string }).id;
      fixture.programmeId = ((await clients.clinicianShared.call("POST", `${path}/programmes`, PROGRAMME)).body as { id: string }).id;
      const shares = ((await owner.call("GET", "/api/shares")).body as { shares: { id: string; clinician: { email: string } }[] }).shares;
      const idOf = (client: Client) => shares.find((s) => s.clinician.email === client.email)!.id;
      expect((await owner.call("DELETE", `/api/shares/${idOf(clients.clinicianRevoked)}`)).status).toBe(204);
      fixture.spareShareId = idOf(spare);
      fixture.emptyBackup = (await giver.call("GET", "/api/export?format=json")).body;
      fixture.spareCode = async () => ((await giver.call("POST", "/api/shares/invites")).body as { code: string }).code;
    });
    afterAll(async () => test?.close());

    const concretePath = (path: string) =>
      path
        .replace(/^\/api\/shares\/:id$/, () => `/api/shares/${fixture.spareShareId}`)
        .replace(/\/findings\/:id$/, () => `/findings/${fixture.findingId}`)
        .replace(/\/programmes\/:id(\/fhir)?$/, (_, fhir?: string) => `/programmes/${fixture.programmeId}${fhir ?? ""}`)
        .replace(/^\/api\/([\w-]+)\/:id$/, (_, kind: string) => `/api/${kind}/${fixture.recordIds[kind] ?? "no-fixture"}`)
        .replace(/:personId/, fixture.ownerPersonId);

    it("has a row for every route of the app, and every row is a route", () => {
      const routes = appRoutes(setup.app);
      expect(routes.filter((route) => !ROWS[route]).map((route) => `no row for ${route}`)).toEqual([]);
      expect(Object.keys(ROWS).filter((row) => !routes.includes(row))).toEqual([]);
      expect(routes.length).toBeGreaterThan(40);
    });

    it("answers every route × caller with the expected status, and never shows the owner's records to anyone else", async () => {
      // Writes that destroy (DELETE, import with replace) run last, and within a route the owner goes last.
      const destructive = (route: string) => route.startsWith("DELETE") || route.includes("/import");
      const routes = appRoutes(setup.app).sort((a, b) => Number(destructive(a)) - Number(destructive(b)));
      const mismatches: string[] = [];
      for (const route of routes) {
        const row = ROWS[route]!;
        const [method, path] = route.split(" ") as [string, string];
        for (const actor of ACTORS) {
          const url = concretePath(path) + (row.query ?? "");
          const body = row.body ? await row.body(fixture, actor) : undefined;
          const answer = actor === "none" ? await setup.request(method, url, body) : await clients[actor].call(method, url, body);
          const want = expected(row.rule, actor);
          if (answer.status !== want)
            mismatches.push(`${route} as ${actor}: ${answer.status}, expected ${want} ${JSON.stringify(answer.body)}`);
          if (actor !== "owner" && JSON.stringify(answer.body ?? "").includes(OWNER_MARK))
            mismatches.push(`${route} as ${actor} showed the owner's record`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  });
}

/** "METHOD /api/path" of every route in the app's table (Hono's own list), middleware and the auth catch-all left out. */
function appRoutes(app: { routes: { method: string; path: string }[] }): string[] {
  const routes = app.routes
    .filter((route) => route.path.startsWith("/api/") && route.method !== "ALL")
    .map((route) => `${route.method} ${route.path}`);
  return [...new Set(routes)];
}
