// Sends the answers kept by answers-store.ts to the diary: each search as an assessment, then its press tests
// linked to it. Unreachable server: everything waits for the next try (going online, the next answer, the home page).
import { ApiError, deletePressTest, saveAssessment, savePressTest, updatePressTest } from "../../api/index.ts";
import { readSearches, updateSearch, type RecordedSearch, type RecordedTest } from "./answers-store.ts";

/** Thrown to stop a pass when the server cannot be reached. */
class Unreachable extends Error {}

/** Why a write failed: the server not reached (or failing: worth another try), the record gone, or the input refused. */
function failure(error: unknown): "unreachable" | "refused" | "gone" {
  if (!(error instanceof ApiError)) return "refused";
  if (error.offline || error.status >= 500) return "unreachable";
  return error.status === 404 ? "gone" : "refused";
}

/** Deletes a press test; one already gone is just as deleted. */
async function deleteTest(id: string): Promise<void> {
  try {
    await deletePressTest(id);
  } catch (error) {
    if (failure(error) === "unreachable") throw new Unreachable();
  }
}

function postTest(test: RecordedTest, assessmentId: string, result: NonNullable<RecordedTest["result"]>) {
  const body = { recordedAt: test.recordedAt, triggerPoint: test.triggerPoint, result, assessmentId };
  return savePressTest(body);
}

/** Sends one answer: a new press test, a changed one, or one taken back. Returns the diary's id, if it keeps one. */
async function sendTest(test: RecordedTest, assessmentId: string): Promise<string | undefined> {
  const { id, result } = test;
  if (result === null) {
    if (id) await deleteTest(id);
    return undefined;
  }
  if (!id) return (await postTest(test, assessmentId, result)).id;
  const body = { recordedAt: test.recordedAt, triggerPoint: test.triggerPoint, result, assessmentId };
  try {
    return (await updatePressTest(id, body)).id;
  } catch (error) {
    // Deleted from the diary meanwhile (on another page or device): the answer is still the person's.
    if (failure(error) === "gone") return (await postTest(test, assessmentId, result)).id;
    throw error;
  }
}

/** Marks a sent answer with the diary's id for it (none once deleted), unless the person changed it while it was on its way (then it goes again, to the same id). */
function markSent(search: RecordedSearch, sent: RecordedTest, id: string | undefined): RecordedSearch {
  const tests = search.tests.flatMap((test) => {
    if (test.triggerPoint !== sent.triggerPoint) return [test];
    const unchanged = test.recordedAt === sent.recordedAt && test.result === sent.result;
    if (unchanged && test.result === null) return [];
    const { triggerPoint, result, recordedAt } = test;
    return [{ triggerPoint, result, recordedAt, synced: unchanged, ...(id ? { id } : {}) }];
  });
  return { ...search, tests };
}

async function sendAssessment(search: RecordedSearch): Promise<string | undefined> {
  if (search.assessmentId) return search.assessmentId;
  try {
    const stored = await saveAssessment(search.input);
    updateSearch(search.localId, (s) => ({ ...s, assessmentId: stored.id }));
    return stored.id;
  } catch (error) {
    if (failure(error) === "unreachable") throw new Unreachable();
    updateSearch(search.localId, (s) => ({ ...s, refused: true }));
    return undefined;
  }
}

async function sendSearch(search: RecordedSearch): Promise<void> {
  const assessmentId = await sendAssessment(search);
  if (!assessmentId) return;
  for (const test of search.tests.filter((t) => !t.synced)) {
    try {
      const id = await sendTest(test, assessmentId);
      updateSearch(search.localId, (s) => markSent(s, test, id));
    } catch (error) {
      if (error instanceof Unreachable || failure(error) === "unreachable") throw new Unreachable();
      // Refused for its content: sending it again cannot help, so it is not kept waiting.
      updateSearch(search.localId, (s) => markSent(s, test, test.id));
    }
  }
}

async function sendAll(): Promise<void> {
  try {
    for (const search of readSearches()) if (!search.refused) await sendSearch(search);
  } catch (error) {
    if (!(error instanceof Unreachable)) throw error;
  }
}

let running: Promise<void> | undefined;
let again = false;

/**
 * Sends every waiting answer, one pass at a time: a call during a pass asks for one more pass afterwards, so an
 * answer given while another is on its way is neither lost nor sent twice.
 */
export function sendAnswers(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await sendAll();
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}
