// `npm run bench:api`: autocannon against the real server on loopback. Prints session writes/s,
// history read p50/p99 with 100,000 stored sessions, export time of that whole diary, and memory —
// on SQLite, and on PostgreSQL beside it when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { sessionBody, startServer, type ServerProcess } from "../test/server-process.ts";

const SEED_SCRIPT = fileURLToPath(new URL("./seed-process.ts", import.meta.url));
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;

interface Figures {
  engine: string;
  writesPerSecond: number;
  historyP50: number;
  historyP99: number;
  historyPerSecond: number;
  historyLoadedP99: number;
  exportSeconds: number | undefined;
  exportBytes: number | undefined;
  rssMb: number;
  peakRssMb: number;
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** One load run; refuses to report figures made of error answers (a 415 from the guard counts as fast too). */
async function load(options: autocannon.Options): Promise<autocannon.Result> {
  const result = await autocannon({ connections: 10, duration: SECONDS, ...options });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${options.method ?? "GET"} ${options.url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return result;
}

async function measure(engine: string, env: Record<string, string>): Promise<Figures> {
  console.log(`[${engine}] seeding ${SESSIONS.toLocaleString()} sessions…`);
  // In a process of its own, so that this one (the load generator) starts with a clean heap; then
  // `sync`, so the kernel is not still writing the seed out while the writes are measured.
  execFileSync(process.execPath, ["--import", "tsx", SEED_SCRIPT, String(SESSIONS)], { env: { ...process.env, ...env }, stdio: "inherit" });
  execFileSync("sync");
  const server: ServerProcess = await startServer(env);
  try {
    const write = {
      url: `${server.url}/api/sessions`,
      method: "POST" as const,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(sessionBody("2026-11-22T09:00:00+00:00", "bench")),
    };
    const historyUrl = `${server.url}/api/sessions?from=2025-01-01&to=2026-11-30&region=heel-left&limit=50`;
    // A server runs for days: measure it warm (code compiled, caches filled), not in its first second.
    // Reads and the export first, so they see exactly the seeded diary; the writes then add to it.
    await load({ url: historyUrl, duration: WARM_UP_SECONDS });
    // Latency as one person's app sees it (one client at a time); throughput with ten clients at once.
    const history = await load({ url: historyUrl, connections: 1 });
    const historyLoaded = await load({ url: historyUrl });
    const exported = await timeExport(server.url);
    await load({ ...write, duration: WARM_UP_SECONDS });
    const writes = await load(write);
    const memory = memoryOf(server.child.pid ?? 0);
    return {
      engine,
      writesPerSecond: Math.round(writes.requests.average),
      historyP50: history.latency.p50,
      historyP99: history.latency.p99,
      historyPerSecond: Math.round(historyLoaded.requests.average),
      historyLoadedP99: historyLoaded.latency.p99,
      exportSeconds: exported?.seconds,
      exportBytes: exported?.bytes,
      rssMb: Math.round(memory.rss),
      peakRssMb: Math.round(memory.peak),
    };
  } finally {
    await server.kill("SIGTERM");
  }
}

/** Downloads the whole diary as a JSON backup and times it. */
async function timeExport(url: string): Promise<{ seconds: number; bytes: number } | undefined> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${url}/api/export?format=json`);
  if (!response.ok) return undefined;
  const bytes = (await response.arrayBuffer()).byteLength;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes };
}

async function withPostgresDatabase<T>(url: string, work: (dbUrl: string) => Promise<T>): Promise<T> {
  const name = `unknot_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  try {
    return await work(dbUrl.toString());
  } finally {
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  }
}

const results: Figures[] = [];
const dataDir = mkdtempSync(join(tmpdir(), "unknot-bench-"));
try {
  results.push(await measure("sqlite", { UNKNOT_DATA_DIR: dataDir, DATABASE_URL: "" }));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) results.push(await withPostgresDatabase(pgUrl, (url) => measure("postgres", { DATABASE_URL: url })));
else console.log("PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to measure it too)");

console.log(
  `\nsessions stored: ${SESSIONS.toLocaleString()} (history and export are measured on them before the writes), ${SECONDS} s per load after ${WARM_UP_SECONDS} s to warm up, 10 connections`,
);
for (const f of results) {
  console.log(
    `${f.engine.padEnd(8)} writes ${f.writesPerSecond}/s · history p50 ${f.historyP50} ms p99 ${f.historyP99} ms (1 client; 10 clients: ${f.historyPerSecond} req/s, p99 ${f.historyLoadedP99} ms) · ` +
      `export ${f.exportSeconds === undefined ? "n/a" : `${f.exportSeconds.toFixed(2)} s (${((f.exportBytes ?? 0) / 1e6).toFixed(1)} MB)`} · RSS ${f.rssMb} MB (peak ${f.peakRssMb} MB)`,
  );
}
