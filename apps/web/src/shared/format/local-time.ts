/** An instant as ISO 8601 with the device's own UTC offset, e.g. `2026-11-23T08:30:00+01:00` (the diary's format). */
export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** The device's local date, `YYYY-MM-DD`. */
export function localDate(date: Date): string {
  return isoWithOffset(date).slice(0, 10);
}
