import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { DateRange } from "@unknot/core/stats";
import { messageOf } from "../../api/index.ts";
import { queryKeys } from "../../shared/query-client.ts";
import { fetchReportData } from "./report-api.ts";

/** The report's data for a period; loaded again when the period changes (the last period's stays shown meanwhile). */
export function useReportData(range: DateRange) {
  const { from, to } = range;
  const report = useQuery({
    queryKey: queryKeys.report({ from, to }),
    queryFn: () => fetchReportData({ from, to }),
    placeholderData: keepPreviousData,
  });
  return { data: report.data, error: report.error ? messageOf(report.error) : undefined, loading: report.isPending };
}
