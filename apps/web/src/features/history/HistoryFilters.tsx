import { RegionSelect } from "../../shared/ui/RegionSelect.tsx";

/** The filters of the history page, as kept in its address. */
export interface HistoryFilter {
  from: string;
  to: string;
  region: string;
}

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
        <input type="date" value={filter.from} onChange={(e) => onChange({ ...filter, from: e.target.value })} />
      </label>
      <label>
        To
        <input type="date" value={filter.to} onChange={(e) => onChange({ ...filter, to: e.target.value })} />
      </label>
      <label>
        Area
        <RegionSelect value={filter.region} noneLabel="All areas" onChange={(region) => onChange({ ...filter, region })} />
      </label>
    </div>
  );
}
