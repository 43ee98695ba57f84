import { useId } from "react";
import { MAX_PAIN_CEILING } from "@unknot/core/atlas";
import { TOOL_LABELS } from "@unknot/core/vocabulary";
import { TOOLS, type PreferencesInput, type Tool } from "@unknot/core/planner";

/** The preferences the page asks for, with every field filled. */
export type SessionPrefs = Required<Pick<PreferencesInput, "experience" | "painSensitivity" | "minutesAvailable" | "painCeiling">> & {
  tools: Tool[];
};

/** Gentle defaults: new to this, a thumb and a large soft ball, ten minutes, the default pain ceiling of 5. */
export const DEFAULT_PREFS: SessionPrefs = {
  experience: "new",
  painSensitivity: "normal",
  tools: ["thumb", "large-ball"],
  minutesAvailable: 10,
  painCeiling: 5,
};

interface PlanFormProps {
  prefs: SessionPrefs;
  onChange: (prefs: SessionPrefs) => void;
}

/** What the person has to hand and how they want to work; the routine below updates as they change it. */
export function PlanForm({ prefs, onChange }: PlanFormProps) {
  const ceilingId = useId();
  const set = <K extends keyof SessionPrefs>(key: K, value: SessionPrefs[K]) => onChange({ ...prefs, [key]: value });
  const toggleTool = (tool: Tool) =>
    set("tools", prefs.tools.includes(tool) ? prefs.tools.filter((t) => t !== tool) : [...prefs.tools, tool]);
  return (
    <div className="card plan-form">
      <fieldset>
        <legend>What do you have to hand?</legend>
        <div className="chips">
          {TOOLS.map((tool) => (
            <button key={tool} type="button" className="chip" aria-pressed={prefs.tools.includes(tool)} onClick={() => toggleTool(tool)}>
              {TOOL_LABELS[tool]}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="plan-grid">
        <label>
          Experience
          <select value={prefs.experience} onChange={(e) => set("experience", e.target.value as SessionPrefs["experience"])}>
            <option value="new">New to this</option>
            <option value="practised">I have done this before</option>
          </select>
        </label>
        <label>
          Sensitivity to pressure
          <select value={prefs.painSensitivity} onChange={(e) => set("painSensitivity", e.target.value as SessionPrefs["painSensitivity"])}>
            <option value="low">Low</option>
            <option value="normal">Normal</option>
            <option value="high">High: I bruise or flare up easily</option>
          </select>
        </label>
        <label>
          Time available
          <select value={prefs.minutesAvailable} onChange={(e) => set("minutesAvailable", Number(e.target.value))}>
            {[5, 10, 15, 20, 30].map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </label>
        <div>
          <label htmlFor={ceilingId}>Most pressure-pain allowed: {prefs.painCeiling} out of 10</label>
          <input
            id={ceilingId}
            type="range"
            min={1}
            max={MAX_PAIN_CEILING}
            value={prefs.painCeiling}
            aria-valuetext={`${prefs.painCeiling} out of 10`}
            onChange={(e) => set("painCeiling", Number(e.target.value))}
          />
          <p className="hint">5 is a good ceiling. Unknot never goes above {MAX_PAIN_CEILING}: harder pressure makes muscles guard.</p>
        </div>
      </div>
    </div>
  );
}
