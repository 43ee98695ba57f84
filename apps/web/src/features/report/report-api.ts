import type { DateRange } from "@unknot/core/stats";
import { fetchProgress, listAssessments, listPressTests, listSessions, type ProgressReport } from "../../api/index.ts";
import { bucketFor } from "../../shared/format/period.ts";

/** The most records of one kind a report lists; more than this is said in the report rather than printed. */
export const REPORT_LIMIT = 500;

type Items<F extends (...args: never[]) => Promise<{ items: unknown[] }>> = Awaited<ReturnType<F>>["items"];

/** Everything a clinician report of one period shows. */
export interface ReportData {
  progress: ProgressReport;
  sessions: Items<typeof listSessions>;
  pressTests: Items<typeof listPressTests>;
  assessments: Items<typeof listAssessments>;
  /** True when a list was longer than `REPORT_LIMIT` and only its newest part is shown. */
  truncated: boolean;
}

/** Loads the period's progress and its sessions, press tests and assessments in parallel. */
export async function fetchReportData(range: DateRange): Promise<ReportData> {
  const filter = { from: range.from, to: range.to, limit: REPORT_LIMIT };
  const [progress, sessions, pressTests, assessments] = await Promise.all([
    fetchProgress(range, undefined, bucketFor(range)),
    listSessions(filter),
    listPressTests(filter),
    listAssessments(filter),
  ]);
  return {
    progress,
    sessions: sessions.items,
    pressTests: pressTests.items,
    assessments: assessments.items,
    truncated: Boolean(sessions.nextCursor || pressTests.nextCursor || assessments.nextCursor),
  };
}
