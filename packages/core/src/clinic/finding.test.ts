import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATLAS_POINTS } from "../atlas/atlas.ts";
import { sidesOf } from "../finder/zones.ts";
import { criteriaInWords, findingEvidence, meetsActiveCriteria, parseFinding } from "./finding.ts";

const valid = {
  triggerPoint: "trapezius-upper-1",
  side: "left",
  status: "active",
  criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: true, jumpSign: true },
  examinedAt: "2026-11-20T10:00:00+01:00",
};

const criteriaArb = fc.record(
  {
    tautBand: fc.boolean(),
    hypersensitiveSpot: fc.boolean(),
    recognisedReferredPain: fc.boolean(),
    localTwitchResponse: fc.boolean(),
    jumpSign: fc.boolean(),
  },
  { requiredKeys: ["tautBand", "hypersensitiveSpot", "recognisedReferredPain"] },
);

describe("parseFinding", () => {
  it("accepts a finding meeting the consensus criteria", () => {
    const parsed = parseFinding(valid);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    [{ ...valid, triggerPoint: "no-such-point" }, 'triggerPoint: unknown trigger point "no-such-point"'],
    [{ ...valid, side: "both" }, 'side: must be "left", "right" or "midline"'],
    [{ ...valid, side: "midline" }, "side: must be left or right for Upper trapezius"],
    [{ ...valid, status: "dormant" }, 'status: must be "active" or "latent"'],
    [{ ...valid, criteria: { ...valid.criteria, tautBand: "yes" } }, "criteria.tautBand: must be true or false"],
    [{ ...valid, criteria: { tautBand: true, hypersensitiveSpot: true } }, "criteria.recognisedReferredPain: is missing"],
    [{ ...valid, examinedAt: "yesterday" }, "examinedAt: must be a date and time with offset"],
    [{ ...valid, status: "latent" }, "criteria.recognisedReferredPain: a latent trigger point does not bring on"],
    [{ ...valid, extra: 1 }, "extra: is not a known field"],
  ])("names the field of a bad finding %#", (raw, message) => {
    const parsed = parseFinding(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("accepts exactly the sides a point can lie on", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ATLAS_POINTS), fc.constantFrom("left", "right", "midline"), ({ point }, side) => {
        const parsed = parseFinding({ ...valid, triggerPoint: point.id, side });
        expect(parsed.ok).toBe(sidesOf(point).includes(side));
      }),
    );
  });
});

describe("findingEvidence", () => {
  it("is confirmed-active exactly when judged active and taut band, spot and recognised pain all hold", () => {
    fc.assert(
      fc.property(criteriaArb, fc.constantFrom("active" as const, "latent" as const), (criteria, status) => {
        const evidence = findingEvidence({ status, criteria });
        expect(evidence === "confirmed-active").toBe(status === "active" && meetsActiveCriteria(criteria));
        const anyCore = criteria.tautBand || criteria.hypersensitiveSpot || criteria.recognisedReferredPain;
        expect(evidence === "not-found").toBe(!anyCore);
      }),
    );
  });

  it("does not let the optional signs stand in for a required criterion", () => {
    const criteria = { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: false, localTwitchResponse: true, jumpSign: true };
    expect(findingEvidence({ status: "active", criteria })).toBe("trigger-point");
  });

  it("says the criteria found in words", () => {
    expect(criteriaInWords({ tautBand: true, hypersensitiveSpot: false, recognisedReferredPain: true, jumpSign: true })).toBe(
      "taut band, referred pain the person recognised and jump sign",
    );
    expect(criteriaInWords({ tautBand: false, hypersensitiveSpot: false, recognisedReferredPain: false })).toBe("none of the criteria");
  });
});
