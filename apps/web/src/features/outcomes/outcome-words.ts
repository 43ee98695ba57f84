import type { OutcomeChange } from "@unknot/core/outcomes";
import { oneDecimal } from "../../shared/format/format-number.ts";

/** A signed change with one decimal: "+3.7", "−4", "±0". */
export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : "±"}${oneDecimal(Math.abs(rounded))}`;
}

/** Pain first week → last week, e.g. "7 → 3 (−4 points, −57 %)". */
export function painChangeWords(pain: NonNullable<OutcomeChange["pain"]>): string {
  const percent = pain.percent === undefined ? "" : `, ${pain.percent < 0 ? "−" : "+"}${Math.round(Math.abs(pain.percent))} %`;
  return `${oneDecimal(pain.baseline.average)} → ${oneDecimal(pain.latest.average)} (${signed(pain.change)} points${percent})`;
}

/** PSFS average first → latest, e.g. "2.7 → 6.3 (+3.7 points)". */
export function psfsChangeWords(psfs: NonNullable<OutcomeChange["psfs"]>): string {
  return `${oneDecimal(psfs.baseline.average)} → ${oneDecimal(psfs.latest.average)} (${signed(psfs.change)} points)`;
}
