import { useEffect, useState } from "react";
import type { DateRange } from "@unknot/core";
import { messageOf } from "../../api/index.ts";
import { fetchReportData, type ReportData } from "./report-api.ts";

/** The report's data for a period; refetched when the period changes. */
export function useReportData(range: DateRange) {
  const { from, to } = range;
  const [state, setState] = useState<{ data?: ReportData; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    let current = true;
    fetchReportData({ from, to }).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: messageOf(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [from, to]);
  return state;
}
