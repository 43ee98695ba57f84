import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTriggerPoint } from "../atlas/atlas.ts";
import type { FhirBundle, FhirObservation, FhirProcedure } from "./fhir-types.ts";
import { fhirBundle, LATERALITY_EXTENSION_URL } from "./fhir.ts";
import { diaryArb, makeCheckIn, makeDiary, makeSession } from "../stats/test-diary.ts";

const person = { id: "person-1", displayName: "Sam" };
const now = "2026-11-30T18:00:00+01:00";

const diary = makeDiary({
  sessions: [
    makeSession({
      id: "s1",
      startedAt: "2026-11-02T08:00:00+01:00",
      points: [{ triggerPoint: "trapezius-upper-1", method: "pincer", seconds: 90, maxPain: 5 }],
      before: { "neck-back-left": 6, "temple-right": 4 },
      after: { "neck-back-left": 2 },
      notes: "Easier to turn my head afterwards.",
    }),
    makeSession({
      id: "s2",
      startedAt: "2026-11-04T08:00:00+01:00",
      points: [{ triggerPoint: "levator-scapulae-1" }],
      before: { sacrum: 3.5 },
    }),
  ],
  checkIns: [makeCheckIn({ id: "c1", recordedAt: "2026-11-03T21:00:00+01:00", ratings: { "temple-right": 0 } })],
});

const observations = (bundle: FhirBundle) =>
  bundle.entry.flatMap((entry) => (entry.resource.resourceType === "Observation" ? [entry.resource as FhirObservation] : []));
const procedures = (bundle: FhirBundle) =>
  bundle.entry.flatMap((entry) =>
    entry.resource.resourceType === "Procedure" ? [{ fullUrl: entry.fullUrl, resource: entry.resource as FhirProcedure }] : [],
  );

describe("fhirBundle", () => {
  const bundle = fhirBundle(diary, person, now);
  const patientUrl = bundle.entry[0]?.fullUrl;

  it("is a collection with one Patient, a Procedure per session and an Observation per rating", () => {
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: now });
    expect(bundle.entry[0]?.resource).toEqual({ resourceType: "Patient", name: [{ text: "Sam" }] });
    expect(procedures(bundle)).toHaveLength(2);
    expect(observations(bundle)).toHaveLength(5);
  });

  it("codes each rating as a final survey Observation of LOINC 72514-3 about the Patient", () => {
    for (const observation of observations(bundle)) {
      expect(observation.status).toBe("final");
      expect(observation.category[0]?.coding?.[0]).toMatchObject({
        system: "http://terminology.hl7.org/CodeSystem/observation-category",
        code: "survey",
      });
      expect(observation.code.coding?.[0]).toEqual({
        system: "http://loinc.org",
        code: "72514-3",
        display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
      });
      expect(observation.subject.reference).toBe(patientUrl);
    }
  });

  it("writes the site as text without side and the side as a SNOMED CT laterality qualifier", () => {
    // Oldest first: the first session's two before-ratings and one after-rating, the check-in, the second session.
    const [neck, temple, , checkIn, sacrum] = observations(bundle);
    expect(neck?.bodySite).toEqual({
      text: "Back of the neck",
      extension: [
        {
          url: LATERALITY_EXTENSION_URL,
          valueCodeableConcept: { coding: [{ system: "http://snomed.info/sct", code: "7771000", display: "Left" }] },
        },
      ],
    });
    expect(temple?.bodySite.extension?.[0]?.valueCodeableConcept.coding?.[0]?.code).toBe("24028007");
    expect(checkIn?.bodySite.text).toBe("Temple");
    expect(sacrum?.bodySite).toEqual({ text: "Sacrum" });
  });

  it("keeps whole ratings, 0 included, as valueInteger and a fractional one as a score Quantity", () => {
    const values = observations(bundle).map((o) => o.valueInteger ?? o.valueQuantity?.value);
    expect(values).toEqual([6, 4, 2, 0, 3.5]);
    expect(observations(bundle).find((o) => o.valueQuantity)?.valueInteger).toBeUndefined();
  });

  it("ties session ratings to their Procedure and leaves check-ins on their own", () => {
    const [first, second] = procedures(bundle);
    const partOf = observations(bundle).map((o) => o.partOf?.[0]?.reference);
    expect(partOf).toEqual([first?.fullUrl, first?.fullUrl, first?.fullUrl, undefined, second?.fullUrl]);
    expect(observations(bundle)[3]?.effectiveDateTime).toBe("2026-11-03T21:00:00+01:00");
  });

  it("describes a session as a completed self-treatment with its points, method and dose", () => {
    const session = procedures(bundle)[0]?.resource;
    expect(session).toMatchObject({
      status: "completed",
      code: { text: "Myofascial trigger point self-treatment" },
      subject: { reference: patientUrl },
      performedDateTime: "2026-11-02T08:00:00+01:00",
    });
    const notes = session?.note.map((note) => note.text).join("\n") ?? "";
    expect(notes).toContain(findTriggerPoint("trapezius-upper-1")?.point.name);
    expect(notes).toContain("pincer grip, 90 s, highest pressure-pain 5/10");
    expect(notes).toContain("Easier to turn my head afterwards.");
  });

  it("derives the same urn:uuid fullUrls from the same records every time", () => {
    expect(fhirBundle(diary, person, now)).toEqual(bundle);
    expect(
      bundle.entry.every((entry) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(entry.fullUrl)),
    ).toBe(true);
    expect(fhirBundle(diary, { ...person, id: "person-2" }, now).entry[0]?.fullUrl).not.toBe(patientUrl);
  });

  it("holds only the Patient for an empty diary, without a name when there is none", () => {
    expect(fhirBundle(makeDiary(), { id: "p", displayName: "" }, now).entry).toEqual([
      { fullUrl: expect.stringMatching(/^urn:uuid:/), resource: { resourceType: "Patient" } },
    ]);
  });

  it("refuses a `now` that is not an instant with offset", () => {
    expect(() => fhirBundle(diary, person, "today")).toThrow(/^now: /);
  });

  it("has unique fullUrls and only references that resolve inside the bundle, for any diary", () => {
    fc.assert(
      fc.property(diaryArb, (snapshot) => {
        const generated = fhirBundle(snapshot, person, now);
        const urls = generated.entry.map((entry) => entry.fullUrl);
        expect(new Set(urls).size).toBe(urls.length);
        const references = generated.entry.flatMap(({ resource }) =>
          resource.resourceType === "Patient"
            ? []
            : [resource.subject.reference, ...("partOf" in resource ? (resource.partOf ?? []).map((r) => r.reference) : [])],
        );
        for (const reference of references) expect(urls).toContain(reference);
        expect(procedures(generated)).toHaveLength(snapshot.sessions.length);
      }),
    );
  });
});
