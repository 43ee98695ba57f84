import type { InferResponseType } from "hono/client";
import { answer, api, postOutsideContract, SAYS_JSON } from "./client.ts";

/** The server's mode (personal or accounts) and who is signed in, or null (`GET /api/me`). */
export type Me = InferResponseType<typeof api.api.me.$get, 200>;

/** Who is signed in: their account, the person whose diary they own, and their role. */
export type Viewer = NonNullable<Me["viewer"]>;

/** A clinician the person shares (or shared) their records with. */
export type Share = InferResponseType<typeof api.api.shares.$get, 200>["shares"][number];

/** One time a clinician opened the person's records. */
export type AccessLogEntry = InferResponseType<(typeof api.api)["access-log"]["$get"], 200>["entries"][number];

/** A person who shares their records with the signed-in clinician. */
export type SharedPerson = InferResponseType<typeof api.api.shares.people.$get, 200>["people"][number];

export const getMe = () => answer(() => api.api.me.$get());

export const signUp = (input: { name: string; email: string; password: string; role: "person" | "clinician" }) =>
  postOutsideContract("/api/auth/sign-up/email", input);
export const signIn = (input: { email: string; password: string }) => postOutsideContract("/api/auth/sign-in/email", input);
export const signOut = () => postOutsideContract("/api/auth/sign-out");
export const signOutEverywhere = () => postOutsideContract("/api/auth/revoke-sessions");

export const listShares = () => answer(() => api.api.shares.$get());
export const createInvite = () => answer(() => api.api.shares.invites.$post({}, SAYS_JSON));
export const acceptInvite = (code: string) => answer(() => api.api.shares.accept.$post({ json: { code } }));
export async function revokeShare(id: string): Promise<void> {
  await answer(() => api.api.shares[":id"].$delete({ param: { id } }, SAYS_JSON));
}
export const accessLog = () => answer(() => api.api["access-log"].$get());
export const sharedPeople = () => answer(() => api.api.shares.people.$get());
