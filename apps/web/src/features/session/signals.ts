import type { TimerAlert } from "@unknot/core/planner";

let audio: AudioContext | undefined;

/** Prepares sound; browsers allow audio only after a tap, so the Start button calls this. */
export function unlockSound(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    audio = undefined;
  }
}

function beep(at: number, frequency: number, length: number): void {
  if (!audio) return;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + length + 0.05);
}

const PATTERNS: Record<TimerAlert["kind"], { tones: [number, number][]; vibrate: number[] }> = {
  "work-started": { tones: [[880, 0.15]], vibrate: [120] },
  "step-ended": {
    tones: [
      [660, 0.25],
      [990, 0.35],
    ],
    vibrate: [250, 120, 250],
  },
  "session-done": {
    tones: [
      [523, 0.3],
      [659, 0.3],
      [784, 0.5],
    ],
    vibrate: [400, 150, 400, 150, 400],
  },
};

/** Sounds and vibrates for a timer alert, so nobody needs to watch the screen. */
export function signal(kind: TimerAlert["kind"]): void {
  const pattern = PATTERNS[kind];
  if (audio) {
    let at = audio.currentTime + 0.01;
    for (const [frequency, length] of pattern.tones) {
      beep(at, frequency, length);
      at += length + 0.08;
    }
  }
  navigator.vibrate?.(pattern.vibrate);
}
