import { defineSearch, type SearchParam, type SearchParams } from "../router/search.ts";
import { listParam, numberParam, presenceListParam, wordParam, type ListOptions } from "../router/search-params.ts";
import {
  REGIONS,
  didYouMean,
  isFlagId,
  isRegionId,
  isSymptomId,
  type FlagId,
  type RegionId,
  type SymptomId,
} from "@unknot/core/vocabulary";

/** One painful region of the person's drawing. */
export interface PainMark {
  region: RegionId;
  intensity: number;
}

/** A press-test answer as the page keeps it. */
export type PressAnswer = "reproduces" | "tender" | "nothing";

/** Everything the /find page shows, as read from (and written to) its address. */
export interface FindState {
  pain: PainMark[];
  symptoms: SymptomId[];
  /** The screening questions answered yes; `undefined` until the person has answered them. */
  flags: FlagId[] | undefined;
  tests: { triggerPoint: string; result: PressAnswer }[];
  age?: number | undefined;
  weeks?: number | undefined;
}

const ANSWERS = new Set<string>(["reproduces", "tender", "nothing"]);
/** Intensity of a region marked without a number: the middle of the scale. */
export const DEFAULT_INTENSITY = 5;

/** The painful areas: `temple-left:7,mastoid-left`; a region without a level gets the middle of the scale, and a region
 * written twice keeps its last level. */
export const painParam = listParam<PainMark>({
  read: (item, leaveOut) => {
    const [region = "", level] = item.split(":");
    const intensity = level === undefined ? DEFAULT_INTENSITY : Number(level);
    if (!isRegionId(region)) return leaveOut(unknownAreaNote(region || item));
    if (!Number.isFinite(intensity) || intensity < 0 || intensity > 10 || level === "")
      return leaveOut(`The pain level "${level}" for ${region} must be a number from 0 to 10, so that area was left out.`);
    return { region, intensity: Math.round(intensity) };
  },
  write: (mark) => `${mark.region}:${mark.intensity}`,
  key: (mark) => mark.region,
  keepLast: true,
});

/** Why an area was left out, with the areas most likely meant (a typo in a hand-edited link). */
function unknownAreaNote(region: string): string {
  const hint = didYouMean(region, REGION_IDS);
  return `"${region}" is not an area of the body map${hint ? ` (${hint})` : ""}, so it was left out.`;
}

const REGION_IDS = REGIONS.map((r) => r.id);

function knownIds<T extends string>(guard: (id: string) => id is T, what: string): ListOptions<T> {
  return { read: (id, leaveOut) => (guard(id) ? id : leaveOut(`"${id}" is not a known ${what}, so it was left out.`)) };
}

/**
 * The screening questions answered yes (`flags=` when none). An answer that cannot be read might have been a yes, so it
 * never counts as a no: the whole screening reads as not answered, and the safety questions are asked again.
 */
function screeningParam(): SearchParam<FlagId[] | undefined> {
  const list = presenceListParam<FlagId>({ read: (id, leaveOut) => (isFlagId(id) ? id : leaveOut(`"${id}"`)) });
  return {
    ...list,
    read: (raw, problems) => {
      const unread: string[] = [];
      const flags = list.read(raw, unread);
      if (unread.length === 0) return flags;
      problems.push(`The safety questions are asked again because part of the answers could not be read: ${unread.join(", ")}.`);
      return undefined;
    },
  };
}

/** The drawing and the answers, as the home page and /find keep them in their address. */
const DRAWING: SearchParams<FindState> = {
  pain: painParam,
  symptoms: listParam(knownIds(isSymptomId, "symptom")),
  flags: screeningParam(),
  tests: listParam({
    read: (item, leaveOut) => {
      const [triggerPoint = "", result = ""] = item.split(":");
      if (triggerPoint !== "" && ANSWERS.has(result)) return { triggerPoint, result: result as PressAnswer };
      return leaveOut(`The press test "${item}" could not be read, so it was left out.`);
    },
    write: (test) => `${test.triggerPoint}:${test.result}`,
    key: (test) => test.triggerPoint,
    keepLast: true,
  }),
  age: numberParam(130, "age"),
  weeks: numberParam(5200, "number of weeks"),
};

/** The home page's address: the drawing so far (`/?pain=temple-left:7`), with anything already answered kept. */
export const HOME_SEARCH = defineSearch<FindState>("/", DRAWING);

/**
 * The /find page's address: `/find?pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=&tests=…&age=…&weeks=…`.
 * `change=answers` asks for the questions again, ticked with the answers the address holds.
 */
export const FIND_SEARCH = defineSearch<FindState & { change?: "answers" | undefined }>("/find", {
  ...DRAWING,
  change: wordParam("answers"),
});
