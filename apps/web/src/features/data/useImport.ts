import { useState } from "react";
import { ApiError, messageOf, importBackup, type ImportResult } from "../../api/index.ts";

/** The largest file read in the browser; the server refuses request bodies over 1 MiB anyway. */
const MAX_FILE_BYTES = 1024 * 1024;

type ImportState =
  | { step: "idle" }
  | { step: "sending"; name: string }
  | { step: "confirm"; name: string; text: string }
  | { step: "done"; result: ImportResult }
  | { step: "failed"; message: string };

/** Reads a chosen backup file and imports it, asking before it replaces a diary that already has records. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ step: "idle" });
  const send = async (name: string, text: string, replace: boolean) => {
    setState({ step: "sending", name });
    try {
      setState({ step: "done", result: await importBackup(text, replace) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setState({ step: "confirm", name, text });
      else setState({ step: "failed", message: `${name} could not be imported. ${messageOf(error)}` });
    }
  };
  const choose = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setState({ step: "failed", message: `${file.name} is larger than 1 MB, which is too large to be an Unknot backup.` });
      return;
    }
    await send(file.name, await file.text(), false);
  };
  return {
    state,
    choose: (file: File) => void choose(file),
    replace: () => state.step === "confirm" && void send(state.name, state.text, true),
    cancel: () => setState({ step: "idle" }),
  };
}
