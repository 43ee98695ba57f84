// The answers a person gave on /find, kept on this device until the diary has them (and a little after, for the
// home page's "your last search" when offline). Pure bookkeeping over local storage: sending is answers-outbox.ts.
import type { AssessmentInput } from "@unknot/core/diary";
import { isRecord, STORAGE_KEYS, storedItem } from "../../storage/browser-storage.ts";
import type { FindState, PressAnswer } from "../find-query.ts";
/** Searches kept once the diary has them all: enough for "your last search", small enough to never matter. */
const KEEP_SYNCED = 10;
/** The same drawing and answers within this time are one search (a reload, a re-render, coming back to the page). */
const SAME_SEARCH_MS = 24 * 60 * 60 * 1000;

/** One press-test answer; `result: null` is an answer taken back, to delete from the diary. */
export interface RecordedTest {
  triggerPoint: string;
  result: PressAnswer | null;
  recordedAt: string;
  /** The diary's id, once saved. */
  id?: string;
  synced: boolean;
}

/** One search: the screening answers and drawing as an assessment, with its press tests. */
export interface RecordedSearch {
  localId: string;
  key: string;
  input: AssessmentInput;
  /** The first candidate's name as the results last showed it, for "your last search". */
  first?: string;
  /** The diary's id, once saved. */
  assessmentId?: string;
  /** The diary refused it (bad input): sending it again cannot help. */
  refused?: boolean;
  tests: RecordedTest[];
}

/** The drawing and screening answers of a state, written the same way whatever their order. */
export function searchKey(state: FindState): string {
  const pain = [...state.pain].sort((a, b) => a.region.localeCompare(b.region)).map((m) => `${m.region}:${m.intensity}`);
  return JSON.stringify([pain, [...state.symptoms].sort(), [...(state.flags ?? [])].sort(), state.age ?? null, state.weeks ?? null]);
}

/** Whether a stored entry has a search's shape (the home page reads these, so no schema library is loaded here). */
function isRecordedSearch(value: unknown): value is RecordedSearch {
  if (!isRecord(value) || typeof value.localId !== "string" || typeof value.key !== "string") return false;
  return (
    isRecord(value.input) &&
    Array.isArray(value.tests) &&
    value.tests.every((test) => isRecord(test) && typeof test.triggerPoint === "string")
  );
}

/** The kept searches; an entry that no longer reads as one is left out, without losing the others. */
const kept = storedItem("local", STORAGE_KEYS.answers, (value) => (Array.isArray(value) ? value.filter(isRecordedSearch) : undefined));

export function readSearches(): RecordedSearch[] {
  return kept.read() ?? [];
}

function isSettled(search: RecordedSearch): boolean {
  return Boolean(search.refused || (search.assessmentId && search.tests.every((t) => t.synced)));
}

/** Writes the searches, keeping every one still to send and the newest settled ones. */
function writeSearches(searches: readonly RecordedSearch[]): void {
  const settled = searches.filter(isSettled).slice(-KEEP_SYNCED);
  const keeping = searches.filter((s) => !isSettled(s) || settled.includes(s));
  // Storage full or blocked (private mode): the answers still reach the diary when online.
  if (keeping.length === 0) kept.remove();
  else kept.write(keeping);
}

/** Changes one search in place, reading the store afresh so changes made meanwhile are kept. */
export function updateSearch(localId: string, change: (search: RecordedSearch) => RecordedSearch): void {
  writeSearches(readSearches().map((s) => (s.localId === localId ? change(s) : s)));
}

function newLocalId(now: Date): string {
  return `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The recent search with these answers, or a new one: one assessment per distinct drawing and answers a day. */
export function ensureSearch(state: FindState, details: { input: AssessmentInput; first?: string | undefined }, now: Date) {
  const key = searchKey(state);
  const searches = readSearches();
  const recent = searches.findLast((s) => s.key === key && now.getTime() - Date.parse(s.input.createdAt) < SAME_SEARCH_MS);
  if (recent) {
    // The first candidate follows the press tests answered since.
    if (recent.first !== details.first)
      updateSearch(recent.localId, ({ first: _earlier, ...s }) => ({ ...s, ...(details.first ? { first: details.first } : {}) }));
    return recent;
  }
  const { first, ...rest } = details;
  const search: RecordedSearch = { localId: newLocalId(now), key, ...rest, ...(first ? { first } : {}), tests: [] };
  writeSearches([...searches, search]);
  return search;
}

/**
 * Keeps a search the diary already has (made on another device, or before this device's store was cleared), so
 * opening its results again adds press tests to it rather than a second assessment.
 */
export function adoptSearch(state: FindState, details: { input: AssessmentInput; first?: string | undefined }, assessmentId: string): void {
  const searches = readSearches();
  if (searches.some((s) => s.assessmentId === assessmentId)) return;
  const { input, first } = details;
  const search: RecordedSearch = { localId: `diary-${assessmentId}`, key: searchKey(state), input, assessmentId, tests: [] };
  writeSearches([...searches, first ? { ...search, first } : search]);
}

/** Notes a press-test answer (or its withdrawal, `undefined`) on a search, to send to the diary. */
export function noteTest(localId: string, triggerPoint: string, result: PressAnswer | undefined, recordedAt: string): void {
  updateSearch(localId, (search) => {
    const earlier = search.tests.find((t) => t.triggerPoint === triggerPoint);
    const test: RecordedTest = {
      triggerPoint,
      result: result ?? null,
      recordedAt,
      synced: false,
      ...(earlier?.id ? { id: earlier.id } : {}),
    };
    return { ...search, tests: [...search.tests.filter((t) => t.triggerPoint !== triggerPoint), test] };
  });
}

/** The newest search on this device, if any. */
export function latestLocalSearch(): RecordedSearch | undefined {
  return readSearches()
    .filter((s) => !s.refused)
    .sort((a, b) => Date.parse(a.input.createdAt) - Date.parse(b.input.createdAt))
    .at(-1);
}

/** How many searches still wait to be sent. */
export function pendingSearches(): number {
  return readSearches().filter((s) => !isSettled(s)).length;
}
