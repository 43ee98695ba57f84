import {
  clinicianNotes,
  dashboard,
  fhirFindingsBundle,
  fhirProgrammeBundle,
  FindingInputSchema,
  findingsAsPressTests,
  programmeAdherence,
  programmeRoutine,
  programmeSessions,
  ProgrammeInputSchema,
  type Finding,
  type Programme,
} from "@unknot/core/clinic";
import { painTrend } from "@unknot/core/stats";
import {
  ClinicRecordNotFoundError,
  createFinding,
  createProgramme,
  deleteFinding,
  deleteProgramme,
  getFinding,
  getProgramme,
  listFindings,
  listProgrammes,
  loadSnapshot,
  updateProgramme,
  type Store,
} from "@unknot/storage";
import { Hono, type Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { personAccess, type AccessDeps } from "../auth/access.ts";
import { listSharedWithMe } from "../auth/shares.ts";
import type { Viewer, ViewerEnv } from "../auth/viewer.ts";
import { z } from "zod";
import { BadRequestError } from "../http/errors.ts";
import { jsonBody, noInput, params } from "../http/validate.ts";

const PersonIdSchema = z.object({ personId: z.string().min(1) });
const PersonRecordSchema = PersonIdSchema.extend({ id: z.string().min(1) });
const person = params(PersonIdSchema);
const personRecord = params(PersonRecordSchema);

/** What the clinic routes need: the store, a clock and an id source (the access check writes its log with them). */
export type ClinicDeps = AccessDeps & { store: Store };

type ClinicContext = Context<ViewerEnv>;

/** 403 for a signed-in viewer who may see the person but not do this (e.g. a person writing their own findings). */
class ForbiddenError extends HTTPException {
  constructor(message: string) {
    super(403, { message });
  }
}

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ClinicRecordNotFoundError) throw new HTTPException(404, { message: error.message });
    throw error;
  }
}

/** The person of the path, after the access check (404 without access); `purpose` goes to the access log. */
async function access(deps: ClinicDeps, c: ClinicContext, purpose: string) {
  const personId = c.req.param("personId") ?? "";
  const viewer = c.var.viewer;
  const as = await personAccess(deps, viewer, personId, purpose);
  return { personId, viewer, as };
}

function clinicianOnly(as: "owner" | "clinician", what: string): void {
  if (as !== "clinician") throw new ForbiddenError(`Only a clinician the person shares with can ${what}.`);
}

function authorOnly(viewer: Viewer, record: { authorId: string }, what: string): void {
  if (record.authorId !== viewer.userId) throw new ForbiddenError(`Only the clinician who wrote it can ${what}.`);
}

/**
 * Before changing or deleting record `id`: the access check, then 403 unless the viewer is a clinician the person
 * shares with and wrote the record (404 when there is no such record).
 */
async function authorAccess(
  deps: ClinicDeps,
  c: ClinicContext,
  id: string,
  act: "change" | "delete",
  noun: "finding" | "programme",
  read: (store: Store, personId: string, id: string) => Promise<{ authorId: string }>,
) {
  const { personId, viewer, as } = await access(deps, c, `${act} a ${noun}`);
  clinicianOnly(as, `${act} ${noun}s`);
  authorOnly(viewer, await orNotFound(read(deps.store, personId, id)), `${act} this ${noun}`);
  return { personId };
}

const today = (deps: ClinicDeps) => deps.now().slice(0, 10);

/** A programme with what the clinician and the person follow it by: adherence, the sessions run from it, the routine to run. */
async function programmeView(deps: ClinicDeps, programme: Programme) {
  const snapshot = await loadSnapshot(deps.store, programme.personId);
  const sessions = programmeSessions(programme.id, snapshot.sessions);
  const to = today(deps);
  const trend = to >= programme.startsOn ? painTrend(snapshot, { from: programme.startsOn, to, bucket: "week" }) : [];
  return {
    programme,
    adherence: programmeAdherence(programme, snapshot, to),
    sessions,
    painTrend: trend,
    routine: programmeRoutine(programme),
  };
}

async function personName(deps: ClinicDeps, personId: string): Promise<string> {
  const row = await deps.store.db.selectFrom("people").select("display_name").where("id", "=", personId).executeTakeFirst();
  return row?.display_name ?? "";
}

function exportContext(deps: ClinicDeps, personId: string, name: string, viewer: Viewer) {
  return { person: { id: personId, displayName: name }, clinician: { id: viewer.userId }, now: deps.now() };
}

/** A clinician's findings on one person: list, record, delete (by their author), and the FHIR export. */
function findingRoutes(deps: ClinicDeps) {
  return new Hono<ViewerEnv>()
    .get("/", person, async (c) => {
      const { personId } = await access(deps, c, "read findings");
      return c.json({ findings: await listFindings(deps.store, personId) });
    })
    .get("/fhir", person, async (c) => {
      const { personId, viewer } = await access(deps, c, "export findings (FHIR)");
      const bundle = fhirFindingsBundle(
        await listFindings(deps.store, personId),
        exportContext(deps, personId, await personName(deps, personId), viewer),
      );
      return c.json(bundle, 200, { "content-type": "application/fhir+json" });
    })
    .post("/", person, jsonBody(FindingInputSchema), async (c) => {
      const { personId, viewer, as } = await access(deps, c, "record a finding");
      clinicianOnly(as, "record findings");
      const input = c.req.valid("json");
      return c.json(await createFinding(deps.store, personId, input, { id: deps.newId(), authorId: viewer.userId, now: deps.now() }), 201);
    })
    .delete("/:id", personRecord, async (c) => {
      const { id } = c.req.valid("param");
      const { personId } = await authorAccess(deps, c, id, "delete", "finding", getFinding);
      await orNotFound(deleteFinding(deps.store, personId, id));
      return c.body(null, 204);
    });
}

/** A clinician's home programmes for one person: list with adherence, read one with its sessions, write, FHIR export. */
function programmeRoutes(deps: ClinicDeps) {
  return new Hono<ViewerEnv>()
    .get("/", person, async (c) => {
      const { personId } = await access(deps, c, "read programmes");
      const programmes = await listProgrammes(deps.store, personId);
      return c.json({ programmes: await Promise.all(programmes.map((p) => programmeView(deps, p))) });
    })
    .post("/", person, jsonBody(ProgrammeInputSchema), async (c) => {
      const { personId, viewer, as } = await access(deps, c, "assign a programme");
      clinicianOnly(as, "assign programmes");
      const input = c.req.valid("json");
      await checkFindingIds(deps.store, personId, input.points);
      const programme = await createProgramme(deps.store, personId, input, { id: deps.newId(), authorId: viewer.userId, now: deps.now() });
      return c.json(programme, 201);
    })
    .get("/:id", personRecord, async (c) => {
      const { personId } = await access(deps, c, "read a programme");
      return c.json(await programmeView(deps, await orNotFound(getProgramme(deps.store, personId, c.req.valid("param").id))));
    })
    .get("/:id/fhir", personRecord, async (c) => {
      const { personId, viewer } = await access(deps, c, "export a programme (FHIR)");
      const programme = await orNotFound(getProgramme(deps.store, personId, c.req.valid("param").id));
      const findings = await listFindings(deps.store, personId);
      const context = exportContext(deps, personId, await personName(deps, personId), { ...viewer, userId: programme.authorId });
      return c.json(fhirProgrammeBundle(programme, findings, context), 200, { "content-type": "application/fhir+json" });
    })
    .put("/:id", personRecord, jsonBody(ProgrammeInputSchema), async (c) => {
      const { id } = c.req.valid("param");
      const { personId } = await authorAccess(deps, c, id, "change", "programme", getProgramme);
      const input = c.req.valid("json");
      await checkFindingIds(deps.store, personId, input.points);
      return c.json(await orNotFound(updateProgramme(deps.store, personId, id, input, deps.now())));
    })
    .delete("/:id", personRecord, async (c) => {
      const { id } = c.req.valid("param");
      const { personId } = await authorAccess(deps, c, id, "delete", "programme", getProgramme);
      await orNotFound(deleteProgramme(deps.store, personId, id));
      return c.body(null, 204);
    });
}

/** A point may name the finding it came from, but only a finding about the same person. */
async function checkFindingIds(store: Store, personId: string, points: readonly { findingId?: string | undefined }[]): Promise<void> {
  const known = new Set((await listFindings(store, personId)).map((finding) => finding.id));
  const index = points.findIndex((point) => point.findingId !== undefined && !known.has(point.findingId));
  if (index >= 0)
    throw new BadRequestError(`points[${index}].findingId: no finding with this id about this person`, `points[${index}].findingId`);
}

/**
 * The clinic over HTTP. Clinician side, every route through `personAccess` (404 without access, each
 * opening logged): `/people/:personId/findings`, `/people/:personId/programmes` (+ `/:id/fhir`), and
 * `/clinician/dashboard`. Person side: `/programmes` (my programmes, with the routine to run) and
 * `/findings` (what my clinicians found, as notes and as the finder's press-test answers).
 */
export function clinicRoutes(deps: ClinicDeps) {
  return new Hono<ViewerEnv>()
    .route("/people/:personId/findings", findingRoutes(deps))
    .route("/people/:personId/programmes", programmeRoutes(deps))
    .get("/clinician/dashboard", noInput(), async (c) => {
      const viewer = c.var.viewer;
      if (viewer.role !== "clinician") throw new ForbiddenError("Only a clinician's account has a dashboard.");
      const shared = await listSharedWithMe(deps.store, viewer.userId);
      const people = await Promise.all(
        shared.map(async (person) => {
          await personAccess(deps, viewer, person.personId, "dashboard");
          const [snapshot, programmes] = await Promise.all([
            loadSnapshot(deps.store, person.personId),
            listProgrammes(deps.store, person.personId),
          ]);
          return { personId: person.personId, name: person.name, snapshot, programmes };
        }),
      );
      return c.json({ rows: dashboard(people, today(deps)) });
    })
    .get("/programmes", noInput(), async (c) => {
      const viewer = c.var.viewer;
      await personAccess(deps, viewer, viewer.personId, "my programmes");
      const programmes = await listProgrammes(deps.store, viewer.personId);
      return c.json({ programmes: await Promise.all(programmes.map((p) => programmeView(deps, p))) });
    })
    .get("/findings", noInput(), async (c) => {
      const viewer = c.var.viewer;
      await personAccess(deps, viewer, viewer.personId, "my findings");
      const findings: Finding[] = await listFindings(deps.store, viewer.personId);
      return c.json({ findings, notes: Object.fromEntries(clinicianNotes(findings)), pressTests: findingsAsPressTests(findings) });
    });
}
