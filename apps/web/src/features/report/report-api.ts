import type { DateRange, StoredAssessment, StoredPressTest, StoredSession } from "@unknot/core";
import { api } from "../../api.ts";
import { callApi } from "../data/api-call.ts";
import { bucketFor } from "../progress/period.ts";
import { fetchProgress, type ProgressReport } from "../progress/progress-api.ts";

/** The most records of one kind a report lists; more than this is said in the report rather than printed. */
export const REPORT_LIMIT = 500;

/** Everything a clinician report of one period shows. */
export interface ReportData {
  progress: ProgressReport;
  sessions: StoredSession[];
  pressTests: StoredPressTest[];
  assessments: StoredAssessment[];
  /** True when a list was longer than `REPORT_LIMIT` and only its newest part is shown. */
  truncated: boolean;
}

interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Loads the period's progress and its sessions, press tests and assessments in parallel. */
export async function fetchReportData(range: DateRange): Promise<ReportData> {
  const query = { from: range.from, to: range.to, limit: String(REPORT_LIMIT) };
  const [progress, sessions, pressTests, assessments] = await Promise.all([
    fetchProgress(range, undefined, bucketFor(range)),
    callApi<Page<StoredSession>>(() => api.api.sessions.$get({ query })),
    callApi<Page<StoredPressTest>>(() => api.api["press-tests"].$get({ query })),
    callApi<Page<StoredAssessment>>(() => api.api.assessments.$get({ query })),
  ]);
  return {
    progress,
    sessions: sessions.items,
    pressTests: pressTests.items,
    assessments: assessments.items,
    truncated: Boolean(sessions.nextCursor || pressTests.nextCursor || assessments.nextCursor),
  };
}
