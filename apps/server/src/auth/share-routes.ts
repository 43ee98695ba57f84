import { Hono, type Context } from "hono";
import { z } from "zod";
import { FieldError, type ErrorBody } from "../http/errors.ts";
import { jsonBody, noInput, params } from "../http/validate.ts";
import { personAccess, type AccessDeps } from "./access.ts";
import { personName } from "./people.ts";
import { acceptInvite, createInvite, listAccessLog, listSharedWithMe, listShares, revokeShare } from "./shares.ts";
import type { Viewer, ViewerEnv } from "./viewer.ts";

/** `POST /shares/accept`'s body: the invite code the person gave their clinician. */
export const AcceptInviteSchema = z.object({ code: z.string().trim().min(4, "type the invite code you were given").max(40) });
const ShareIdSchema = z.object({ id: z.string().min(1) });
const PersonIdSchema = z.object({ personId: z.string().min(1) });

/** Who is signed in, and which mode the server runs in: the web app asks this first to know whether to show sign-in. */
export function meRoutes(accounts: boolean) {
  return new Hono<ViewerEnv>().get("/", noInput(), (c) => {
    const viewer: Viewer | undefined = c.get("viewer");
    return c.json({ mode: accounts ? ("accounts" as const) : ("personal" as const), viewer: viewer ?? null });
  });
}

/**
 * Sharing, person side: `POST /shares/invites` makes a one-use code valid 24 h; `GET /shares` lists who has (had)
 * access; `DELETE /shares/:id` revokes at once; `GET /access-log` shows every time a clinician opened the records.
 * Clinician side: `POST /shares/accept` with the code; `GET /shares/people` lists who shares with them.
 * Personal mode has no one to share with (404).
 */
export function shareRoutes(deps: AccessDeps, accounts: boolean) {
  return new Hono<ViewerEnv>()
    .use("/shares/*", async (c, next) => (accounts ? next() : noSharing(c)))
    .use("/shares", async (c, next) => (accounts ? next() : noSharing(c)))
    .use("/people/*", async (c, next) => (accounts ? next() : noSharing(c)))
    .use("/access-log", async (c, next) => (accounts ? next() : noSharing(c)))
    .get("/shares", noInput(), async (c) => c.json({ shares: await listShares(deps.store, c.var.viewer.personId) }))
    .post("/shares/invites", noInput(), async (c) => c.json(await createInvite(deps, c.var.viewer.personId), 201))
    .post("/shares/accept", jsonBody(AcceptInviteSchema), async (c) => {
      const viewer = c.var.viewer;
      const { code } = c.req.valid("json");
      if (viewer.role !== "clinician") throw new FieldError(403, "code: only a clinician's account can accept an invite.", "code");
      return c.json(await acceptInvite(deps, viewer.userId, code), 201);
    })
    .get("/shares/people", noInput(), async (c) =>
      c.json({ people: c.var.viewer.role === "clinician" ? await listSharedWithMe(deps.store, c.var.viewer.userId) : [] }),
    )
    .delete("/shares/:id", params(ShareIdSchema), async (c) => {
      await revokeShare(deps, c.var.viewer.personId, c.req.valid("param").id);
      return c.body(null, 204);
    })
    .get("/people/:personId", params(PersonIdSchema), async (c) => {
      const { personId } = c.req.valid("param");
      const access = await personAccess(deps, c.var.viewer, personId, "opened your summary");
      return c.json({ personId, name: await personName(deps.store, personId), access });
    })
    .get("/access-log", noInput(), async (c) => c.json({ entries: await listAccessLog(deps.store, c.var.viewer.personId) }));
}

function noSharing(c: Context) {
  return c.json<ErrorBody>({ error: { message: "Sharing needs accounts (UNKNOT_ACCOUNTS=on); this server runs for one person." } }, 404);
}
