import { isRegionId } from "@unknot/core/vocabulary";
import { RegionSelect } from "../../shared/ui/RegionSelect.tsx";
import type { HistoryFilter } from "./history-query.ts";

interface HistoryFiltersProps {
  filter: HistoryFilter;
  onChange: (filter: HistoryFilter) => void;
}

/** Date range and body area filters for the session list. */
export function HistoryFilters({ filter, onChange }: HistoryFiltersProps) {
  return (
    <div className="card history-filters">
      <label>
        From
        <input type="date" value={filter.from ?? ""} onChange={(e) => onChange({ ...filter, from: e.target.value || undefined })} />
      </label>
      <label>
        To
        <input type="date" value={filter.to ?? ""} onChange={(e) => onChange({ ...filter, to: e.target.value || undefined })} />
      </label>
      <label>
        Area
        <RegionSelect
          value={filter.region ?? ""}
          noneLabel="All areas"
          onChange={(region) => onChange({ ...filter, region: isRegionId(region) ? region : undefined })}
        />
      </label>
    </div>
  );
}
