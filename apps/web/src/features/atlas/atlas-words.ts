import type { Method } from "@unknot/core";

/** How each self-treatment method is named on screen. */
export const METHOD_LABELS: Record<Method | "massage-gun", string> = {
  fingers: "Thumb or fingertips",
  pincer: "Pincer grip (thumb and fingers)",
  "small-ball": "Small firm ball",
  "large-ball": "Large soft ball",
  "foam-roller": "Foam roller",
  "hooked-cane": "Hooked cane",
  "knobbed-tool": "Knobbed tool",
  "massage-gun": "Massage gun",
};
