import { createHash, randomInt } from "node:crypto";
import type { Store } from "@unknot/storage";
import { HTTPException } from "hono/http-exception";
import type { AccessDeps } from "./access.ts";
import { accountsDb } from "./tables.ts";

/** How long an invite code can be accepted. */
export const INVITE_HOURS = 24;
/** Letters and digits that cannot be mistaken for each other when read aloud or typed from paper (no 0/O, 1/I/L). */
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 12;

/** An invite as its creator sees it, once: the code itself is stored only as a hash. */
export interface Invite {
  code: string;
  expiresAt: string;
}

/** A clinician who has (or had) access to a person's records. */
export interface Share {
  id: string;
  clinician: { name: string; email: string };
  since: string;
  revokedAt: string | null;
}

/** A person who shares with a clinician, as the clinician sees them. */
export interface SharedPerson {
  personId: string;
  name: string;
  since: string;
}

/** Makes a one-use invite code for `personId`, valid for INVITE_HOURS. */
export async function createInvite(deps: AccessDeps, personId: string): Promise<Invite> {
  const code = newInviteCode();
  const now = deps.now();
  const expiresAt = new Date(Date.parse(now) + INVITE_HOURS * 3_600_000).toISOString();
  await accountsDb(deps.store)
    .insertInto("share_invites")
    .values({ code_hash: hashCode(code), person_id: personId, created_at: now, expires_at: expiresAt, used_at: null, used_by: null })
    .execute();
  return { code, expiresAt };
}

/**
 * A clinician accepts an invite: the code is used up (by exactly one request, even when two race) and the person's
 * records are shared with them. An unknown, used or expired code gets 404 with one message, so codes cannot be probed.
 */
export async function acceptInvite(deps: AccessDeps, clinicianId: string, code: string): Promise<{ personId: string; name: string }> {
  const db = accountsDb(deps.store);
  const now = deps.now();
  return db.transaction().execute(async (trx) => {
    const invite = await trx.selectFrom("share_invites").selectAll().where("code_hash", "=", hashCode(code)).executeTakeFirst();
    if (!invite || invite.used_at !== null || Date.parse(invite.expires_at) <= Date.parse(now)) throw inviteNotValid();
    const used = await trx
      .updateTable("share_invites")
      .set({ used_at: now, used_by: clinicianId })
      .where("code_hash", "=", invite.code_hash)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (used.numUpdatedRows !== 1n) throw inviteNotValid();
    const person = await trx
      .selectFrom("people")
      .select(["id", "display_name", "owner_id"])
      .where("id", "=", invite.person_id)
      .executeTakeFirstOrThrow();
    if (person.owner_id === clinicianId)
      throw new HTTPException(400, { message: "code: this is your own invite; give it to your clinician." });
    const active = await trx
      .selectFrom("shares")
      .select("id")
      .where("person_id", "=", person.id)
      .where("clinician_id", "=", clinicianId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (!active) {
      await trx
        .insertInto("shares")
        .values({ id: deps.newId(), person_id: person.id, clinician_id: clinicianId, created_at: now, revoked_at: null })
        .execute();
    }
    return { personId: person.id, name: person.display_name };
  });
}

/** Everyone the person has shared with, newest first, revoked shares included (so the person sees the whole story). */
export async function listShares(store: Store, personId: string): Promise<Share[]> {
  const rows = await accountsDb(store)
    .selectFrom("shares")
    .innerJoin("auth_users", "auth_users.id", "shares.clinician_id")
    .select(["shares.id", "shares.created_at", "shares.revoked_at", "auth_users.name", "auth_users.email"])
    .where("shares.person_id", "=", personId)
    .orderBy("shares.created_at", "desc")
    .orderBy("shares.id", "desc")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    clinician: { name: row.name, email: row.email },
    since: row.created_at,
    revokedAt: row.revoked_at,
  }));
}

/** Ends a share at once: the clinician's next request is refused. Only the person who owns it can revoke it. */
export async function revokeShare(deps: AccessDeps, personId: string, shareId: string): Promise<void> {
  const result = await accountsDb(deps.store)
    .updateTable("shares")
    .set({ revoked_at: deps.now() })
    .where("id", "=", shareId)
    .where("person_id", "=", personId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) throw new HTTPException(404, { message: "No such active share." });
}

/** The people who currently share with a clinician. */
export async function listSharedWithMe(store: Store, clinicianId: string): Promise<SharedPerson[]> {
  const rows = await accountsDb(store)
    .selectFrom("shares")
    .innerJoin("people", "people.id", "shares.person_id")
    .select(["people.id", "people.display_name", "shares.created_at"])
    .where("shares.clinician_id", "=", clinicianId)
    .where("shares.revoked_at", "is", null)
    .orderBy("people.display_name")
    .execute();
  return rows.map((row) => ({ personId: row.id, name: row.display_name, since: row.created_at }));
}

/** Every time a clinician opened the person's records, newest first. Read-only: nothing in the API writes or deletes it. */
export async function listAccessLog(store: Store, personId: string, limit = 200) {
  const rows = await accountsDb(store)
    .selectFrom("access_log")
    .innerJoin("auth_users", "auth_users.id", "access_log.clinician_id")
    .select(["access_log.id", "access_log.purpose", "access_log.at", "auth_users.name", "auth_users.email"])
    .where("access_log.person_id", "=", personId)
    .orderBy("access_log.at", "desc")
    .orderBy("access_log.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, at: row.at, purpose: row.purpose, clinician: { name: row.name, email: row.email } }));
}

function inviteNotValid(): HTTPException {
  return new HTTPException(404, { message: "code: this invite code is unknown, already used or expired; ask for a new one." });
}

function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Codes are typed by people: case, spaces and dashes do not matter. Only the hash is stored. */
export function hashCode(code: string): string {
  const normal = code.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return createHash("sha256").update(normal).digest("hex");
}
