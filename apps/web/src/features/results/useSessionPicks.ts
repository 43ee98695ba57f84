import { useState } from "react";
import type { Candidate, FindResult } from "@unknot/core/finder";
import type { FindState } from "../../shared/find-query.ts";

/**
 * The points of the session being put together. Until the person chooses, it holds the points whose press test
 * brought on the familiar pain, then the smallest set that explains the whole drawing; a point that tested "nothing"
 * leaves it (the person may still add it back by hand).
 */
export function useSessionPicks(candidates: readonly Candidate[], result: FindResult | undefined, tests: FindState["tests"]) {
  const [chosen, setChosen] = useState<readonly string[] | undefined>(undefined);
  const ruledOut = new Set(tests.filter((t) => t.result === "nothing").map((t) => t.triggerPoint));
  const confirmed = candidates.filter((c) => tests.some((t) => t.triggerPoint === c.triggerPoint && t.result === "reproduces"));
  const suggested = [...confirmed.map((c) => c.triggerPoint), ...(result?.combination ?? []).map((m) => m.triggerPoint)];
  const picked = chosen ?? [...new Set(suggested)].filter((id) => !ruledOut.has(id));
  const toggle = (id: string) => setChosen(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);
  /** A press test answered "nothing" takes its point out of a session the person chose too. */
  const ruleOut = (id: string) => setChosen((current) => current?.filter((x) => x !== id));
  return { picked, toggle, ruleOut };
}
