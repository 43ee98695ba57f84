import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("layer boundaries are enforced by lint", () => {
  it("rejects a Node built-in imported into core", async () => {
    const ids = await ruleIdsFor('import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', "packages/core/src/bad.ts");
    expect(ids).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("rejects React, the server, the clock, randomness, timers, fetch and process in core", async () => {
    const code = [
      'import { useState } from "react";',
      'import { createApp } from "@unknot/server";',
      "export const a = [useState, createApp, Date.now(), Math.random(), new Date()];",
      "setTimeout(() => undefined, 1);",
      'void fetch("/x");',
      "export const env = process.argv;",
    ].join("\n");
    const ids = await ruleIdsFor(code, "packages/core/src/bad.ts");
    expect(ids.filter((id) => id === "@typescript-eslint/no-restricted-imports")).toHaveLength(2);
    expect(ids.filter((id) => id === "no-restricted-properties")).toHaveLength(2);
    expect(ids).toContain("no-restricted-syntax");
    expect(ids.filter((id) => id === "no-restricted-globals")).toHaveLength(3);
  });

  it("lets web and cli import types, but not values, from the server", async () => {
    expect(await ruleIdsFor('import type { AppType } from "@unknot/server";\nexport type A = AppType;\n', "apps/web/src/ok.ts")).toEqual(
      [],
    );
    expect(await ruleIdsFor('import { createApp } from "@unknot/server";\nexport const a = createApp;\n', "apps/cli/src/bad.ts")).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
  });

  it("allows process.env only in the server's env.ts", async () => {
    expect(await ruleIdsFor("export const p = process.env.PORT;\n", "apps/server/src/app.ts")).toContain("no-restricted-properties");
    expect(await ruleIdsFor("export const p = process.env.PORT;\n", "apps/server/src/env.ts")).toEqual([]);
  });

  it("walls web features off from each other, nested folders included", async () => {
    const crossFeature = 'import { SessionPage } from "../session/SessionPage.tsx";\nexport const page = SessionPage;\n';
    expect(await ruleIdsFor(crossFeature, "apps/web/src/features/home/bad.ts")).toContain("import-x/no-restricted-paths");
    const nested = 'import { AtlasPage } from "../../atlas/AtlasPage.tsx";\nexport const page = AtlasPage;\n';
    expect(await ruleIdsFor(nested, "apps/web/src/features/plan/workout/bad.ts")).toContain("import-x/no-restricted-paths");
  });

  it("lets a feature import its own files and shared/, but not shared/ a feature", async () => {
    const fromShared = 'import { oneDecimal } from "../../shared/format/format-number.ts";\nexport const f = oneDecimal;\n';
    expect(await ruleIdsFor(fromShared, "apps/web/src/features/home/ok.ts")).toEqual([]);
    const ownFile = 'import { SessionPage } from "./SessionPage.tsx";\nexport const page = SessionPage;\n';
    expect(await ruleIdsFor(ownFile, "apps/web/src/features/session/ok.ts")).toEqual([]);
    const sharedToFeature = 'import { SessionPage } from "../features/session/SessionPage.tsx";\nexport const page = SessionPage;\n';
    expect(await ruleIdsFor(sharedToFeature, "apps/web/src/shared/bad.ts")).toContain("import-x/no-restricted-paths");
  });

  it("rejects an import cycle in the web app", async () => {
    // period.ts importing the picker that imports period.ts closes a loop.
    const cycle = 'import { PeriodPicker } from "../ui/PeriodPicker.tsx";\nexport const picker = PeriodPicker;\n';
    expect(await ruleIdsFor(cycle, "apps/web/src/shared/format/period.ts")).toContain("import-x/no-cycle");
  });
});
