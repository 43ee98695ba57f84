import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Everything a command reads from or writes to the world outside: the streams and the environment.
 * The real `unknot` uses the process's own (`processIo`); tests run the same program in process
 * with text buffers and an environment of their own (see `runCli` in run.ts).
 */
export interface CliIo {
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
  readIn: () => Promise<string>;
  /** The environment variables commands read; the process's own when absent (only env.ts reads them). */
  env?: Readonly<Record<string, string | undefined>>;
  /** How wide help may be printed; undefined lets commander use its default of 80 columns. */
  helpWidth?: number;
}

/**
 * Raised by `writeOutput` once whoever reads stdout has gone, as in `unknot export | head`: the
 * command stops there and `main` ends quietly, as command-line tools do when their reader leaves.
 */
export class OutputClosed extends Error {
  constructor() {
    super("standard output was closed");
  }
}

let stdoutClosed = false;
let watchingStdout = false;

/**
 * A closed pipe is reported as an `error` event after the write that hit it; unhandled, Node prints
 * a stack trace. Note it instead, so the next write stops the command. Any other write error is
 * reported in one line and fails the command.
 */
function watchStdout(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code === "EPIPE") return;
    process.stderr.write(`unknot: cannot write to standard output: ${error.message}\n`);
    process.exitCode = 1;
  });
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The process's own streams and environment: what the `unknot` executable runs with. */
export const processIo: CliIo = {
  writeOut: (text) => {
    watchStdout();
    if (stdoutClosed) throw new OutputClosed();
    process.stdout.write(text);
  },
  writeErr: (text) => void process.stderr.write(text),
  readIn: readProcessStdin,
  ...(process.stdout.isTTY ? { helpWidth: process.stdout.columns } : {}),
};

const running = new AsyncLocalStorage<CliIo>();

/** Runs `work` with `io` as the streams and environment of every command it calls. */
export function withIo<T>(io: CliIo, work: () => T): T {
  return running.run(io, work);
}

/** The streams and environment of the command running now (the process's own outside `withIo`). */
export function currentIo(): CliIo {
  return running.getStore() ?? processIo;
}
