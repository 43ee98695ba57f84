import type { Dose } from "@unknot/core";

/** How each self-treatment method is named on screen: the one method vocabulary, shared with the CLI and exports. */
export { METHOD_LABELS } from "@unknot/core";

/** A dose in words: "Hold for 30 seconds" or "10 slow strokes". */
export function doseWords(dose: Dose): string {
  return dose.kind === "hold" ? `Hold for ${dose.seconds} seconds` : `${dose.count} slow strokes`;
}
