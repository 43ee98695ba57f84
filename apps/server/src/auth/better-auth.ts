import { randomBytes } from "node:crypto";
import { newRecordId, type Store } from "@unknot/storage";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import type { Kysely } from "kysely";
import { z } from "zod";
import { accountsDb } from "./tables.ts";
import type { Viewer } from "./viewer.ts";

/** How accounts mode is set up (from env.ts). */
export interface AccountsOptions {
  /** `UNKNOT_ORIGIN`: the address people open. */
  publicOrigin: string | undefined;
  /** The port, for the server's own loopback address when there is no public origin. */
  port?: number | undefined;
  /** `UNKNOT_AUTH_SECRET`; without it a secret made once and kept in the database, shared by every server process on it. */
  secret?: string | undefined;
}

/** The auth paths the app exposes; better-auth's others (profile edits, social sign-in, …) are not offered. */
export const AUTH_PATHS = ["/sign-up/email", "/sign-in/email", "/sign-out", "/get-session", "/revoke-sessions", "/change-password"];

/** Sign-in attempts per client address and minute; the rest of /api/auth shares a looser limit. */
export const SIGN_IN_PER_MINUTE = 10;

/** The header carrying the client address the server saw (set by the server itself, never trusted from the client). */
export const CLIENT_IP_HEADER = "x-unknot-client-ip";

const ROLES = ["person", "clinician"] as const;

/** better-auth configured on our own Kysely instance and tables (migration 20261210000000_accounts.sql). */
export async function createAuth(store: Store, options: AccountsOptions) {
  const secret = options.secret ?? (await sharedSecret(store));
  return betterAuth({
    appName: "Unknot",
    basePath: "/api/auth",
    baseURL: options.publicOrigin ?? `http://127.0.0.1:${options.port ?? 3000}`,
    secret,
    database: { db: store.db as unknown as Kysely<unknown>, type: store.dialect },
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 200, autoSignIn: true },
    user: {
      modelName: "auth_users",
      fields: { emailVerified: "email_verified", createdAt: "created_at", updatedAt: "updated_at" },
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "person", input: true, validator: { input: z.enum(ROLES) } },
      },
    },
    session: {
      modelName: "auth_sessions",
      fields: {
        userId: "user_id",
        expiresAt: "expires_at",
        ipAddress: "ip_address",
        userAgent: "user_agent",
        createdAt: "created_at",
        updatedAt: "updated_at",
      },
    },
    account: {
      modelName: "auth_accounts",
      fields: {
        userId: "user_id",
        accountId: "account_id",
        providerId: "provider_id",
        accessToken: "access_token",
        refreshToken: "refresh_token",
        idToken: "id_token",
        accessTokenExpiresAt: "access_token_expires_at",
        refreshTokenExpiresAt: "refresh_token_expires_at",
        createdAt: "created_at",
        updatedAt: "updated_at",
      },
    },
    verification: {
      modelName: "auth_verifications",
      fields: { expiresAt: "expires_at", createdAt: "created_at", updatedAt: "updated_at" },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "auth_rate_limits",
      fields: { lastRequest: "last_request" },
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: SIGN_IN_PER_MINUTE },
        "/sign-up/email": { window: 60, max: 2 * SIGN_IN_PER_MINUTE },
      },
    },
    advanced: {
      useSecureCookies: options.publicOrigin?.startsWith("https:") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => newRecordId() },
    },
    // The request guard has already refused foreign origins; here the request's own origin is the trusted one.
    trustedOrigins: (request) => [options.publicOrigin, ownOrigin(request)].filter((origin): origin is string => !!origin),
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            if (await isDisabled(store, session.userId)) throw new APIError("FORBIDDEN", { message: "This account is disabled." });
          },
        },
      },
    },
    telemetry: { enabled: false },
    // Only the message: better-auth's extra arguments can carry emails or request bodies.
    logger: { level: "warn", log: (level, message) => console[level === "error" ? "error" : "warn"](`auth ${level}: ${message}`) },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

/** The viewer of a request, from its session cookie: undefined when signed out, the session expired or the account is disabled. */
export function sessionViewer(store: Store, auth: Auth, now: () => string) {
  return async (headers: Headers): Promise<Viewer | undefined> => {
    const session = await auth.api.getSession({ headers });
    if (!session) return undefined;
    const user = session.user as typeof session.user & { role?: string };
    if (await isDisabled(store, user.id)) return undefined;
    const personId = await ownPerson(store, user.id, user.name, now());
    return { userId: user.id, personId, role: user.role === "clinician" ? "clinician" : "person" };
  };
}

/** The person an account owns, made at its first request (sign-up, or an account the CLI added). */
export async function ownPerson(store: Store, userId: string, name: string, now: string): Promise<string> {
  const db = accountsDb(store);
  const existing = await db.selectFrom("people").select("id").where("owner_id", "=", userId).executeTakeFirst();
  if (existing) return existing.id;
  await db
    .insertInto("people")
    .values({ id: newRecordId(), display_name: name, created_at: now, owner_id: userId })
    .onConflict((conflict) => conflict.column("owner_id").doNothing())
    .execute();
  const made = await db.selectFrom("people").select("id").where("owner_id", "=", userId).executeTakeFirstOrThrow();
  return made.id;
}

async function isDisabled(store: Store, userId: string): Promise<boolean> {
  const user = await accountsDb(store).selectFrom("auth_users").select("disabled_at").where("id", "=", userId).executeTakeFirst();
  return user?.disabled_at != null;
}

/** The signing secret: made once, at random, and kept in the database so every server process on it signs alike. */
async function sharedSecret(store: Store): Promise<string> {
  const db = accountsDb(store);
  await db
    .insertInto("auth_settings")
    .values({ name: "secret", value: randomBytes(32).toString("base64url") })
    .onConflict((conflict) => conflict.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("auth_settings").select("value").where("name", "=", "secret").executeTakeFirstOrThrow();
  return row.value;
}

function ownOrigin(request: Request | undefined): string | undefined {
  if (!request) return undefined;
  const host = request.headers.get("host");
  return host ? `${new URL(request.url).protocol}//${host}` : new URL(request.url).origin;
}
