/** "Explains 2 of the 3 places you marked", or "Explains the place you marked" when only one was marked. */
export function explainsWords(explained: number, marked: number): string {
  if (marked === 1) return explained === 0 ? "Does not explain the place you marked" : "Explains the place you marked";
  return `Explains ${explained} of the ${marked} places you marked`;
}
