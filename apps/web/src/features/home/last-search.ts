import { isFlagId, isRegionId, isSymptomId, type RegionId } from "@unknot/core/vocabulary";
import { type AssessmentInput, type StoredAssessment } from "@unknot/core/diary";
import { listAssessments } from "../../api/index.ts";
import { searchHref } from "../../router/search.ts";
import { FIND_SEARCH, type FindState } from "../../shared/find-query.ts";
import { sendAnswers } from "../../shared/outbox/answers-outbox.ts";
import { adoptSearch, latestLocalSearch, readSearches, type RecordedTest } from "../../shared/outbox/answers-store.ts";

/** The person's last search, to offer its results again. */
export interface LastSearch {
  createdAt: string;
  regions: RegionId[];
  /** The first candidate, when self-care could go ahead. */
  first?: string | undefined;
  /** Its results, with the press tests answered. */
  href: string;
  /** Not yet in the diary: kept on this device until it is online. */
  waiting: boolean;
}

function stateOf(input: AssessmentInput, tests: readonly RecordedTest[]): FindState {
  return {
    pain: input.pain.flatMap(({ region, intensity }) => (isRegionId(region) ? [{ region, intensity }] : [])),
    symptoms: input.symptoms.filter(isSymptomId),
    flags: input.flags.filter(isFlagId),
    tests: tests.flatMap(({ triggerPoint, result }) => (result ? [{ triggerPoint, result }] : [])),
    age: input.age,
    weeks: input.durationWeeks,
  };
}

function describe(input: AssessmentInput, tests: readonly RecordedTest[], first: string | undefined, waiting: boolean): LastSearch {
  const regions = input.pain.map((m) => m.region).filter(isRegionId);
  return { createdAt: input.createdAt, regions, first, href: searchHref(FIND_SEARCH, stateOf(input, tests)), waiting };
}

function fromDiary(stored: StoredAssessment): LastSearch {
  // Made on this device: its press tests, and the first candidate once they were answered. Made elsewhere: the
  // diary's own result, without press tests.
  const local = readSearches().find((s) => s.assessmentId === stored.id);
  if (local) return describe(stored, local.tests, local.first, false);
  const first = stored.result.safety.selfCare === "go-ahead" ? stored.result.candidates[0]?.name : undefined;
  const { createdAt, pain, symptoms, flags, age, durationWeeks } = stored;
  const input: AssessmentInput = {
    createdAt,
    pain,
    symptoms,
    flags,
    ...(age !== undefined ? { age } : {}),
    ...(durationWeeks !== undefined ? { durationWeeks } : {}),
  };
  adoptSearch(stateOf(input, []), { input, first }, stored.id);
  return describe(input, [], first, false);
}

async function latestInDiary(): Promise<StoredAssessment | undefined> {
  try {
    const page = await listAssessments({ limit: 1 });
    return page.items[0];
  } catch {
    return undefined;
  }
}

/**
 * The newer of the diary's latest assessment and this device's latest search, after sending what waits: offline (or
 * with the diary's answer from the offline cache) a search not yet sent is still the last one.
 */
export async function loadLastSearch(): Promise<LastSearch | undefined> {
  await sendAnswers();
  const stored = await latestInDiary();
  const local = latestLocalSearch();
  if (local && (!stored || Date.parse(local.input.createdAt) > Date.parse(stored.createdAt)))
    return describe(local.input, local.tests, local.first, !local.assessmentId);
  return stored && fromDiary(stored);
}
