import { callApi } from "../data/api-call.ts";

/** Who is signed in, as the server says (`GET /api/me`). */
export interface Viewer {
  userId: string;
  personId: string;
  role: "person" | "clinician";
}
export interface Me {
  mode: "personal" | "accounts";
  viewer: Viewer | null;
}
export interface Share {
  id: string;
  clinician: { name: string; email: string };
  since: string;
  revokedAt: string | null;
}
export interface AccessLogEntry {
  id: string;
  at: string;
  purpose: string;
  clinician: { name: string; email: string };
}
export interface SharedPerson {
  personId: string;
  name: string;
  since: string;
}

/** Every write is JSON, as the server's request guard requires (a defence against other sites' forms). */
const send =
  (method: string, path: string, body: unknown = {}) =>
  () =>
    fetch(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
const get = (path: string) => () => fetch(path, { credentials: "same-origin" });

export const getMe = () => callApi<Me>(get("/api/me"));
export const signUp = (input: { name: string; email: string; password: string; role: "person" | "clinician" }) =>
  callApi<unknown>(send("POST", "/api/auth/sign-up/email", input));
export const signIn = (input: { email: string; password: string }) => callApi<unknown>(send("POST", "/api/auth/sign-in/email", input));
export const signOut = () => callApi<unknown>(send("POST", "/api/auth/sign-out"));
export const signOutEverywhere = () => callApi<unknown>(send("POST", "/api/auth/revoke-sessions"));
export const listShares = () => callApi<{ shares: Share[] }>(get("/api/shares"));
export const createInvite = () => callApi<{ code: string; expiresAt: string }>(send("POST", "/api/shares/invites"));
export const acceptInvite = (code: string) => callApi<{ personId: string; name: string }>(send("POST", "/api/shares/accept", { code }));
export const revokeShare = (id: string) =>
  callApi<null>(async () => {
    const response = await send("DELETE", `/api/shares/${encodeURIComponent(id)}`)();
    // 204 has no body: answer an empty JSON so callApi can read it.
    return response.status === 204 ? new Response("null", { status: 200 }) : response;
  });
export const accessLog = () => callApi<{ entries: AccessLogEntry[] }>(get("/api/access-log"));
export const sharedPeople = () => callApi<{ people: SharedPerson[] }>(get("/api/shares/people"));
