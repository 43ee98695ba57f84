import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestGuard, type AccessOptions } from "./guard.ts";

/** A tiny app behind the guard whose routes count how often they ran: a refused request must never reach one. */
function guarded(options: AccessOptions = { port: 3000 }) {
  const ran: string[] = [];
  const app = new Hono().use("*", requestGuard(options));
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
    app.on(method, "/api/thing", (c) => (ran.push(method), c.json({ ok: true })));
  }
  const send = async (method: string, headers: Record<string, string>) => {
    const response = await app.request("/api/thing", { method, headers });
    return { status: response.status, body: (await response.json()) as { error?: { message: string; field?: string } } };
  };
  return { ran, send };
}

const JSON_WRITE = { "content-type": "application/json" };

describe("the API's request guard", () => {
  it("answers only to the loopback names with the server's port, and the public origin's host", async () => {
    const { ran, send } = guarded({ port: 3000, publicOrigin: "https://unknot.example.org" });
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "LocalHost:3000", "unknot.example.org"]) {
      expect((await send("GET", { host })).status, host).toBe(200);
    }
    for (const host of ["attacker.test:3000", "attacker.test", "127.0.0.1:3001", "127.0.0.1", "localhost.attacker.test:3000"]) {
      const refused = await send("GET", { host });
      expect(refused.status, host).toBe(421);
      expect(refused.body.error).toMatchObject({ field: "Host", message: expect.stringContaining(host.toLowerCase()) });
    }
    expect(ran).toHaveLength(5);
  });

  it("takes a loopback name without a port when the server is on port 80", async () => {
    const { send } = guarded({ port: 80 });
    expect((await send("GET", { host: "localhost" })).status).toBe(200);
    expect((await send("GET", { host: "localhost:80" })).status).toBe(200);
    expect((await send("GET", { host: "localhost:3000" })).status).toBe(421);
  });

  it("refuses what another site's page sent (Sec-Fetch-Site or Origin), reads included", async () => {
    const { ran, send } = guarded({ port: 3000, publicOrigin: "https://unknot.example.org" });
    for (const site of ["cross-site", "same-site"]) {
      const refused = await send("GET", { "sec-fetch-site": site });
      expect(refused.status).toBe(403);
      expect(refused.body.error?.field).toBe("Sec-Fetch-Site");
    }
    for (const origin of ["https://some.site", "http://127.0.0.1:3001", "http://localhost:3932", "null"]) {
      expect((await send("GET", { origin })).status, origin).toBe(403);
      expect((await send("POST", { origin, ...JSON_WRITE })).body.error?.field, origin).toBe("Origin");
    }
    expect(ran).toEqual([]);
    expect((await send("GET", { "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" })).status).toBe(200);
    expect((await send("GET", { "sec-fetch-site": "none" })).status).toBe(200);
    expect((await send("POST", { origin: "https://unknot.example.org", ...JSON_WRITE })).status).toBe(200);
    expect((await send("DELETE", { origin: "http://localhost:3000", ...JSON_WRITE })).status).toBe(200);
  });

  it("lets requests without Origin or Sec-Fetch-Site through: the CLI, curl and scripts", async () => {
    const { ran, send } = guarded();
    expect((await send("GET", {})).status).toBe(200);
    expect((await send("POST", JSON_WRITE)).status).toBe(200);
    expect(ran).toEqual(["GET", "POST"]);
  });

  it("refuses a write that is not sent as application/json with 415 naming the header", async () => {
    const { ran, send } = guarded();
    for (const type of [
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "",
    ]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const refused = await send(method, type ? { "content-type": type } : {});
        expect(refused.status, `${method} ${type}`).toBe(415);
        expect(refused.body.error).toEqual({ field: "Content-Type", message: expect.stringMatching(/^Content-Type: .*application\/json/) });
      }
    }
    expect(ran).toEqual([]);
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"]) {
      expect((await send("PUT", { "content-type": type })).status, type).toBe(200);
    }
  });
});

describe("the request guard over a real socket", () => {
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    const app = new Hono().use("*", requestGuard({ port: 1 })).get("/api/thing", (c) => c.json({ ok: true }));
    server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = (host: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/api/thing", headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });

  it("checks the Host against the port the request arrived on (so PORT=0 works)", async () => {
    expect(await get(`127.0.0.1:${port}`)).toBe(200);
    expect(await get(`localhost:${port}`)).toBe(200);
    expect(await get("127.0.0.1:1")).toBe(421);
    expect(await get(`rebound.attacker.test:${port}`)).toBe(421);
  });
});
