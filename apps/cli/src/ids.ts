import {
  ACTIVITY_IDS,
  ATLAS_POINTS,
  FLAGS,
  METHOD_IDS,
  MUSCLES,
  REGIONS,
  SYMPTOMS,
  TOOLS,
  anatomicalRegionOf,
  didYouMean,
  methodFromWord,
  normaliseId,
  toolFromWord,
} from "@unknot/core";
import { CliError } from "./errors.ts";

/** A list of ids a person types, how it is named in messages, and where to see it whole. */
interface Vocabulary {
  noun: string;
  ids: readonly string[];
  /** Reads a typed word that is not an id as it is (for example `fingers` as the tool `thumb`). */
  read?: (typed: string) => string | undefined;
  listedBy?: string;
}

const regionIds = REGIONS.map((r) => r.id);
const places = [...new Set<string>(REGIONS.map((r) => anatomicalRegionOf(r.id)))];
const sidedIds = regionIds.filter((id) => !places.includes(id));

const VOCABULARIES = {
  region: { noun: "region", ids: regionIds, listedBy: "unknot regions" },
  /** A region with or without its side: `temple` or `temple-left`. */
  place: { noun: "region", ids: [...places, ...sidedIds], listedBy: "unknot regions" },
  muscle: { noun: "muscle", ids: MUSCLES.map((m) => m.id), listedBy: "unknot atlas --list" },
  symptom: { noun: "symptom", ids: SYMPTOMS.map((s) => s.id) },
  flag: { noun: "screening flag", ids: FLAGS.map((f) => f.id) },
  "trigger point": { noun: "trigger point", ids: ATLAS_POINTS.map((p) => p.point.id), listedBy: "unknot atlas MUSCLE" },
  tool: { noun: "tool", ids: TOOLS, read: toolFromWord },
  method: { noun: "method", ids: METHOD_IDS, read: methodFromWord },
  activity: { noun: "activity", ids: ACTIVITY_IDS },
} satisfies Record<string, Vocabulary>;

/** The kinds of id the CLI reads. */
export type IdKind = keyof typeof VOCABULARIES;

/**
 * The id `typed` names, in any case and with spaces for hyphens (`Temple Left` → `temple-left`). An
 * unknown id is refused with an error naming the option and the ids the person most likely meant.
 */
export function resolveId(kind: IdKind, option: string, typed: string): string {
  const id = readId(kind, typed);
  if (id !== undefined) return id;
  throw new CliError(unknownIdMessage(kind, option, typed));
}

/** `--pain: unknown region "temple" (did you mean temple-left or temple-right?)`, or where to see the ids when none is close. */
export function unknownIdMessage(kind: IdKind, option: string, typed: string, candidates?: readonly string[]): string {
  return `${option}: ${unknownIdReason(kind, typed, candidates)}`;
}

/** `unknown region "temple" (did you mean temple-left or temple-right?)`: the message without the option it came from. */
export function unknownIdReason(kind: IdKind, typed: string, candidates?: readonly string[]): string {
  const vocabulary: Vocabulary = VOCABULARIES[kind];
  const hint = didYouMean(typed, candidates ?? vocabulary.ids) ?? seeAll(vocabulary);
  return `unknown ${vocabulary.noun} "${typed}" (${hint})`;
}

/** The id `typed` names, or undefined: `resolveId` without the error. */
export function readId(kind: IdKind, typed: string): string | undefined {
  const vocabulary: Vocabulary = VOCABULARIES[kind];
  return vocabulary.read ? vocabulary.read(typed) : vocabulary.ids.find((known) => known === normaliseId(typed));
}

function seeAll(vocabulary: Vocabulary): string {
  if (vocabulary.listedBy) return `see \`${vocabulary.listedBy}\``;
  return `one of ${vocabulary.ids.join(", ")}`;
}
