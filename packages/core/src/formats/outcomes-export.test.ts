import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FhirQuestionnaireResponse } from "./fhir-types.ts";
import { fhirBundle } from "./fhir.ts";
import { OUTCOME_CSV_HEADER, outcomesCsv } from "./outcomes-csv.ts";
import { diaryArb, makeDiary, makePgic, makePsfs } from "../stats/test-diary.ts";

const person = { id: "person-1", displayName: "Sam" };
const now = "2026-11-30T18:00:00+01:00";
const diary = makeDiary({
  outcomes: [
    makePgic("o3", "2026-11-23T08:00:00+01:00", 6),
    makePsfs("o1", "2026-11-02T08:00:00+01:00", { "turning my head": 3, "=sleeping, on my side": 4, typing: 2 }),
  ],
});

const responses = (snapshot = diary) =>
  fhirBundle(snapshot, person, now).entry.flatMap((entry) =>
    entry.resource.resourceType === "QuestionnaireResponse" ? [entry.resource as FhirQuestionnaireResponse] : [],
  );

describe("outcomes in the FHIR export", () => {
  it("writes one completed QuestionnaireResponse per PSFS and PGIC, oldest first, about the Patient", () => {
    const bundle = fhirBundle(diary, person, now);
    const [psfs, pgic] = responses();
    expect(psfs).toMatchObject({
      status: "completed",
      authored: "2026-11-02T08:00:00+01:00",
      subject: { reference: bundle.entry[0]?.fullUrl },
    });
    expect(pgic?.authored).toBe("2026-11-23T08:00:00+01:00");
  });

  it("keeps each activity with its score, and the average", () => {
    const group = responses()[0]?.item[0];
    expect(group?.text).toMatch(/^Patient-Specific Functional Scale/);
    expect(group?.item?.[1]).toEqual({
      linkId: "psfs.2",
      text: "Activity 2",
      item: [
        { linkId: "psfs.2.activity", text: "Activity named by the person", answer: [{ valueString: "=sleeping, on my side" }] },
        { linkId: "psfs.2.score", text: "Score, 0–10", answer: [{ valueInteger: 4 }] },
      ],
    });
    expect(group?.item?.at(-1)).toMatchObject({ linkId: "psfs.average", answer: [{ valueDecimal: 3 }] });
  });

  it("gives the PGIC as its number and its words", () => {
    expect(responses()[1]?.item).toEqual([
      expect.objectContaining({ linkId: "pgic", answer: [{ valueInteger: 6 }] }),
      expect.objectContaining({ linkId: "pgic.words", answer: [{ valueString: "Much improved" }] }),
    ]);
  });

  it("has one response per outcome for any diary", () => {
    fc.assert(
      fc.property(diaryArb, (snapshot) => {
        expect(responses(snapshot)).toHaveLength(snapshot.outcomes.length);
      }),
    );
  });
});

describe("outcomesCsv", () => {
  it("writes a row per PSFS activity and per PGIC, oldest first, with free text defused", () => {
    const lines = outcomesCsv(diary).split("\r\n");
    expect(lines[0]).toBe(OUTCOME_CSV_HEADER.join(","));
    expect(lines[1]).toBe(
      '2026-11-02,2026-11-02T08:00:00+01:00,psfs,turning my head,3,"0 = unable to do it, 10 = as well as before the problem",',
    );
    expect(lines[2]).toMatch(/^2026-11-02,[^,]+,psfs,"'=sleeping, on my side",4,/);
    expect(lines[4]).toBe(
      '2026-11-23,2026-11-23T08:00:00+01:00,pgic,,6,"1 = very much worse, 4 = no change, 7 = very much improved",Much improved',
    );
    expect(lines).toHaveLength(6);
  });
});
