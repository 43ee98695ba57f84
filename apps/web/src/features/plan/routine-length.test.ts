import { describe, expect, it } from "vitest";
import { routineLength } from "./RoutineView.tsx";

describe("routineLength", () => {
  it("says one minute and one step in the singular, and never less than a minute", () => {
    expect(routineLength(0.8, 1)).toBe("About 1 minute · 1 step");
    expect(routineLength(0, 1)).toBe("About 1 minute · 1 step");
    expect(routineLength(11.2, 9)).toBe("About 12 minutes · 9 steps");
  });
});
