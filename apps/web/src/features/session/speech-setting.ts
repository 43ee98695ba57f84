import { useState } from "react";

const KEY = "unknot.spoken-prompts";

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

/** Whether spoken prompts are on: off until the person turns them on, then remembered on this device. */
export function useSpokenPromptsSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(remembered);
  const change = (next: boolean) => {
    setOn(next);
    try {
      localStorage.setItem(KEY, next ? "on" : "off");
    } catch {
      // Without storage the choice lasts for this page only.
    }
  };
  return [on, change];
}
