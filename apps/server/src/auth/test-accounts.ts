import { prepareStore } from "@unknot/storage";
import type { TestStore } from "@unknot/storage/testing";
import { createApp } from "../app.ts";
import { createAuth } from "./better-auth.ts";

/** A signed-in test client: its cookie, and calls that send it. */
export interface Client {
  cookie: string;
  email: string;
  call: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;
}

/** An accounts-mode app over a prepared test store (the app's own requests: JSON writes, same-origin). */
export async function accountsApp(test: TestStore, publicOrigin?: string) {
  await prepareStore(test.store, new Date().toISOString());
  const auth = await createAuth(test.store, { publicOrigin });
  const app = createApp({ store: test.store, dataDir: test.dataDir, auth, access: { port: 3000, publicOrigin } });
  const host = publicOrigin ? new URL(publicOrigin).host : "127.0.0.1:3000";
  const request = async (method: string, path: string, body?: unknown, cookie?: string) => {
    const headers: Record<string, string> = { host };
    if (method !== "GET") headers["content-type"] = "application/json";
    if (cookie) headers.cookie = cookie;
    const response = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      // a CSV or other text body stays text
    }
    return { status: response.status, body: parsed, setCookie: response.headers.get("set-cookie") };
  };
  let count = 0;
  /** Signs up a new account (a unique email each time) and returns a client holding its session cookie. */
  const signUp = async (role: "person" | "clinician", name = role === "person" ? "Pat Person" : "Dr Clin") => {
    const email = `${role}-${++count}-${Date.now()}@example.org`;
    const answer = await request("POST", "/api/auth/sign-up/email", { name, email, password: "correct horse battery", role });
    if (answer.status !== 200 || !answer.setCookie) throw new Error(`sign-up failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return clientFor(email, cookieOf(answer.setCookie));
  };
  const clientFor = (email: string, cookie: string): Client => ({
    cookie,
    email,
    call: async (method, path, body) => {
      const { status, body: answer } = await request(method, path, body, cookie);
      return { status, body: answer };
    },
  });
  return { app, auth, request, signUp, clientFor };
}

/** The `name=value` pair of a Set-Cookie header, as a browser would send it back. */
export function cookieOf(setCookie: string): string {
  return setCookie
    .split(/,(?=\s*[\w.-]+=)/)
    .map((part) => part.split(";")[0]!.trim())
    .filter((pair) => pair.includes("session_token"))
    .join("; ");
}
