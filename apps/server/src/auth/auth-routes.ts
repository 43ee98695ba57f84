import { parseWith } from "@unknot/core/validation";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { MAX_BODY_BYTES, readBodyText } from "../http/body.ts";
import { BadRequestError, type ErrorBody } from "../http/errors.ts";
import { incomingOf } from "../http/node-http.ts";
import { AUTH_PATHS, CLIENT_IP_HEADER, type Auth } from "./better-auth.ts";

const SIGN_UP = z.object({
  name: z.string().trim().min(1, "say what to call you").max(100),
  email: z.email("must be an email address such as jo@example.org"),
  password: z.string().min(10, "must be at least 10 characters").max(200),
  role: z.enum(["person", "clinician"]).optional(),
});
const SIGN_IN = z.object({ email: z.email("must be an email address"), password: z.string().min(1, "required") });
const CHECKS: Record<string, z.ZodType> = { "/sign-up/email": SIGN_UP, "/sign-in/email": SIGN_IN };

/** better-auth's error codes, and the field of the form each one is about. */
const FIELD_OF_CODE: Record<string, string> = {
  USER_ALREADY_EXISTS: "email",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "email",
  INVALID_EMAIL: "email",
  INVALID_EMAIL_OR_PASSWORD: "password",
  PASSWORD_TOO_SHORT: "password",
  PASSWORD_TOO_LONG: "password",
  INVALID_PASSWORD: "currentPassword",
};

/**
 * `/api/auth/*`: the few better-auth endpoints Unknot offers (AUTH_PATHS), each body checked first so a bad field
 * gets our usual 400 naming it, and better-auth's errors answered in our `{ error: { message, field } }` shape.
 * In personal mode there is nothing to sign in to (404).
 */
export function authRoutes(auth: Auth | undefined) {
  return new Hono().all("/*", async (c) => {
    const path = c.req.path.replace(/^\/api\/auth/, "");
    if (!auth || !AUTH_PATHS.includes(path)) {
      return c.json<ErrorBody>(
        {
          error: {
            message: auth
              ? `No such endpoint: ${c.req.method} ${c.req.path}`
              : "Accounts are off: Unknot runs for one person here, with no sign-in.",
          },
        },
        404,
      );
    }
    const body = c.req.method === "GET" ? undefined : await readBodyText(c, MAX_BODY_BYTES);
    const check = CHECKS[path];
    if (check) checkBody(check, parseJson(body));
    const response = await auth.handler(forwarded(c, body));
    return response.ok ? withoutToken(response) : ourErrorShape(response);
  });
}

/** The catch-all takes no validator middleware (its bodies differ by path), so it checks the known ones here: 400 naming the field. */
function checkBody(schema: z.ZodType, value: unknown): void {
  const parsed = parseWith(schema, value, "body");
  if (!parsed.ok) throw new BadRequestError(parsed.error, parsed.field || "body");
}

function parseJson(body: string | undefined): unknown {
  try {
    return JSON.parse(body || "null") as unknown;
  } catch {
    throw new BadRequestError("The request body is not valid JSON.", "body");
  }
}

/** The request for better-auth, with the client's address as the server saw it (for rate limits), never as the client claims. */
function forwarded(c: Context, body: string | undefined): Request {
  const headers = new Headers(c.req.raw.headers);
  headers.delete(CLIENT_IP_HEADER);
  const address = clientAddress(c, headers);
  if (address) headers.set(CLIENT_IP_HEADER, address);
  return new Request(c.req.raw.url, { method: c.req.method, headers, ...(body === undefined ? {} : { body }) });
}

/**
 * The socket's peer; when that peer is this computer and it says whom it forwards for (a reverse proxy on loopback,
 * the setup docs/security.md describes), the last address it added.
 */
function clientAddress(c: Context, headers: Headers): string | undefined {
  const peer = incomingOf(c)?.socket.remoteAddress;
  const isLoopback = !peer || peer === "::1" || peer.startsWith("127.") || peer.startsWith("::ffff:127.");
  const forwardedFor = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (isLoopback && forwardedFor) return forwardedFor;
  return peer?.replace(/^::ffff:/, "") ?? "127.0.0.1";
}

/** The session token lives in the httpOnly cookie only: page scripts never see it (better-auth also puts it in the body). */
async function withoutToken(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const parsed = JSON.parse(await response.text()) as unknown;
  if (parsed && typeof parsed === "object" && "token" in parsed) delete (parsed as { token?: unknown }).token;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(parsed), { status: response.status, headers });
}

async function ourErrorShape(response: Response): Promise<Response> {
  const text = await response.text();
  let parsed: { message?: string; code?: string } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Not JSON: keep the status, say it plainly.
  }
  const field = parsed.code ? FIELD_OF_CODE[parsed.code] : undefined;
  const message = parsed.message || response.statusText || "Request failed";
  const body: ErrorBody = { error: { message: field ? `${field}: ${message}` : message, ...(field ? { field } : {}) } };
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
