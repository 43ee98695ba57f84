import type { MuscleGroup } from "./ids.ts";

/** The body areas the atlas is split into, head to foot, with the names people see. */
export const MUSCLE_GROUPS: readonly { group: MuscleGroup; label: string }[] = [
  { group: "head-neck", label: "Head and neck" },
  { group: "shoulder-arm", label: "Shoulder and arm" },
  { group: "forearm-hand", label: "Forearm and hand" },
  { group: "trunk", label: "Trunk" },
  { group: "pelvis-hip", label: "Pelvis and hip" },
  { group: "thigh-knee", label: "Thigh and knee" },
  { group: "leg-foot", label: "Lower leg and foot" },
];
