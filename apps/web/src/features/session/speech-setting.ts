import { useState } from "react";
import { STORAGE_KEYS, storedItem } from "../../storage/browser-storage.ts";

/** Kept as the plain text "on" or "off"; anything else reads as off. */
const setting = storedItem("local", STORAGE_KEYS.spokenPrompts, (value) => (value === "on" || value === "off" ? value : undefined), "text");

function remembered(): boolean {
  return setting.read() === "on";
}

/** Whether spoken prompts are on: off until the person turns them on, then remembered on this device. */
export function useSpokenPromptsSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(remembered);
  const change = (next: boolean) => {
    setOn(next);
    // Without storage the choice lasts for this page only.
    setting.write(next ? "on" : "off");
  };
  return [on, change];
}
