import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountsApp, cookieOf } from "./test-accounts.ts";
import { accountsDb } from "./tables.ts";
import { SIGN_IN_PER_MINUTE } from "./better-auth.ts";

describe("accounts and sharing on SQLite", () => {
  let test: TestStore;
  let setup: Awaited<ReturnType<typeof accountsApp>>;
  beforeAll(async () => {
    test = openTestSqlite();
    setup = await accountsApp(test);
  });
  afterAll(async () => test?.close());

  it("sets an httpOnly, SameSite=Lax session cookie, keeps the token out of the body, and hashes the password with scrypt", async () => {
    const answer = await setup.request("POST", "/api/auth/sign-up/email", {
      name: "Ana",
      email: "ana@example.org",
      password: "a long passphrase",
    });
    expect(answer.status).toBe(200);
    expect(answer.setCookie).toMatch(/HttpOnly/);
    expect(answer.setCookie).toMatch(/SameSite=Lax/);
    expect(answer.setCookie).not.toMatch(/Secure/); // http://127.0.0.1: a Secure cookie would never come back
    expect(JSON.stringify(answer.body)).not.toMatch(/token/);
    const stored = await accountsDb(test.store)
      .selectFrom("auth_accounts")
      .select("password")
      .where("provider_id", "=", "credential")
      .execute();
    for (const { password } of stored) {
      expect(password).not.toContain("a long passphrase");
      expect(password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // better-auth's scrypt: salt:key
    }
  });

  it("makes the cookie Secure (with the __Secure- prefix) when the public origin is https", async () => {
    const other = openTestSqlite();
    try {
      const https = await accountsApp(other, "https://unknot.example.org");
      const answer = await https.request("POST", "/api/auth/sign-up/email", {
        name: "Sec",
        email: "sec@example.org",
        password: "a long passphrase",
      });
      expect(answer.status).toBe(200);
      expect(answer.setCookie).toMatch(/^__Secure-better-auth\.session_token=[^;]+;.*Secure/);
      expect(answer.setCookie).toMatch(/HttpOnly/);
      const cookie = cookieOf(answer.setCookie!);
      expect((await https.request("GET", "/api/me", undefined, cookie)).body).toMatchObject({
        mode: "accounts",
        viewer: { role: "person" },
      });
    } finally {
      await other.close();
    }
  });

  it("answers bad sign-up and sign-in input with 400 naming the field, and a taken email naming email", async () => {
    const bad = await setup.request("POST", "/api/auth/sign-up/email", { name: "B", email: "not-an-email", password: "a long passphrase" });
    expect(bad).toMatchObject({ status: 400, body: { error: { field: "email" } } });
    const short = await setup.request("POST", "/api/auth/sign-up/email", { name: "B", email: "b@example.org", password: "short" });
    expect(short).toMatchObject({ status: 400, body: { error: { field: "password" } } });
    const role = await setup.request("POST", "/api/auth/sign-up/email", {
      name: "B",
      email: "b@example.org",
      password: "a long passphrase",
      role: "admin",
    });
    expect(role).toMatchObject({ status: 400, body: { error: { field: "role" } } });
    const taken = await setup.request("POST", "/api/auth/sign-up/email", {
      name: "A2",
      email: "ana@example.org",
      password: "a long passphrase",
    });
    expect(taken.status).toBe(422);
    expect(taken.body).toMatchObject({ error: { field: "email" } });
    const wrong = await setup.request("POST", "/api/auth/sign-in/email", { email: "ana@example.org", password: "not the passphrase" });
    expect(wrong).toMatchObject({ status: 401, body: { error: { field: "password" } } });
  });

  it("shares with a clinician through a one-use code, shows who has access and the access log, and revokes at once", async () => {
    const person = await setup.signUp("person", "Pat");
    const clinician = await setup.signUp("clinician", "Dr Lee");
    const late = await setup.signUp("clinician", "Dr Late");
    const me = (await person.call("GET", "/api/me")).body as { viewer: { personId: string } };
    const personId = me.viewer.personId;

    expect((await clinician.call("GET", `/api/people/${personId}`)).status).toBe(404);
    const invite = (await person.call("POST", "/api/shares/invites")).body as { code: string; expiresAt: string };
    expect(invite.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(Date.parse(invite.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect((await person.call("POST", "/api/shares/accept", { code: invite.code })).status).toBe(403); // people cannot accept
    const accepted = await clinician.call("POST", "/api/shares/accept", { code: invite.code.toLowerCase().replace(/-/g, " ") });
    expect(accepted).toMatchObject({ status: 201, body: { personId, name: "Pat" } });
    expect((await late.call("POST", "/api/shares/accept", { code: invite.code })).status).toBe(404); // one use

    expect((await clinician.call("GET", `/api/people/${personId}`)).body).toMatchObject({ name: "Pat", access: "clinician" });
    expect((await clinician.call("GET", "/api/shares/people")).body).toMatchObject({ people: [{ personId, name: "Pat" }] });
    const shares = (await person.call("GET", "/api/shares")).body as {
      shares: { id: string; clinician: { name: string }; revokedAt: null }[];
    };
    expect(shares.shares).toMatchObject([{ clinician: { name: "Dr Lee" }, revokedAt: null }]);
    const log = (await person.call("GET", "/api/access-log")).body as { entries: { clinician: { name: string }; purpose: string }[] };
    expect(log.entries).toMatchObject([{ clinician: { name: "Dr Lee" }, purpose: "opened your summary" }]);

    expect((await person.call("DELETE", `/api/shares/${shares.shares[0]!.id}`)).status).toBe(204);
    expect((await clinician.call("GET", `/api/people/${personId}`)).status).toBe(404);
    expect((await clinician.call("GET", "/api/shares/people")).body).toEqual({ people: [] });
    expect(((await person.call("GET", "/api/access-log")).body as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it("refuses an expired code, and offers no way to edit or delete the access log", async () => {
    const person = await setup.signUp("person");
    const clinician = await setup.signUp("clinician");
    const { code } = (await person.call("POST", "/api/shares/invites")).body as { code: string };
    await accountsDb(test.store)
      .updateTable("share_invites")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect((await clinician.call("POST", "/api/shares/accept", { code })).status).toBe(404);
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect((await person.call(method, "/api/access-log", {})).status).toBe(404);
  });

  it("signs out everywhere: every session of the account stops working", async () => {
    const first = await setup.signUp("person");
    const again = await setup.request("POST", "/api/auth/sign-in/email", { email: first.email, password: "correct horse battery" });
    const second = setup.clientFor(first.email, cookieOf(again.setCookie!));
    expect((await second.call("GET", "/api/sessions")).status).toBe(200);
    expect((await first.call("POST", "/api/auth/revoke-sessions", {})).status).toBe(200);
    expect((await first.call("GET", "/api/sessions")).status).toBe(401);
    expect((await second.call("GET", "/api/sessions")).status).toBe(401);
  });

  it("limits sign-in attempts per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await setup.request("POST", "/api/auth/sign-in/email", { email: "nobody@example.org", password: "guess number " + i })).status,
      );
    }
    // Earlier tests of this file signed in from the same address within the minute: those count too.
    const firstRefused = statuses.indexOf(429);
    expect(firstRefused).toBeGreaterThan(-1);
    expect(firstRefused).toBeLessThanOrEqual(SIGN_IN_PER_MINUTE);
    expect(statuses.slice(0, firstRefused).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(firstRefused).every((status) => status === 429)).toBe(true);
  });

  it("logs neither passwords, session tokens nor health data while signing up, in and using the diary", async () => {
    const lines: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))),
    );
    try {
      const client = await setup.signUp("person", "Logan");
      await client.call("POST", "/api/check-ins", {
        recordedAt: "2026-11-20T08:00:00Z",
        ratings: [{ region: "temple-left", intensity: 6 }],
        notes: "migraine-note-91",
      });
      await setup.request("POST", "/api/auth/sign-in/email", { email: client.email, password: "wrong-password-55" });
      await client.call("GET", "/api/export?format=json");
      const text = lines.join("\n");
      for (const secret of [
        "correct horse battery",
        "wrong-password-55",
        "migraine-note-91",
        client.cookie.split("=")[1]!.slice(0, 20),
        client.email,
      ]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
