import { REGIONS } from "@unknot/core/vocabulary";

interface RegionSelectProps {
  /** A region id, or "" for the first option (no single region). */
  value: string;
  /** What the first option, "" (every region), says. */
  noneLabel: string;
  onChange: (region: string) => void;
}

/** A drop-down of every body-map region by its label, led by an option for none in particular. */
export function RegionSelect({ value, noneLabel, onChange }: RegionSelectProps) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{noneLabel}</option>
      {REGIONS.map((region) => (
        <option key={region.id} value={region.id}>
          {region.label}
        </option>
      ))}
    </select>
  );
}
