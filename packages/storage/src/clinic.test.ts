import { ProgrammeInputSchema, type FindingInput } from "@unknot/core/clinic";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "../test/stores.ts";
import {
  ClinicRecordNotFoundError,
  createFinding,
  createProgramme,
  deleteFinding,
  deleteProgramme,
  getFinding,
  getProgramme,
  listFindings,
  listProgrammes,
  updateProgramme,
} from "./clinic.ts";
import { ensurePerson, prepareStore } from "./diary.ts";

const NOW = "2026-11-24T10:00:00Z";

const finding = (examinedAt: string, triggerPoint = "trapezius-upper-1"): FindingInput => ({
  triggerPoint,
  side: "left",
  status: "active",
  criteria: { tautBand: true, hypersensitiveSpot: true, recognisedReferredPain: true, localTwitchResponse: false },
  notes: "Familiar headache on pressure — «ça fait mal»",
  examinedAt,
});

const programme = (startsOn: string) =>
  ProgrammeInputSchema.parse({
    title: "Neck and shoulder",
    tools: ["thumb", "large-ball"],
    points: [
      { triggerPoint: "trapezius-upper-2", side: "left", method: "large-ball", dose: { kind: "hold", seconds: 60 }, findingId: "f1" },
    ],
    timesPerWeek: 3,
    weeks: 4,
    startsOn,
    movements: [{ name: "Ear towards shoulder", instructions: "Hold 30 s each side." }],
  });

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`findings and programmes on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore | undefined;
    afterEach(async () => test?.close());

    async function ready(): Promise<TestStore> {
      test = await open();
      await prepareStore(test.store, NOW);
      await ensurePerson(test.store, "ann", "Ann", NOW);
      await ensurePerson(test.store, "bob", "Bob", NOW);
      return test;
    }

    it("keeps a finding exactly, lists a person's findings oldest first, and none of anyone else's", async () => {
      const { store } = await ready();
      await createFinding(store, "ann", finding("2026-11-20T10:00:00+01:00"), { id: "f2", authorId: "dr", now: NOW });
      await createFinding(store, "ann", finding("2026-11-10T10:00:00+01:00", "infraspinatus-1"), { id: "f1", authorId: "dr", now: NOW });
      await createFinding(store, "bob", finding("2026-11-15T10:00:00+01:00"), { id: "f3", authorId: "dr", now: NOW });
      const listed = await listFindings(store, "ann");
      expect(listed.map((f) => f.id)).toEqual(["f1", "f2"]);
      expect(listed[1]).toEqual({ ...finding("2026-11-20T10:00:00+01:00"), id: "f2", personId: "ann", authorId: "dr", createdAt: NOW });
      await expect(getFinding(store, "ann", "f3")).rejects.toBeInstanceOf(ClinicRecordNotFoundError);
      await expect(deleteFinding(store, "ann", "f3")).rejects.toBeInstanceOf(ClinicRecordNotFoundError);
      await deleteFinding(store, "ann", "f1");
      expect((await listFindings(store, "ann")).map((f) => f.id)).toEqual(["f2"]);
      expect((await getFinding(store, "bob", "f3")).personId).toBe("bob");
    });

    it("keeps a programme, updates it in place keeping author and creation time, and deletes it", async () => {
      const { store } = await ready();
      await createProgramme(store, "ann", programme("2026-11-02"), { id: "p1", authorId: "dr", now: NOW });
      await createProgramme(store, "ann", programme("2026-11-16"), { id: "p2", authorId: "dr", now: NOW });
      expect((await listProgrammes(store, "ann")).map((p) => p.id)).toEqual(["p2", "p1"]);
      const changed = { ...programme("2026-11-02"), weeks: 6, painCeiling: 4 };
      const later = "2026-11-25T10:00:00Z";
      const updated = await updateProgramme(store, "ann", "p1", changed, later);
      expect(await getProgramme(store, "ann", "p1")).toEqual(updated);
      expect(updated).toMatchObject({ weeks: 6, painCeiling: 4, authorId: "dr", createdAt: NOW, updatedAt: later });
      await expect(updateProgramme(store, "bob", "p1", changed, later)).rejects.toBeInstanceOf(ClinicRecordNotFoundError);
      expect(await listProgrammes(store, "bob")).toEqual([]);
      await deleteProgramme(store, "ann", "p2");
      await expect(getProgramme(store, "ann", "p2")).rejects.toThrow('No programme with id "p2"');
    });

    it("refuses a finding or programme for a person who does not exist", async () => {
      const { store } = await ready();
      await expect(
        createFinding(store, "nobody", finding("2026-11-20T10:00:00+01:00"), { id: "f9", authorId: "dr", now: NOW }),
      ).rejects.toThrow();
      await expect(createProgramme(store, "nobody", programme("2026-11-02"), { id: "p9", authorId: "dr", now: NOW })).rejects.toThrow();
    });

    it("refuses to hand out a stored document that no longer validates", async () => {
      const { store } = await ready();
      await createFinding(store, "ann", finding("2026-11-20T10:00:00+01:00"), { id: "f1", authorId: "dr", now: NOW });
      await sql`UPDATE findings SET document = ${JSON.stringify({ ...finding("2026-11-20T10:00:00+01:00"), triggerPoint: "gone" })} WHERE id = 'f1'`.execute(
        store.db,
      );
      await expect(listFindings(store, "ann")).rejects.toThrow(/unknown trigger point/);
    });
  });
}
