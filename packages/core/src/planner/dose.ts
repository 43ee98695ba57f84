import type { Dose } from "../atlas/types.ts";

/** The pace of one slow stroke over a point, in seconds; the session timer paces strokes with it. */
export const STROKE_SECONDS = 4;

/**
 * How a dose is set: `standard` for a routine, `pre-workout` brief and light before training,
 * `recovery` after training (holds allowed), `taper` for a point that is settling down.
 */
export type DoseStyle = "standard" | "pre-workout" | "recovery" | "taper";

/** A dose and why it was chosen. */
export interface DoseChoice {
  dose: Dose;
  reason: string;
}

/** The seconds of work a dose asks for: the hold, or the strokes at `STROKE_SECONDS` each. */
export function workSeconds(dose: Dose, strokeSeconds = STROKE_SECONDS): number {
  return dose.kind === "hold" ? dose.seconds : dose.count * strokeSeconds;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Sets the dose for one point from the atlas dose of the chosen method. Standard and recovery doses
 * keep 10–12 slow strokes or 30–60 s holds; `light` (pain-sensitive, or the last session left the
 * person worse) shortens them; before a workout every dose becomes a few light strokes.
 */
export function chooseDose(base: Dose, style: DoseStyle, light: boolean): DoseChoice {
  if (style === "pre-workout")
    return {
      dose: { kind: "strokes", count: light ? 5 : 6 },
      reason:
        "Before training: a few light strokes wake the muscle up; long or deep holds are kept for afterwards, because a muscle that has just been pressed hard can feel heavy when you need it to be quick.",
    };
  if (style === "taper") return taperDose(base);
  if (base.kind === "strokes") {
    const count = light ? 8 : clamp(base.count, 10, 12);
    return {
      dose: { kind: "strokes", count },
      reason: light
        ? "8 slow strokes: fewer than the usual 10–12, so a sensitive muscle is not overworked."
        : `${count} slow strokes, about ${STROKE_SECONDS} seconds each: enough passes to change how the spot feels without irritating it.`,
    };
  }
  const seconds = light ? clamp(base.seconds, 20, 30) : clamp(base.seconds, 30, 60);
  return {
    dose: { kind: "hold", seconds },
    reason: light
      ? `A ${seconds}-second hold: shorter than usual, so a sensitive muscle is not overworked.`
      : `Hold for ${seconds} seconds: a tender spot usually eases within 30–60 seconds of steady pressure; longer adds little.`,
  };
}

function taperDose(base: Dose): DoseChoice {
  const dose: Dose = base.kind === "strokes" ? { kind: "strokes", count: 6 } : { kind: "hold", seconds: 20 };
  return {
    dose,
    reason:
      "A short check-in dose: your diary says this point is settling, so it gets a brief touch to see that it stays quiet rather than a full dose.",
  };
}
