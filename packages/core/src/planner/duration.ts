/**
 * A routine's length in words, rounded up to whole minutes so the routine fits the time it names:
 * 3.8 → "4 minutes", 0.4 → "1 minute", 75 → "1 hour 15 minutes".
 */
export function minutesInWords(minutes: number): string {
  const whole = Math.max(1, Math.ceil(minutes - 1e-9));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (hours === 0) return count(rest, "minute");
  return rest === 0 ? count(hours, "hour") : `${count(hours, "hour")} ${count(rest, "minute")}`;
}
