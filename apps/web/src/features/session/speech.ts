// Spoken prompts through the browser's own speech synthesis. Everything here fails silently: a
// browser without it (or one that throws) simply stays quiet, and the page works as before.

/** True where the browser can speak. */
export function speechAvailable(): boolean {
  if (typeof window === "undefined") return false;
  // Typed as always there, but older and embedded browsers lack one or both.
  const { speechSynthesis, SpeechSynthesisUtterance } = window as Partial<
    Pick<Window & typeof globalThis, "speechSynthesis" | "SpeechSynthesisUtterance">
  >;
  return typeof speechSynthesis?.speak === "function" && typeof SpeechSynthesisUtterance === "function";
}

/** Text as it should be heard: "5/10" is read "5 out of 10", not "five tenths". */
export function spokenWords(text: string): string {
  return text.replace(/\b(\d+)\/10\b/g, "$1 out of 10");
}

/** Says `text`; `interrupt` drops whatever is still queued (a new step makes it stale). */
export function speak(text: string, interrupt = false): void {
  if (!speechAvailable()) return;
  try {
    if (interrupt) window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(spokenWords(text));
    utterance.rate = 0.95;
    window.speechSynthesis.speak(utterance);
  } catch {
    // Speech is a help, never a requirement.
  }
}

/** Stops speaking at once and forgets the queue. */
export function stopSpeaking(): void {
  if (!speechAvailable()) return;
  try {
    window.speechSynthesis.cancel();
  } catch {
    // Nothing to stop.
  }
}
