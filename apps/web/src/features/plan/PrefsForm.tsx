import type { Preferences } from "@unknot/core/planner";
import { PlanForm } from "../session/PlanForm.tsx";

interface PrefsFormProps {
  prefs: Preferences;
  onChange: (prefs: Preferences) => void;
}

/** The session's preference form (tools, experience, sensitivity, time, pain ceiling) plus how often a day. */
export function PrefsForm({ prefs, onChange }: PrefsFormProps) {
  return (
    <div className="prefs-form">
      <PlanForm prefs={prefs} onChange={(next) => onChange({ ...prefs, ...next })} />
      <div className="card times-per-day">
        <label>
          How often a day
          <select value={prefs.timesPerDay} onChange={(e) => onChange({ ...prefs, timesPerDay: Number(e.target.value) })}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n === 1 ? "Once a day" : `${n} times a day`}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">Beginners are kept to twice a day until they know how their muscles respond the next day.</p>
      </div>
    </div>
  );
}
