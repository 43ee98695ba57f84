import { useEffect, useReducer, useState } from "react";
import { createSessionTimer, timerReducer, timerView, type TimerAlert, type TimerState, type TimerStepInput } from "@unknot/core/planner";

const TICK_MS = 250;

/** A clock that never steps backwards, in epoch milliseconds. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Drives core's session timer (from `initial` when a session is resumed): ticks it while running, keeps the screen
 * awake where the browser allows, and hands every alert to `onAlert` (sound and vibration).
 */
export function useSessionTimer(steps: readonly TimerStepInput[], onAlert: (alert: TimerAlert) => void, initial?: TimerState) {
  const [state, dispatch] = useReducer(timerReducer, steps, (s: readonly TimerStepInput[]) => initial ?? createSessionTimer(s));
  const [clock, setClock] = useState(now);
  const running = state.status === "running";
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      const time = now();
      setClock(time);
      dispatch({ type: "tick", now: time });
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running]);
  useEffect(() => {
    for (const alert of state.alerts) onAlert(alert);
  }, [state.alerts, onAlert]);
  useWakeLock(running);
  /** Applies the person's action and returns the timer as it now is (the reducer is pure, so this is what the next render shows). */
  const act = (type: "start" | "pause" | "resume" | "skip" | "ease-off") => {
    const time = now();
    const event = { type, now: time };
    setClock(time);
    dispatch(event);
    const next = timerReducer(state, event);
    return { state: next, view: timerView(next, time) };
  };
  return { state, view: timerView(state, clock), act };
}

/** Asks the browser to keep the screen on while the session runs; silently does nothing where it cannot. */
function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !("wakeLock" in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let cancelled = false;
    navigator.wakeLock
      .request("screen")
      .then((sentinel) => {
        if (cancelled) void sentinel.release();
        else lock = sentinel;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      void lock?.release();
    };
  }, [active]);
}
