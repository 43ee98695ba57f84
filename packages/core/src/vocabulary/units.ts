import type { Brand } from "./brand.ts";

/** Pain intensity on the 0–10 numeric rating scale (0 = marked but not painful now). */
export type Intensity = Brand<number, "Intensity">;
/** A duration in whole seconds. */
export type Seconds = Brand<number, "Seconds">;
/** A calendar date as `YYYY-MM-DD`, in the person's own time zone. */
export type LocalDate = Brand<string, "LocalDate">;

/** Returns `value` as an `Intensity`, or undefined when it is not a number from 0 to 10. */
export function toIntensity(value: number): Intensity | undefined {
  return Number.isFinite(value) && value >= 0 && value <= 10 ? (value as Intensity) : undefined;
}

/** Returns `value` as whole `Seconds`, or undefined when it is negative or not finite. */
export function toSeconds(value: number): Seconds | undefined {
  return Number.isFinite(value) && value >= 0 ? (Math.round(value) as Seconds) : undefined;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns `value` as a `LocalDate` when it is a real calendar date written `YYYY-MM-DD`. */
export function toLocalDate(value: string): LocalDate | undefined {
  const match = LOCAL_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth ? (value as LocalDate) : undefined;
}
