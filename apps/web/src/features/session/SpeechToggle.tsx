import { speak, speechAvailable, stopSpeaking } from "./speech.ts";

/** The switch for spoken prompts; absent where the browser cannot speak. */
export function SpeechToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  if (!speechAvailable()) return null;
  return (
    <label className="speech-toggle">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(event) => {
          const next = event.target.checked;
          onChange(next);
          // Said from the tap itself, which is also what lets some browsers speak later on their own.
          if (next) speak("Spoken prompts on. Each step will be read out as it starts.", true);
          else stopSpeaking();
        }}
      />
      Speak the steps aloud
    </label>
  );
}
