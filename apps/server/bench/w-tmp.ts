import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlite, prepareStore } from "@unknot/storage";
import { createApp } from "../src/app.ts";
import { sessionBody } from "../test/server-process.ts";
const store = openSqlite(mkdtempSync(join(tmpdir(), "w-")));
await prepareStore(store, new Date().toISOString());
const app = createApp({ store });
const text = JSON.stringify(sessionBody("2026-11-22T09:00:00+00:00", "bench"));
for (const conc of [1, 10]) {
  const t = performance.now();
  let n = 0;
  await Promise.all(
    Array.from({ length: conc }, async () => {
      while (performance.now() - t < 3000) {
        await app.request("/api/sessions", { method: "POST", body: text, headers: { "content-type": "application/json" } });
        n++;
      }
    }),
  );
  console.log(`concurrency ${conc}: ${Math.round(n / 3)} writes/s in-process`);
}
const t2 = performance.now();
let m = 0;
while (performance.now() - t2 < 2000) {
  await app.request("/api/sessions?from=2025-01-01&to=2026-12-31&limit=50");
  m++;
}
console.log(`history list: ${((performance.now() - t2) / m).toFixed(2)} ms each`);
