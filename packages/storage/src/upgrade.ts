import { DIARY_SCHEMA_VERSION } from "@unknot/core";
import type { RecordKind } from "./kinds.ts";

/** A step that upgrades a stored document from version `n` to `n + 1`. */
export type UpgradeStep = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps per kind, indexed by the version they upgrade from. Version 1 is the first stored
 * schema, so there are none yet; add a step here (and a test) whenever a document's shape changes.
 */
export const UPGRADES: Record<RecordKind, UpgradeStep[]> = {
  assessments: [],
  pressTests: [],
  routines: [],
  sessions: [],
  checkIns: [],
  outcomes: [],
  goals: [],
};

/** Brings a stored document up to `target` by applying each step from its stored version; refuses newer documents. */
export function upgradeDocument(
  kind: RecordKind,
  document: unknown,
  version: number,
  steps: UpgradeStep[] = UPGRADES[kind],
  target: number = DIARY_SCHEMA_VERSION,
): unknown {
  if (version > target)
    throw new Error(`A ${kind} record has schema version ${version}, newer than this Unknot (${target}); upgrade Unknot.`);
  let current = document as Record<string, unknown>;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No upgrade for ${kind} documents from version ${v}`);
    current = step(current);
  }
  return current;
}
