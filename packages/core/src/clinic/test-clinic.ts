// Test-only helpers for the clinic module: findings and programmes with sensible defaults. Not exported by the barrel.
import type { Finding, FindingInput } from "./finding.ts";
import { ProgrammeInputSchema, type Programme, type ProgrammeDraft } from "./programme.ts";

/** A stored finding: an active upper trapezius point on the left meeting every required criterion unless told otherwise. */
export function makeFinding(spec: Partial<FindingInput> & { id: string }): Finding {
  return {
    triggerPoint: "trapezius-upper-1",
    side: "left",
    status: "active",
    criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: true },
    examinedAt: "2026-11-20T10:00:00+01:00",
    personId: "person-1",
    authorId: "clinician-1",
    createdAt: "2026-11-20T10:05:00+01:00",
    ...spec,
  };
}

/** A valid programme draft: infraspinatus with the large ball, 3 times a week for 4 weeks from Monday 2 November 2026. */
export function programmeDraft(spec: Partial<ProgrammeDraft> = {}): ProgrammeDraft {
  return {
    title: "Shoulder blade programme",
    tools: ["thumb", "large-ball"],
    points: [{ triggerPoint: "infraspinatus-1", side: "right", method: "large-ball", dose: { kind: "hold", seconds: 60 } }],
    timesPerWeek: 3,
    weeks: 4,
    startsOn: "2026-11-02",
    ...spec,
  };
}

/** A stored programme from a draft (validated, so defaults are filled in). */
export function makeProgramme(id: string, spec: Partial<ProgrammeDraft> = {}): Programme {
  const input = ProgrammeInputSchema.parse(programmeDraft(spec));
  const at = "2026-11-01T09:00:00+01:00";
  return { ...input, id, personId: "person-1", authorId: "clinician-1", createdAt: at, updatedAt: at };
}
