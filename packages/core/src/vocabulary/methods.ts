import { TOOLS, type Tool } from "../planner/preferences.ts";
import { normaliseId } from "./suggest.ts";

/**
 * Every way of working a point, as the atlas, the planner, the diary and the API name it, atlas methods
 * first: the one list of methods (the atlas, the diary and the cautions all read it). The ids stay as
 * they are stored; people see the labels below.
 */
export const METHOD_IDS = [
  "fingers", // thumb or fingertips
  "pincer", // gripped between thumb and fingers; with light fingertips, the only methods for the front/side of the neck
  "small-ball", // small hard ball (lacrosse/tennis size)
  "large-ball", // large soft massage ball
  "foam-roller",
  "hooked-cane",
  "knobbed-tool",
  "massage-gun", // percussion: the planner may offer it, the atlas never describes it
] as const;

/** A way of working a point. */
export type MethodId = (typeof METHOD_IDS)[number];

/** What people see for each method: on the web, in the CLI, in routines' reasons and in exports. */
export const METHOD_LABELS: Readonly<Record<MethodId, string>> = {
  fingers: "Thumb or fingertips",
  pincer: "Pincer grip",
  "small-ball": "Small hard ball",
  "large-ball": "Large soft ball",
  "foam-roller": "Foam roller",
  "hooked-cane": "Hooked cane",
  "knobbed-tool": "Knobbed tool",
  "massage-gun": "Massage gun",
};

/**
 * What people see for each tool they may have to hand. Every tool but the hands is also a method of
 * the same name; the hands (`thumb`) allow two methods, the thumb or fingertips and the pincer grip.
 */
export const TOOL_LABELS: Readonly<Record<Tool, string>> = {
  ...(METHOD_LABELS as Record<Exclude<Tool, "thumb">, string>),
  thumb: "Thumb and fingers",
};

/** A method's label inside a sentence: "large soft ball". */
export function methodName(method: MethodId): string {
  const label = METHOD_LABELS[method];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Words for the bare hands that people type for either the tool or a method. */
const HAND_WORDS = new Set(["thumb", "thumbs", "finger", "fingers", "fingertips", "hand", "hands", "pincer"]);

/**
 * The tool a typed word names: a tool id in any case, or a word for the hands (`fingers`, `pincer`,
 * `hands`) for the `thumb` tool that allows them. Lets the planner's and the diary's words both work.
 */
export function toolFromWord(word: string): Tool | undefined {
  const typed = normaliseId(word);
  if (HAND_WORDS.has(typed)) return "thumb";
  return TOOLS.find((tool) => tool === typed);
}

/** The method a typed word names: a method id in any case, or a word for the hands (`thumb`, `hands`) for `fingers`. */
export function methodFromWord(word: string): MethodId | undefined {
  const typed = normaliseId(word);
  const method = METHOD_IDS.find((id) => id === typed);
  if (method) return method;
  return HAND_WORDS.has(typed) ? "fingers" : undefined;
}
