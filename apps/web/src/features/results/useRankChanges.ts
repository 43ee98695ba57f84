import { useState } from "react";

/** How many places each id moved since the previous ranking (positive = up); empty on the first ranking. */
export function rankChanges(previous: readonly string[], current: readonly string[]): Map<string, number> {
  const before = new Map(previous.map((id, index) => [id, index]));
  const changes = new Map<string, number>();
  current.forEach((id, index) => {
    const was = before.get(id);
    if (was !== undefined && was !== index) changes.set(id, was - index);
  });
  return changes;
}

/** Remembers the last ranking so the page can say which candidates moved after a press test. */
export function useRankChanges(ids: readonly string[]): ReadonlyMap<string, number> {
  const [previous, setPrevious] = useState(ids);
  const [changes, setChanges] = useState<ReadonlyMap<string, number>>(new Map());
  if (previous !== ids) {
    setPrevious(ids);
    setChanges(rankChanges(previous, ids));
  }
  return changes;
}
