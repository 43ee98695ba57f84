import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { StoredOutcome } from "@unknot/core/diary";
import { Link } from "../../router/Link.tsx";
import { messageOf, fetchLastPain, fetchLatestPsfs, recordOutcome, recordPainCheckIn } from "../../api/index.ts";
import { queryKeys } from "../../shared/query-client.ts";
import type { PainMark } from "../../shared/find-query.ts";
import { formatDay } from "../../shared/format/period.ts";
import { isoWithOffset, localDate } from "../../shared/format/local-time.ts";
import { checkInDue } from "./check-in-form.ts";
import { FirstPsfsForm } from "./FirstPsfsForm.tsx";
import { useCheckInSave, type SavePart } from "./useCheckInSave.ts";
import { WeeklyCheckInForm, type WeeklyAnswers } from "./WeeklyCheckInForm.tsx";
import "./outcomes.css";

type Psfs = Extract<StoredOutcome, { measure: "psfs" }>;
type Loaded = { psfs: Psfs | undefined; pain: PainMark[] };

/** The latest PSFS (the activities to rate again) and the last pain ratings (the areas to rate again). */
function useCheckInData() {
  const loaded = useQuery({
    queryKey: queryKeys.checkIn,
    queryFn: async (): Promise<Loaded> => {
      const [psfs, pain] = await Promise.all([fetchLatestPsfs(), fetchLastPain()]);
      return { psfs, pain };
    },
    // What the form starts from must be the diary as it is now, not as it was on an earlier visit.
    staleTime: 0,
  });
  return { data: loaded.data, error: loaded.error ? messageOf(loaded.error) : undefined };
}

function Saved({ today, first }: { today: string; first: boolean }) {
  return (
    <section className="card check-in-saved" role="status" aria-labelledby="saved-heading">
      <h2 id="saved-heading">{first ? "Starting point saved" : "Check-in saved"}</h2>
      <p>
        Next check-in: <strong>{formatDay(checkInDue(today, today).next)}</strong>. It takes a minute.
      </p>
      <Link className="button primary" to="/progress">
        See your progress
      </Link>
    </section>
  );
}

/** The records a weekly check-in saves: the PSFS, the PGIC, and a pain check-in when areas were rated. */
function weeklyParts({ items, pgic, pain }: WeeklyAnswers, takenAt: () => string): SavePart[] {
  const parts: SavePart[] = [
    { name: "psfs", save: () => recordOutcome({ measure: "psfs", takenAt: takenAt(), items }) },
    { name: "pgic", save: () => recordOutcome({ measure: "pgic", takenAt: takenAt(), score: pgic }) },
  ];
  const ratings = pain.map((mark) => ({ region: mark.region, intensity: mark.intensity }));
  if (ratings.length > 0) {
    parts.push({ name: "pain", save: () => recordPainCheckIn({ recordedAt: takenAt(), ratings, notes: "Weekly check-in." }) });
  }
  return parts;
}

/** When the last check-in was, and whether this week's is due yet (checking in early is allowed). */
function LastCheckIn({ last, today }: { last: string; today: string }) {
  const due = checkInDue(last, today);
  return (
    <p className={due.due ? "hint" : "notice"}>
      Last check-in: {formatDay(last)}.{" "}
      {due.due
        ? "It is time for this week's."
        : `The next is due on ${formatDay(due.next)}; once a week is enough, but you can check in now.`}
    </p>
  );
}

/** `/progress/check-in`: the first PSFS when a programme starts, then a short weekly check-in (activities, overall change, pain). */
export function CheckInPage() {
  const today = useMemo(() => localDate(new Date()), []);
  const { data, error } = useCheckInData();
  const [startOver, setStartOver] = useState(false);
  const saving = useCheckInSave();
  const first = !data?.psfs || startOver;
  const takenAt = () => isoWithOffset(new Date());
  const saveFirst = (items: Psfs["items"]) =>
    void saving.save([{ name: "psfs", save: () => recordOutcome({ measure: "psfs", takenAt: takenAt(), items }) }]);
  const saveWeekly = (answers: WeeklyAnswers) => void saving.save(weeklyParts(answers, takenAt));
  return (
    <div className="check-in-page">
      <h1>{!data ? "Check-in" : first ? "Your starting point" : "Weekly check-in"}</h1>
      <p className="hint">
        Unknot uses these answers to show whether things are changing enough to matter. They are kept in your diary with your sessions.
      </p>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p className="loading">Loading…</p>}
      {saving.saved && <Saved today={today} first={first} />}
      {data && !saving.saved && (
        <>
          {!first && data.psfs && <LastCheckIn last={data.psfs.localDate} today={today} />}
          {first ? (
            <FirstPsfsForm saving={saving.saving} error={saving.error} onSave={saveFirst} />
          ) : (
            <WeeklyCheckInForm
              previous={data.psfs?.items ?? []}
              painAreas={data.pain}
              saving={saving.saving}
              error={saving.error}
              onSave={saveWeekly}
            />
          )}
          {data.psfs && (
            <p>
              {first ? (
                <button type="button" className="link-button" onClick={() => setStartOver(false)}>
                  Keep my activities
                </button>
              ) : (
                <button type="button" className="link-button" onClick={() => setStartOver(true)}>
                  Rate different activities from now on
                </button>
              )}
            </p>
          )}
        </>
      )}
    </div>
  );
}
