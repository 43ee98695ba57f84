import { REGIONS } from "@unknot/core";

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
        <select value={filter.region} onChange={(e) => onChange({ ...filter, region: e.target.value })}>
          <option value="">All areas</option>
          {REGIONS.map((region) => (
            <option key={region.id} value={region.id}>
              {region.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
