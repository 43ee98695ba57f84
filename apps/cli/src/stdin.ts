import { currentIo } from "./io.ts";

/** Reads all of standard input as text. */
export function readStdin(): Promise<string> {
  return currentIo().readIn();
}
