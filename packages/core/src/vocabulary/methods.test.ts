import { describe, expect, it } from "vitest";
import { TOOLS } from "../planner/preferences.ts";
import { METHOD_IDS, METHOD_LABELS, TOOL_LABELS, methodFromWord, methodName, toolFromWord } from "./methods.ts";

describe("the method vocabulary", () => {
  it("labels every method and every tool, the hands by the methods they allow", () => {
    for (const method of METHOD_IDS) expect(METHOD_LABELS[method]).toMatch(/^[A-Z][a-z ]+$/);
    for (const tool of TOOLS) expect(TOOL_LABELS[tool]).toMatch(/^[A-Z][a-z ]+$/);
    expect(TOOL_LABELS.thumb).toBe("Thumb and fingers");
    expect(TOOL_LABELS["large-ball"]).toBe(METHOD_LABELS["large-ball"]);
    expect(methodName("large-ball")).toBe("large soft ball");
  });

  it("reads the diary's words as tools and the planner's words as methods", () => {
    expect(toolFromWord("fingers")).toBe("thumb");
    expect(toolFromWord("Pincer")).toBe("thumb");
    expect(toolFromWord("Large-Ball")).toBe("large-ball");
    expect(toolFromWord("hammer")).toBeUndefined();
    expect(methodFromWord("thumb")).toBe("fingers");
    expect(methodFromWord("pincer")).toBe("pincer");
    expect(methodFromWord("massage gun")).toBe("massage-gun");
    expect(methodFromWord("hammer")).toBeUndefined();
  });
});
