import { distance } from "fastest-levenshtein";

/** Text as ids are written: lower case, words joined by single hyphens (`Upper Trapezius` → `upper-trapezius`). */
export function normaliseId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-");
}

/** How many typing errors a word of this length may hold and still be recognised. */
function typosAllowed(length: number): number {
  if (length <= 4) return 1;
  return length <= 8 ? 2 : 3;
}

/**
 * How close `id` is to what was typed; lower is closer, undefined when it is not worth suggesting.
 * An id that starts with the input scores best (`temple` → `temple-left`), then an id holding the
 * same words in another order (`left-temple`), then ids a few typing errors away, whole or at the
 * start (`bicepz` → `biceps-brachii`).
 */
function closeness(typed: string, id: string): number | undefined {
  if (typed.length >= 2 && id.startsWith(typed)) return 0;
  const typedWords = typed.split("-");
  const words = new Set(id.split("-"));
  if (typedWords.length > 1 && typedWords.every((word) => words.has(word))) return 0.5;
  const typos = Math.min(distance(typed, id), distance(typed, id.slice(0, typed.length)) + 0.5);
  return typos <= typosAllowed(typed.length) ? 1 + typos : undefined;
}

/** The known ids a person most likely meant by `input`, best first, at most `limit`; none when nothing is close. */
export function suggestIds(input: string, ids: readonly string[], limit = 3): string[] {
  const typed = normaliseId(input);
  if (typed === "") return [];
  return ids
    .map((id, order) => ({ id, order, score: closeness(typed, id) }))
    .filter((c): c is { id: string; order: number; score: number } => c.score !== undefined)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.id);
}

/** `did you mean temple-left or temple-right?` for an unknown `input`, or undefined when no id is close. */
export function didYouMean(input: string, ids: readonly string[]): string | undefined {
  const suggestions = suggestIds(input, ids);
  if (suggestions.length === 0) return undefined;
  const last = suggestions.at(-1);
  const list = suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(", ")} or ${last}`;
  return `did you mean ${list}?`;
}
