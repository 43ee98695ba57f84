import { findTriggerPoint } from "@unknot/core/atlas";
import { type RoutineStep } from "@unknot/core/diary";
import { placeName } from "./place-name.ts";
import { METHOD_LABELS } from "./atlas-words.ts";
import type { AnatomicalRegion } from "@unknot/core/vocabulary";
import type { Dose } from "@unknot/core/atlas";

/** A routine step's title: "Warm-up: top of the shoulder", the point's name, or "Move: …". */
export function stepTitle(step: RoutineStep): string {
  const point = step.triggerPoint ? findTriggerPoint(step.triggerPoint) : undefined;
  const area = step.area ? placeName(step.area as AnatomicalRegion).toLowerCase() : "the area";
  if (step.kind === "warm-up") return `Warm-up: ${area}`;
  if (step.kind === "movement") return `Move: ${point?.muscle.name.toLowerCase() ?? area}`;
  return point?.point.name ?? "Trigger point";
}

/** A dose in words: "45 seconds" or "12 slow strokes". */
export function doseAmount(dose: Dose): string {
  return dose.kind === "hold" ? `${dose.seconds} seconds` : `${dose.count} slow strokes`;
}

/** The method and dose of a step in words: "Large soft ball, 12 slow strokes". */
export function stepDose(step: RoutineStep): string {
  return step.method ? `${METHOD_LABELS[step.method]}, ${doseAmount(step.dose)}` : doseAmount(step.dose);
}
