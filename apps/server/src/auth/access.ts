import type { Store } from "@unknot/storage";
import { HTTPException } from "hono/http-exception";
import { accountsDb } from "./tables.ts";
import type { Viewer } from "./viewer.ts";

/** What an access check needs: the store, a clock and an id source for the access log row. */
export interface AccessDeps {
  store: Store;
  now: () => string;
  newId: () => string;
}

/** Raised when a viewer may not see a person: answered 404, the same as a person who does not exist, so ids cannot be probed. */
export class NoSuchPersonError extends HTTPException {
  constructor() {
    super(404, { message: "No such person, or they have not shared their records with you." });
  }
}

/**
 * May `viewer` open the records of `personId`? The owner may; a clinician may while the person's share with them is
 * active (not revoked), and each such opening is written to the person's access log with `purpose`. Anyone else gets
 * NoSuchPersonError (404).
 */
export async function personAccess(deps: AccessDeps, viewer: Viewer, personId: string, purpose: string): Promise<"owner" | "clinician"> {
  if (viewer.personId === personId) return "owner";
  if (viewer.role !== "clinician" || !(await hasActiveShare(deps.store, personId, viewer.userId))) throw new NoSuchPersonError();
  await accountsDb(deps.store)
    .insertInto("access_log")
    .values({ id: deps.newId(), person_id: personId, clinician_id: viewer.userId, purpose, at: deps.now() })
    .execute();
  return "clinician";
}

/** True while `personId` shares their records with the clinician account `clinicianId`. */
export async function hasActiveShare(store: Store, personId: string, clinicianId: string): Promise<boolean> {
  const share = await accountsDb(store)
    .selectFrom("shares")
    .select("id")
    .where("person_id", "=", personId)
    .where("clinician_id", "=", clinicianId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return share !== undefined;
}
