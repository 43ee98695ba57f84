import { useState } from "react";
import { messageOf, recordCheckIn } from "../../../api/index.ts";
import type { PainMark } from "../../../shared/find-query.ts";
import { isoWithOffset } from "../../../shared/format/local-time.ts";
import { PainRatings } from "../../../shared/ui/PainRatings.tsx";
import { FeedbackButtons } from "./FeedbackButtons.tsx";
import type { Feedback, WorkoutMemory } from "./workout-memory.ts";

interface NextDayCheckInProps {
  memory: WorkoutMemory;
  today: string;
  onDone: (feedback: Feedback) => void;
}

/** The day after a routine: how the muscles feel, with a 0–10 rating per area saved to the diary as a check-in. */
export function NextDayCheckIn({ memory, today, onDone }: NextDayCheckInProps) {
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const [ratings, setRatings] = useState<PainMark[]>(() => memory.areas.map((region) => ({ region, intensity: 0 })));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const save = async () => {
    if (!feedback) return;
    setSaving(true);
    setError(undefined);
    try {
      if (ratings.length > 0) {
        await recordCheckIn({
          recordedAt: isoWithOffset(new Date()),
          ratings: ratings.map((r) => ({ region: r.region, intensity: r.intensity })),
          notes: `Day after "${memory.name}": ${feedback === "same" ? "about the same" : feedback}.`,
        });
      }
      onDone(feedback);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="card next-day" aria-labelledby="next-day-heading">
      <h2 id="next-day-heading">The day after: check in</h2>
      <p className="hint">
        {memory.date === today
          ? "Best done tomorrow morning, when any soreness from today has shown itself. You can check in now if you will not be back."
          : `How do the muscles feel since "${memory.name}"?`}
      </p>
      <FeedbackButtons label="Compared with before the routine" value={feedback} onChange={setFeedback} />
      {ratings.length > 0 && (
        <>
          <p className="rating-intro">Pain in these areas now (0 is none):</p>
          <PainRatings ratings={ratings} onChange={setRatings} />
        </>
      )}
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary wide" disabled={!feedback || saving} onClick={() => void save()}>
        {saving ? "Saving…" : "Save check-in"}
      </button>
    </section>
  );
}
