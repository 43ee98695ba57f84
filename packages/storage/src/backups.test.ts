import { type DiarySnapshot, type SessionInput } from "@unknot/core/diary";
import { backupSnapshot, parseBackup } from "@unknot/core/formats";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, POSTGRES_SKIP_REASON, type TestStore } from "../test/stores.ts";
import { BACKUPS_KEPT, backupsDir, findBackup, listBackups, replaceDiary } from "./backups.ts";
import { openSqlite } from "./connect.ts";
import { createRecord, DEFAULT_OWNER, prepareStore } from "./diary.ts";
import { loadSnapshot } from "./snapshot.ts";

const session = (startedAt: string, notes: string): SessionInput => ({
  startedAt,
  points: [{ triggerPoint: "soleus-1", method: "large-ball", seconds: 45, maxPain: 4 }],
  painBefore: [{ region: "heel-left", intensity: 6 }],
  painAfter: [{ region: "heel-left", intensity: 3 }],
  notes,
});

const EMPTY: DiarySnapshot = { assessments: [], pressTests: [], routines: [], sessions: [], checkIns: [], outcomes: [], goals: [] };
const modeOf = (path: string) => statSync(path).mode & 0o777;

for (const { engine, open, skip } of ENGINES) {
  describe.skipIf(skip)(`replacing a diary on ${engine}${skip ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await open();
      await prepareStore(test.store, "2026-11-20T00:00:00Z");
    });
    afterAll(async () => test?.close());

    it("saves the diary as it was, privately, before replacing it, and the saved file restores it", async () => {
      for (const [i, day] of ["2026-11-01", "2026-11-02"].entries()) {
        await createRecord(test.store, DEFAULT_OWNER, "sessions", session(`${day}T08:00:00+01:00`, `before ${i}`), {
          id: `keep-${i}`,
          now: `${day}T09:00:00Z`,
        });
      }
      const before = await loadSnapshot(test.store, DEFAULT_OWNER);
      const backup = await replaceDiary(test.store, DEFAULT_OWNER, EMPTY, { dataDir: test.dataDir, now: "2026-11-20T08:30:00.250Z" });

      expect(backup).toMatchObject({ name: "diary-2026-11-20T08-30-00.250Z.json", takenAt: "2026-11-20T08:30:00.250Z" });
      expect(backup?.path).toBe(join(backupsDir(test.dataDir), backup?.name ?? ""));
      expect((await loadSnapshot(test.store, DEFAULT_OWNER)).sessions).toEqual([]);
      const parsed = parseBackup(readFileSync(backup?.path ?? "", "utf8"));
      expect(parsed.ok && backupSnapshot(parsed.backup)).toEqual(before);
      expect(modeOf(backup?.path ?? "")).toBe(0o600);
      expect(modeOf(backupsDir(test.dataDir))).toBe(0o700);
      expect(readdirSync(backupsDir(test.dataDir)).filter((name) => name.endsWith(".partial"))).toEqual([]);
    });

    it("takes no backup of an empty diary, so real backups are not pushed out", async () => {
      const count = listBackups(test.dataDir).length;
      expect(await replaceDiary(test.store, DEFAULT_OWNER, EMPTY, { dataDir: test.dataDir, now: "2026-11-20T09:00:00Z" })).toBeUndefined();
      expect(listBackups(test.dataDir)).toHaveLength(count);
    });

    it(`keeps the newest ${BACKUPS_KEPT} backups, newest first, and tells apart two taken in one millisecond`, async () => {
      await createRecord(test.store, DEFAULT_OWNER, "sessions", session("2026-11-03T08:00:00+01:00", "one"), {
        id: "one",
        now: "2026-11-03T09:00:00Z",
      });
      const diary = await loadSnapshot(test.store, DEFAULT_OWNER);
      for (let i = 0; i < BACKUPS_KEPT + 2; i++) {
        const second = String(Math.min(i, BACKUPS_KEPT)).padStart(2, "0");
        await replaceDiary(test.store, DEFAULT_OWNER, diary, { dataDir: test.dataDir, now: `2026-11-21T00:00:${second}.000Z` });
      }
      const names = listBackups(test.dataDir).map((file) => file.name);
      expect(names).toHaveLength(BACKUPS_KEPT);
      expect(names.slice(0, 3)).toEqual([
        "diary-2026-11-21T00-00-10.000Z-2.json",
        "diary-2026-11-21T00-00-10.000Z.json",
        "diary-2026-11-21T00-00-09.000Z.json",
      ]);
      expect(names.at(-1)).toBe("diary-2026-11-21T00-00-02.000Z.json");
      expect(names).not.toContain("diary-2026-11-20T08-30-00.250Z.json");
      expect(await loadSnapshot(test.store, DEFAULT_OWNER)).toEqual(diary);
    });

    it("finds a backup by its name only, never by a path", () => {
      const [newest] = listBackups(test.dataDir);
      expect(findBackup(test.dataDir, newest?.name ?? "")).toEqual(newest);
      expect(findBackup(test.dataDir, `../backups/${newest?.name ?? ""}`)).toBeUndefined();
      expect(findBackup(test.dataDir, "diary-2026-01-01T00-00-00.000Z.json")).toBeUndefined();
    });
  });
}

describe("the SQLite data directory", () => {
  it("is private to its owner: folder 0700, database and its WAL 0600", async () => {
    const parent = mkdtempSync(join(tmpdir(), "unknot-modes-"));
    const dataDir = join(parent, "new", "data");
    const store = openSqlite(dataDir);
    try {
      await prepareStore(store, "2026-11-20T00:00:00Z");
      await createRecord(store, DEFAULT_OWNER, "sessions", session("2026-11-01T08:00:00+01:00", "x"), {
        id: "x",
        now: "2026-11-01T09:00:00Z",
      });
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of ["unknot.sqlite", "unknot.sqlite-wal", "unknot.sqlite-shm"]) expect(modeOf(join(dataDir, file))).toBe(0o600);
    } finally {
      await store.db.destroy();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
