import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openTestSqlite } from "@unknot/storage/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { SECURITY_HEADERS } from "./security-headers.ts";

const root = mkdtempSync(join(tmpdir(), "unknot-web-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>Unknot</title><main>prerendered home page</main>");
writeFileSync(join(root, "app.html"), "<!doctype html><title>Unknot</title><main></main>");
writeFileSync(join(root, "assets", "app.js"), "console.log('app')");
writeFileSync(join(root, "assets", "app.js.gz"), gzipSync("console.log('app')"));
writeFileSync(join(tmpdir(), "unknot-secret.txt"), "TOP-SECRET-CONTENT");
const test = openTestSqlite();
const app = createApp({ store: test.store, dataDir: test.dataDir, webRoot: root });
afterAll(async () => {
  await test.close();
  rmSync(root, { recursive: true, force: true });
});

describe("serving the built web app", () => {
  it("serves files, with the gzipped copy when the browser accepts it", async () => {
    const plain = await app.request("/assets/app.js");
    expect(await plain.text()).toBe("console.log('app')");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("cache-control")).toContain("immutable");
    const gzipped = await app.request("/assets/app.js", { headers: { "accept-encoding": "gzip, br" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("content-type")).toContain("text/javascript");
  });

  it("answers page addresses with the app so links can be bookmarked, but a missing file with 404", async () => {
    const page = await app.request("/find?pain=temple-left:7");
    expect(page.status).toBe(200);
    expect(await page.text()).toBe("<!doctype html><title>Unknot</title><main></main>");
    expect(await (await app.request("/")).text()).toContain("prerendered home page");
    expect((await app.request("/assets/missing.js")).status).toBe(404);
    expect((await app.request("/api/missing")).status).toBe(404);
  });

  it("answers page addresses with index.html when the build has no app.html", async () => {
    const older = mkdtempSync(join(tmpdir(), "unknot-web-"));
    writeFileSync(join(older, "index.html"), "<!doctype html><title>Older build</title>");
    try {
      const olderApp = createApp({ store: test.store, dataDir: test.dataDir, webRoot: older });
      expect(await (await olderApp.request("/atlas/trapezius")).text()).toContain("Older build");
    } finally {
      rmSync(older, { recursive: true, force: true });
    }
  });

  it("sends the security headers with pages and with API answers, errors included", async () => {
    for (const path of ["/", "/assets/app.js", "/api/health", "/api/missing"]) {
      const headers = (await app.request(path)).headers;
      for (const [name, value] of SECURITY_HEADERS) expect(headers.get(name), `${path} ${name}`).toBe(value);
    }
    expect(SECURITY_HEADERS.find(([name]) => name === "content-security-policy")?.[1]).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("never serves files outside its folder", async () => {
    const response = await app.request("/..%2funknot-secret.txt");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("TOP-SECRET-CONTENT");
  });
});
