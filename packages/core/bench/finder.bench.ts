// `npm run bench:finder`: latency of one finder query over the whole atlas for drawings of 1, 10 and
// 40 regions, and throughput of a 10,000-case batch. Prints figures; asserts nothing.
import { findTriggerPoints, type FindInput } from "../src/finder/index.ts";
import { REGIONS, type RegionId } from "../src/vocabulary/index.ts";

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function drawing(size: number, random: () => number): FindInput {
  const ids = REGIONS.map((r) => r.id);
  const chosen = new Set<RegionId>();
  while (chosen.size < size) chosen.add(ids[Math.floor(random() * ids.length)] as RegionId);
  return { pain: [...chosen].map((region) => ({ region, intensity: Math.floor(random() * 11) })), symptoms: [], flags: [], pressTests: [] };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const random = seededRandom(42);
for (let i = 0; i < 5000; i++) findTriggerPoints(drawing(1 + (i % 40), random));

for (const size of [1, 10, 40]) {
  const cases = Array.from({ length: 2000 }, () => drawing(size, random));
  const times = cases.map((input) => {
    const start = process.hrtime.bigint();
    findTriggerPoints(input);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  times.sort((a, b) => a - b);
  console.log(
    `${String(size).padStart(2)} regions: p50 ${percentile(times, 0.5).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms (${cases.length} queries)`,
  );
}

const batch = Array.from({ length: 10_000 }, () => drawing(1 + Math.floor(random() * 12), random));
const start = process.hrtime.bigint();
for (const input of batch) findTriggerPoints(input);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`batch: 10,000 cases in ${seconds.toFixed(2)} s = ${Math.round(10_000 / seconds)} cases/s`);
