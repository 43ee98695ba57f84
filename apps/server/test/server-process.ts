import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

/** A real server process on a free loopback port. */
export interface ServerProcess {
  child: ChildProcess;
  url: string;
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/** Starts `main.ts` as its own process (PORT=0) and resolves once it prints its address. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const exited = new Promise<void>((done) => child.once("exit", () => done()));
      resolve({ child, url: match[1], kill: async (signal) => void (child.kill(signal), await exited) });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/** A valid session body for `startedAt`, tagged with `tag` in its notes. */
export function sessionBody(startedAt: string, tag: string) {
  return {
    startedAt,
    points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
    painBefore: [{ region: "heel-left", intensity: 6 }],
    painAfter: [{ region: "heel-left", intensity: 4 }],
    notes: tag,
  };
}

/** POSTs JSON and returns the status and parsed body (undefined when the connection failed). */
export async function postJson(url: string, body: unknown): Promise<{ status: number; json?: { id?: string } } | undefined> {
  try {
    const response = await fetch(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
    return { status: response.status, json: (await response.json()) as { id?: string } };
  } catch {
    return undefined;
  }
}
