import { useCallback, useEffect, useState } from "react";
import type { DateRange, RegionId } from "@unknot/core";
import { messageOf, diaryIsEmpty, fetchProgress, type ProgressReport } from "../../api/index.ts";
import { bucketFor } from "./period.ts";

interface ProgressState {
  report: ProgressReport | undefined;
  /** True when nothing at all is in the diary yet (not just in this period). */
  emptyDiary: boolean;
  loading: boolean;
  error: string | undefined;
}

/** True when a period has nothing to show: no session, no pain rating and no outcome measure. */
export function isEmptyPeriod(report: ProgressReport): boolean {
  const outcomes = report.outcomes.psfs.length + report.outcomes.pgic.length;
  return report.adherence.totalSessions === 0 && report.trend.length === 0 && outcomes === 0;
}

/** The progress of a period, refetched when the period or region changes. */
export function useProgress(range: DateRange, region: RegionId | undefined) {
  const { from, to } = range;
  const [state, setState] = useState<ProgressState>({ report: undefined, emptyDiary: false, loading: true, error: undefined });
  const [version, setVersion] = useState(0);
  const load = useCallback(async () => {
    setState((s) => ({ ...s, loading: true, error: undefined }));
    try {
      const report = await fetchProgress({ from, to }, region, bucketFor({ from, to }));
      const emptyDiary = isEmptyPeriod(report) ? await diaryIsEmpty() : false;
      setState({ report, emptyDiary, loading: false, error: undefined });
    } catch (error) {
      setState((s) => ({ ...s, loading: false, error: messageOf(error) }));
    }
  }, [from, to, region]);
  useEffect(() => {
    void load();
  }, [load, version]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
}
