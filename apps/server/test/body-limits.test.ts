import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { openTestSqlite, type TestStore } from "@unknot/storage/testing";
import { prepareStore } from "@unknot/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { MAX_BACKUP_BYTES, MAX_BODY_BYTES } from "../src/http/body.ts";
import { sessionBody } from "./server-process.ts";

/** Sends `body` over a real socket: in chunks with no length, or whole under the declared `contentLength`. */
function send(port: number, path: string, body: string, contentLength?: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (contentLength !== undefined) headers["content-length"] = contentLength;
    const req = request({ host: "127.0.0.1", port, path, method: "POST", headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    if (contentLength === undefined) for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024));
    req.end(contentLength === undefined ? undefined : body);
  });
}

describe("request bodies over a real socket", () => {
  let test: TestStore;
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    test = openTestSqlite();
    await prepareStore(test.store, "2026-11-20T08:00:00Z");
    server = serve({ fetch: createApp({ store: test.store, dataDir: test.dataDir }).fetch, hostname: "127.0.0.1", port: 0 });
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await test.close();
  });

  it("stores an entry sent in chunks, and one sent with its length", async () => {
    const body = JSON.stringify(sessionBody("2026-11-20T08:00:00+00:00", "chunked ✓"));
    const chunked = await send(port, "/api/sessions", body);
    expect(chunked.status).toBe(201);
    expect(JSON.parse(chunked.text)).toMatchObject({ notes: "chunked ✓" });
    expect((await send(port, "/api/sessions", body, Buffer.byteLength(body))).status).toBe(201);
  });

  it("refuses an entry over 1 MiB with 413 whether or not it declares its length, and stores nothing", async () => {
    const huge = JSON.stringify({ ...sessionBody("2026-11-20T08:00:00+00:00", "x".repeat(MAX_BODY_BYTES)) });
    const chunked = await send(port, "/api/sessions", huge);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.text)).toEqual({ error: { message: `The request body is larger than ${MAX_BODY_BYTES} bytes.` } });
    expect((await send(port, "/api/sessions", huge, Buffer.byteLength(huge))).status).toBe(413);
    const list = (await (await fetch(`http://127.0.0.1:${port}/api/sessions?limit=500`)).json()) as { items: { notes?: string }[] };
    expect(list.items.every((item) => item.notes?.startsWith("x") !== true)).toBe(true);
  });

  it("takes a backup larger than 1 MiB, and refuses one declared larger than the backup limit", async () => {
    const backup = (await (await fetch(`http://127.0.0.1:${port}/api/export?format=json`)).text()).replace(
      "{",
      `{${" ".repeat(2 * MAX_BODY_BYTES)}`,
    );
    const restored = await send(port, "/api/import?replace=true", backup);
    expect(restored.status).toBe(200);
    expect(JSON.parse(restored.text)).toMatchObject({ imported: { sessions: 2 } });
    expect((await send(port, "/api/import?replace=true", "{}", MAX_BACKUP_BYTES + 1)).status).toBe(413);
  });
});
