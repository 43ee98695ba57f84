import type { ActivityChoice } from "../local-planner.ts";

interface ActivityPickerProps {
  activities: readonly ActivityChoice[];
  activity: string;
  phase: "pre" | "post";
  onActivity: (id: string) => void;
  onPhase: (phase: "pre" | "post") => void;
}

/** The activity, and whether the routine is for before or after it. */
export function ActivityPicker({ activities, activity, phase, onActivity, onPhase }: ActivityPickerProps) {
  return (
    <section className="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">What are you doing?</h2>
      <div className="chips" role="group" aria-label="Activity">
        {activities.map((a) => (
          <button key={a.id} type="button" className="chip" aria-pressed={a.id === activity} onClick={() => onActivity(a.id)}>
            {a.label}
          </button>
        ))}
      </div>
      <div className="phase-toggle" role="group" aria-label="When">
        <button type="button" aria-pressed={phase === "pre"} onClick={() => onPhase("pre")}>
          Before: short and light
        </button>
        <button type="button" aria-pressed={phase === "post"} onClick={() => onPhase("post")}>
          After: recovery
        </button>
      </div>
    </section>
  );
}
