// Checks one atlas data file against the atlas rules: `node scripts/check-atlas-area.mjs head-neck`.
import { register } from "tsx/esm/api";

register();
const area = process.argv[2];
if (!area) {
  console.error("usage: node scripts/check-atlas-area.mjs AREA (e.g. head-neck)");
  process.exit(2);
}
const data = await import(`../packages/core/src/atlas/data/${area}.ts`);
const { checkMuscles } = await import("../packages/core/src/atlas/integrity.ts");
const muscles = Object.values(data).find(Array.isArray) ?? [];
const problems = checkMuscles(muscles);
const points = muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
console.log(`${area}: ${muscles.length} muscles, ${points} trigger points, ${problems.length} problem(s)`);
for (const problem of problems) console.log(`  - ${problem}`);
process.exit(problems.length ? 1 : 0);
