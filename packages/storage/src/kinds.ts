import { eachKind, localDateOf, RECORD_KINDS, type RecordDocument, type RecordKind } from "@unknot/core/diary";
import type { PainRatingsTable } from "./schema.ts";

export type { RecordKind };

/** The document each kind of record is stored from (kept under this name for the server's routes). */
export type RecordInputs = { [K in RecordKind]: RecordDocument<K> };

type RatingRow = Pick<PainRatingsTable, "source" | "region" | "intensity">;

/** How one kind of record maps onto its table (named by core's registry, `RECORD_KINDS[kind].table`). */
export interface KindConfig<K extends RecordKind> {
  /** The column that orders records within a day (newest first). */
  orderColumn: "created_at" | "started_at" | "recorded_at" | "taken_at" | "set_at";
  /** The instant whose date part is the record's local date, or undefined to use the creation time. */
  instant: (input: RecordDocument<K>) => string | undefined;
  columns: (input: RecordDocument<K>) => Record<string, string>;
  ratings: (input: RecordDocument<K>) => RatingRow[];
}

const noRatings = () => [];
const toRows = (source: RatingRow["source"], ratings: readonly { region: string; intensity: number }[]) =>
  ratings.map((r) => ({ source, region: r.region, intensity: r.intensity }));

/** How every kind of core's registry maps onto its table: the compiler asks for a mapping when a kind is added there. */
export const KINDS: { [K in RecordKind]: KindConfig<K> } = {
  assessments: {
    orderColumn: "created_at",
    instant: (input) => input.createdAt,
    columns: (input) => ({ atlas_version: input.atlasVersion }),
    ratings: noRatings,
  },
  pressTests: {
    orderColumn: "created_at",
    instant: (input) => input.recordedAt,
    columns: (input) => ({ trigger_point: input.triggerPoint, result: input.result }),
    ratings: noRatings,
  },
  routines: { orderColumn: "created_at", instant: () => undefined, columns: () => ({}), ratings: noRatings },
  sessions: {
    orderColumn: "started_at",
    instant: (input) => input.startedAt,
    columns: (input) => ({ started_at: input.startedAt }),
    ratings: (input) => [...toRows("before", input.painBefore), ...toRows("after", input.painAfter)],
  },
  checkIns: {
    orderColumn: "recorded_at",
    instant: (input) => input.recordedAt,
    columns: (input) => ({ recorded_at: input.recordedAt }),
    ratings: (input) => toRows("check-in", input.ratings),
  },
  outcomes: {
    orderColumn: "taken_at",
    instant: (input) => input.takenAt,
    columns: (input) => ({ taken_at: input.takenAt, measure: input.measure }),
    ratings: noRatings,
  },
  goals: {
    orderColumn: "set_at",
    instant: (input) => input.setAt,
    columns: (input) => ({ set_at: input.setAt }),
    ratings: noRatings,
  },
};

/** The schema that validates what a person sends for each kind, from core's registry (assessments get their result on the server). */
export const INPUT_SCHEMAS = eachKind((kind) => RECORD_KINDS[kind].input);

/** The local date of a record: its own instant's date part, or the creation time's. */
export function localDateFor<K extends RecordKind>(kind: K, input: RecordDocument<K>, createdAt: string): string {
  return localDateOf(KINDS[kind].instant(input) ?? createdAt);
}
