import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { DateRange } from "@unknot/core/stats";
import type { RegionId } from "@unknot/core/vocabulary";
import { messageOf, diaryIsEmpty, fetchProgress, type ProgressReport } from "../../api/index.ts";
import { queryKeys } from "../../shared/query-client.ts";
import { bucketFor } from "../../shared/format/period.ts";

/** True when a period has nothing to show: no session, no pain rating and no outcome measure. */
export function isEmptyPeriod(report: ProgressReport): boolean {
  const outcomes = report.outcomes.psfs.length + report.outcomes.pgic.length;
  return report.adherence.totalSessions === 0 && report.trend.length === 0 && outcomes === 0;
}

async function loadProgress(range: DateRange, region: RegionId | undefined) {
  const report = await fetchProgress(range, region, bucketFor(range));
  // True when nothing at all is in the diary yet (not just in this period).
  const emptyDiary = isEmptyPeriod(report) ? await diaryIsEmpty() : false;
  return { report, emptyDiary };
}

/**
 * The progress of a period, loaded again when the period or region changes. The last period's figures stay on screen
 * while the next loads (`report` of the new key replaces them; an answer for an older key never does).
 */
export function useProgress(range: DateRange, region: RegionId | undefined) {
  const { from, to } = range;
  const progress = useQuery({
    queryKey: queryKeys.progress({ from, to, region }),
    queryFn: () => loadProgress({ from, to }, region),
    placeholderData: keepPreviousData,
  });
  return {
    report: progress.data?.report,
    emptyDiary: progress.data?.emptyDiary ?? false,
    loading: progress.isFetching,
    error: progress.error ? messageOf(progress.error) : undefined,
    reload: () => void progress.refetch(),
  };
}
