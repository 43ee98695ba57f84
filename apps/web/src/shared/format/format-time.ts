const FORMAT = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

const SHORT = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/**
 * When a session started, as the clock on the wall read then: `2026-11-22T08:00:00+01:00` shows 08:00 wherever the
 * diary is read later, because the offset recorded with the session is the person's own.
 */
export function formatStartedAt(instant: string, withYear = true): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(instant);
  if (!match) return instant;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return (withYear ? FORMAT : SHORT).format(new Date(Date.UTC(y, mo - 1, d, h, mi)));
}
