import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** The month the seeded diary fills: one no other spec writes in (the outcomes spec starts in March and June 2025). */
export const MONTH = { from: "2024-10-01", to: "2024-10-31" } as const;

const JSON_TYPE = { "Content-Type": "application/json" };

const day = (n: number) => `2024-10-${String(n).padStart(2, "0")}`;

/**
 * A month of everyday use: a session most days (two or three points, with notes now and then), a weekly check-in,
 * a drawing with its press tests at the start. The temple falls from 7 to 2 while the buttock, worked less, stays
 * around 4 to 5, so an average of all areas would zigzag and hide the temple's fall.
 */
export async function seedMonth(request: APIRequestContext): Promise<void> {
  const existing = await request.get(`/api/sessions?from=${MONTH.from}&to=${MONTH.to}&limit=1`);
  if (((await existing.json()) as { items: unknown[] }).items.length > 0) return; // the other project seeded it already
  const post = async (path: string, data: object) => {
    const response = await request.post(path, { data, headers: JSON_TYPE });
    expect(response.status(), `${path} ${JSON.stringify(data).slice(0, 80)}`).toBe(201);
  };
  await post("/api/assessments", {
    createdAt: `${day(1)}T08:00:00+00:00`,
    pain: [
      { region: "temple-left", intensity: 7 },
      { region: "buttock-upper-right", intensity: 5 },
    ],
    symptoms: ["headache"],
  });
  for (const [point, result] of [
    ["trapezius-upper-1", "reproduces"],
    ["sternocleidomastoid-sternal-1", "tender"],
    ["gluteus-medius-1", "tender"],
  ] as const)
    await post("/api/press-tests", { recordedAt: `${day(1)}T08:10:00+00:00`, triggerPoint: point, result });
  for (let n = 2; n <= 31; n++) {
    if (n % 7 === 0) continue; // a day off each week
    const temple = Math.max(2, 7 - Math.floor((n - 2) / 5));
    const buttock = n % 2 === 0 ? 5 : 4;
    const points = [
      { triggerPoint: "trapezius-upper-1", method: "pincer", seconds: 60, maxPain: 5 },
      { triggerPoint: "gluteus-medius-1", method: "small-ball", seconds: 45, maxPain: n === 12 ? 8 : 4 },
      ...(n % 3 === 0 ? [{ triggerPoint: "levator-scapulae-1", method: "fingers", strokes: 10, maxPain: 4 }] : []),
    ];
    await post("/api/sessions", {
      startedAt: `${day(n)}T07:30:00+00:00`,
      points,
      painBefore: [
        { region: "temple-left", intensity: temple },
        { region: "buttock-upper-right", intensity: buttock },
      ],
      painAfter: [
        { region: "temple-left", intensity: Math.max(0, temple - 2) },
        { region: "buttock-upper-right", intensity: buttock - 1 },
      ],
      ...(n % 4 === 0 ? { notes: `Day ${n}: slept badly, desk work all afternoon; the headache eased after the walk.` } : {}),
    });
  }
  for (const n of [8, 15, 22, 29])
    await post("/api/check-ins", {
      recordedAt: `${day(n)}T21:00:00+00:00`,
      ratings: [
        { region: "temple-left", intensity: Math.max(2, 7 - Math.floor(n / 5)) },
        { region: "buttock-upper-right", intensity: 4 },
      ],
    });
}
