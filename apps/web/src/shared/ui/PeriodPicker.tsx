import type { RegionId } from "@unknot/core/vocabulary";
import { RegionSelect } from "./RegionSelect.tsx";
import { PERIOD_PRESETS, presetRange, type Period } from "../format/period.ts";

interface PeriodPickerProps {
  period: Period;
  today: string;
  onChange: (period: Pick<Period, "preset" | "from" | "to" | "region">) => void;
  /** Offer the area filter (the progress page) or not (the report). */
  withRegion?: boolean;
}

/** One-tap periods, custom dates and, optionally, one area to follow on its own. */
export function PeriodPicker({ period, today, onChange, withRegion = true }: PeriodPickerProps) {
  const setDates = (from: string, to: string) => {
    if (from && to && from <= to) onChange({ preset: "custom", from, to, region: period.region });
  };
  return (
    <div className="card period-picker">
      <div className="chips" role="group" aria-label="Period">
        {PERIOD_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="chip"
            aria-pressed={period.preset === preset.id}
            onClick={() => onChange({ preset: preset.id, ...presetRange(preset, today), region: period.region })}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div className="period-fields">
        <label>
          From
          <input type="date" value={period.from} max={period.to} onChange={(e) => setDates(e.target.value, period.to)} />
        </label>
        <label>
          To
          <input type="date" value={period.to} min={period.from} onChange={(e) => setDates(period.from, e.target.value)} />
        </label>
        {withRegion && (
          <label className="period-region">
            Show one area
            <RegionSelect
              value={period.region ?? ""}
              noneLabel="The areas that hurt most often"
              onChange={(region) => onChange({ ...period, region: region ? (region as RegionId) : undefined })}
            />
          </label>
        )}
      </div>
    </div>
  );
}
