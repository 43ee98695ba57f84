// Atlas fields are written as whole sentences, but steps put them side by side with words of our
// own; these helpers make every join produce complete sentences (no "lap.. Grip", no lower-case start).

const END = /[.!?]["'’”)\]]?$/;

/** `text` as complete sentences: single-spaced, capitalised, ending with one full stop (or ! or ?). */
export function asSentence(text: string): string {
  const tidy = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s+([.,;:!?])/g, "$1")
    .replace(/\.{2,}/g, ".");
  if (tidy === "") return "";
  const ended = END.test(tidy) ? tidy : `${tidy.replace(/[,;:]+$/, "")}.`;
  return ended.charAt(0).toUpperCase() + ended.slice(1);
}

/** Joins parts into one paragraph of complete sentences, leaving empty parts out. */
export function joinSentences(...parts: readonly string[]): string {
  return parts
    .map(asSentence)
    .filter((part) => part !== "")
    .join(" ");
}

/** The sentences of a paragraph, each complete. A full stop ends a sentence only before a capital or a digit. */
export function splitSentences(text: string): string[] {
  return asSentence(text)
    .split(/(?<=[.!?]["'’”)\]]?)\s+(?=[A-Z0-9"“‘(])/)
    .map(asSentence)
    .filter((sentence) => sentence !== "");
}
