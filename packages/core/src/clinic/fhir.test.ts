import { describe, expect, it } from "vitest";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { LATERALITY_EXTENSION_URL } from "../formats/fhir.ts";
import { fhirFindingsBundle, fhirProgrammeBundle, FINDING_CODE_TEXT } from "./fhir.ts";
import type { FhirCarePlan, FhirFindingObservation, FhirServiceRequest } from "./fhir-types.ts";
import { makeFinding, makeProgramme } from "./test-clinic.ts";

const context = {
  person: { id: "person-1", displayName: "Ann" },
  clinician: { id: "clinician-1", name: "Dr Bo" },
  now: "2026-11-24T12:00:00+01:00",
};
const finding = makeFinding({ id: "f1", triggerPoint: "infraspinatus-1", side: "right", notes: "Worse with reaching." });

describe("fhirFindingsBundle", () => {
  const bundle = fhirFindingsBundle(
    [
      finding,
      makeFinding({
        id: "f0",
        examinedAt: "2026-11-10T10:00:00+01:00",
        status: "latent",
        criteria: { tautBand: true, hypersensitiveSpot: false, recognisedReferredPain: false },
      }),
    ],
    context,
  );
  const observations = bundle.entry.map((e) => e.resource).filter((r): r is FhirFindingObservation => r.resourceType === "Observation");

  it("holds the Patient, the Practitioner and one examination Observation per finding, oldest first", () => {
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(["Patient", "Practitioner", "Observation", "Observation"]);
    expect(observations.map((o) => o.effectiveDateTime)).toEqual(["2026-11-10T10:00:00+01:00", "2026-11-20T10:00:00+01:00"]);
    expect(observations[1]?.category[0]?.coding?.[0]?.code).toBe("exam");
    expect(observations[1]?.code.text).toBe(FINDING_CODE_TEXT);
    expect(bundle.entry.every((e) => /^urn:uuid:[0-9a-f-]{36}$/.test(e.fullUrl))).toBe(true);
  });

  it("puts the point on bodySite with its side, each criterion in a component and the verdict in the value", () => {
    const active = observations[1];
    expect(active?.bodySite.text).toBe(`${findTriggerPoint("infraspinatus-1")?.point.name ?? ""}, infraspinatus muscle`);
    expect(active?.bodySite.extension?.[0]).toMatchObject({
      url: LATERALITY_EXTENSION_URL,
      valueCodeableConcept: { coding: [{ code: "24028007" }] },
    });
    expect(active?.component.map((c) => [c.code.text, c.valueBoolean])).toEqual([
      ["Taut band", true],
      ["Hypersensitive spot", true],
      ["Referred pain recognised by the person", true],
    ]);
    expect(active?.valueCodeableConcept.text).toBe("Active trigger point");
    expect(observations[0]?.valueCodeableConcept.text).toBe("Latent trigger point (criteria incomplete)");
    expect(active?.note?.map((n) => n.text)).toContain("Worse with reaching.");
    expect(active?.subject.reference).toBe(bundle.entry[0]?.fullUrl);
    expect(active?.performer[0]?.reference).toBe(bundle.entry[1]?.fullUrl);
  });

  it("is the same for the same findings, and refuses a now without offset", () => {
    expect(fhirFindingsBundle([finding], context)).toEqual(fhirFindingsBundle([finding], context));
    expect(() => fhirFindingsBundle([finding], { ...context, now: "2026-11-24" })).toThrow(/^now: /);
  });
});

describe("fhirProgrammeBundle", () => {
  const programme = makeProgramme("p1", {
    points: [
      { triggerPoint: "infraspinatus-1", side: "right", method: "large-ball", dose: { kind: "hold", seconds: 60 }, findingId: "f1" },
      { triggerPoint: "trapezius-upper-1", side: "left", method: "pincer", dose: { kind: "strokes", count: 8 } },
    ],
    movements: [{ name: "Arm across the chest" }],
  });
  const bundle = fhirProgrammeBundle(programme, [finding, makeFinding({ id: "unused" })], context);
  const byType = (type: string) => bundle.entry.filter((e) => e.resource.resourceType === type);
  const carePlan = byType("CarePlan")[0]?.resource as FhirCarePlan;
  const requests = byType("ServiceRequest").map((e) => e.resource as FhirServiceRequest);

  it("is a CarePlan whose activities reference one ServiceRequest per point, and the movements inline", () => {
    expect(carePlan).toMatchObject({
      status: "active",
      intent: "plan",
      title: "Shoulder blade programme",
      period: { start: "2026-11-02", end: "2026-11-29" },
    });
    expect(carePlan.activity.slice(0, 2)).toEqual(byType("ServiceRequest").map((e) => ({ reference: { reference: e.fullUrl } })));
    expect(carePlan.activity[2]).toMatchObject({ detail: { status: "scheduled", description: "Arm across the chest" } });
    expect(carePlan.note[0]?.text).toContain("at or below 5/10");
  });

  it("writes frequency, bounds, dose and ceiling on each ServiceRequest and links the finding it came from", () => {
    expect(requests[0]?.occurrenceTiming.repeat).toEqual({
      boundsPeriod: { start: "2026-11-02", end: "2026-11-29" },
      frequency: 3,
      period: 1,
      periodUnit: "wk",
    });
    expect(requests[0]?.patientInstruction).toMatch(/hold 60 seconds, 3 times a week for 4 weeks; pressure-pain at most 5\/10/);
    expect(requests[1]?.patientInstruction).toMatch(/8 slow strokes/);
    const observation = byType("Observation");
    expect(observation).toHaveLength(1);
    expect(requests[0]?.reasonReference).toEqual([{ reference: observation[0]?.fullUrl }]);
    expect(requests[1]?.reasonReference).toBeUndefined();
  });

  it("is completed once the programme's last day has passed", () => {
    const later = fhirProgrammeBundle(programme, [], { ...context, now: "2027-01-05T09:00:00+01:00" });
    expect(later.entry.find((e) => e.resource.resourceType === "CarePlan")?.resource).toMatchObject({ status: "completed" });
  });
});
