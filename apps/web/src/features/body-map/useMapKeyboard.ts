import { useCallback, type KeyboardEvent, type RefObject } from "react";
import { neighbourInDirection, type MapDirection } from "@unknot/core/body";
import { type RegionId } from "@unknot/core/vocabulary";
import { DEFAULT_INTENSITY } from "../../shared/find-query.ts";

const DIRECTIONS: Record<string, MapDirection> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };
/** Enough steps to cross any view; a close-up may hide the nearest neighbour, so the walk goes on to the next shown. */
const MAX_STEPS = 40;

/** What a key press on a region can do to the drawing. */
export interface MapKeyActions {
  intensityOf: (id: RegionId) => number | undefined;
  set: (id: RegionId, intensity: number | undefined) => void;
  select: (id: RegionId) => void;
  /** What a tap does: Space and Enter do exactly the same. */
  activate: (id: RegionId) => void;
}

function focusNeighbour(container: HTMLElement, from: RegionId, direction: MapDirection): void {
  let current: RegionId | undefined = from;
  for (let step = 0; step < MAX_STEPS; step++) {
    current = current === undefined ? undefined : neighbourInDirection(current, direction);
    if (current === undefined) return;
    const target = container.querySelector<SVGElement>(`[data-region="${current}"]`);
    if (target) {
      target.focus();
      return;
    }
  }
}

/**
 * Keyboard use of the body map: arrow keys move to the neighbouring region, Space or Enter does what a tap does (mark,
 * then raise the level), + and − change its pain level and a digit sets it (0 to 9).
 */
export function useMapKeyboard(container: RefObject<HTMLElement | null>, actions: MapKeyActions) {
  const { intensityOf, set, select, activate } = actions;
  return useCallback(
    (event: KeyboardEvent<SVGElement>, id: RegionId) => {
      const direction = DIRECTIONS[event.key];
      const current = intensityOf(id);
      if (direction) {
        if (container.current) focusNeighbour(container.current, id, direction);
      } else if (event.key === " " || event.key === "Enter") {
        activate(id);
      } else if (event.key === "+" || event.key === "=" || event.key === "-") {
        const step = event.key === "-" ? -1 : 1;
        set(id, Math.min(10, Math.max(0, (current ?? DEFAULT_INTENSITY - step) + step)));
        select(id);
      } else if (/^[0-9]$/.test(event.key)) {
        set(id, Number(event.key));
        select(id);
      } else {
        return;
      }
      event.preventDefault();
    },
    [container, intensityOf, set, select, activate],
  );
}
