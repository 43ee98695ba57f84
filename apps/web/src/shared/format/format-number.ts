/** One decimal at most, as every pain number on these pages is written: 3, 2.5. */
export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });
}

/** A before → after drop in words: "2.5 points less pain", "1 point more pain", "no change". */
export function dropWords(drop: number | null): string {
  if (drop === null) return "not rated before and after";
  const rounded = Math.round(drop * 10) / 10;
  if (rounded === 0) return "no change on average";
  const size = Math.abs(rounded);
  return `${oneDecimal(size)} point${size === 1 ? "" : "s"} ${rounded > 0 ? "less" : "more"} pain after`;
}
