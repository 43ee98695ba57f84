import { isFlagId, isRegionId, isSymptomId, type FlagId, type RegionId, type SymptomId } from "@unknot/core/vocabulary";

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

/** A state read from an address, with a plain note for every part that could not be used. */
export interface ReadFindState {
  state: FindState;
  problems: string[];
}

const ANSWERS = new Set<string>(["reproduces", "tender", "nothing"]);
/** Intensity of a region marked without a number: the middle of the scale. */
export const DEFAULT_INTENSITY = 5;

function list(value: string | null): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function readPain(value: string | null, problems: string[]): PainMark[] {
  const marks = new Map<RegionId, number>();
  for (const item of list(value)) {
    const [region = "", level] = item.split(":");
    const intensity = level === undefined ? DEFAULT_INTENSITY : Number(level);
    if (!isRegionId(region)) problems.push(`"${region}" is not an area of the body map, so it was left out.`);
    else if (!Number.isFinite(intensity) || intensity < 0 || intensity > 10 || level === "")
      problems.push(`The pain level for ${region} must be a number from 0 to 10, so that area was left out.`);
    else marks.set(region, Math.round(intensity));
  }
  return [...marks].map(([region, intensity]) => ({ region, intensity }));
}

function readIds<T extends string>(value: string | null, guard: (id: string) => id is T, what: string, problems: string[]): T[] {
  const ids = new Set<T>();
  for (const id of list(value)) {
    if (guard(id)) ids.add(id);
    else problems.push(`"${id}" is not a known ${what}, so it was left out.`);
  }
  return [...ids];
}

function readTests(value: string | null, problems: string[]): FindState["tests"] {
  const tests = new Map<string, PressAnswer>();
  for (const item of list(value)) {
    const [triggerPoint = "", result = ""] = item.split(":");
    if (triggerPoint !== "" && ANSWERS.has(result)) tests.set(triggerPoint, result as PressAnswer);
    else problems.push(`The press test "${item}" could not be read, so it was left out.`);
  }
  return [...tests].map(([triggerPoint, result]) => ({ triggerPoint, result }));
}

function readNumber(value: string | null, max: number, what: string, problems: string[]): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  if (Number.isFinite(number) && number >= 0 && number <= max) return number;
  problems.push(`The ${what} must be a number from 0 to ${max}, so it was left out.`);
  return undefined;
}

/** The query parameter that asks for the questions again, ticked with the answers the address holds. */
export const CHANGE_ANSWERS = { name: "change", value: "answers" } as const;

/** Reads the page's state from its query: `pain=temple-left:7,mastoid-left:5&symptoms=headache&flags=&tests=…`. */
export function readFindState(query: URLSearchParams): ReadFindState {
  const problems: string[] = [];
  const state: FindState = {
    pain: readPain(query.get("pain"), problems),
    symptoms: readIds(query.get("symptoms"), isSymptomId, "symptom", problems),
    flags: query.has("flags") ? readIds(query.get("flags"), isFlagId, "screening question", problems) : undefined,
    tests: readTests(query.get("tests"), problems),
    age: readNumber(query.get("age"), 130, "age", problems),
    weeks: readNumber(query.get("weeks"), 5200, "number of weeks", problems),
  };
  return { state, problems };
}

/** Encodes a query value, leaving the separators `:` and `,` readable so a shared link stays legible. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

/** Writes the query for a state; parameters without content are left out, except `flags`, whose presence means "answered". */
export function findQueryString(state: FindState): string {
  const parts: string[] = [];
  const add = (name: string, value: string | undefined, keepEmpty = false) => {
    if (value === undefined || (value === "" && !keepEmpty)) return;
    parts.push(`${name}=${encode(value)}`);
  };
  add("pain", state.pain.map((mark) => `${mark.region}:${mark.intensity}`).join(","));
  add("symptoms", state.symptoms.join(","));
  add("flags", state.flags?.join(","), true);
  add("tests", state.tests.map((test) => `${test.triggerPoint}:${test.result}`).join(","));
  add("age", state.age?.toString());
  add("weeks", state.weeks?.toString());
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
