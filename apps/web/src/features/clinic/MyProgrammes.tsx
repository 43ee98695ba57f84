import { navigate } from "../../router/router.ts";
import { handOffProgramme } from "../../shared/handoff.ts";
import { fetchMyProgrammes } from "../../api/index.ts";
import { ProgrammeCard } from "./ProgrammeCard.tsx";
import { useLoaded } from "./useLoaded.ts";
import "./clinic.css";

/** On the plan page: the home programmes a clinician gave the person, each runnable as a guided session. Hidden when there are none. */
export function MyProgrammes() {
  const { value: programmes } = useLoaded(fetchMyProgrammes, "mine");
  const running = programmes?.filter((view) => !view.adherence.finished) ?? [];
  if (running.length === 0) return null;
  return (
    <section className="my-programmes" aria-labelledby="my-programmes-heading">
      <h2 id="my-programmes-heading">From your clinician</h2>
      {running.map((view) => (
        <ProgrammeCard key={view.programme.id} view={view}>
          <button type="button" className="primary" onClick={() => navigate(handOffProgramme(view.routine, view.programme.id))}>
            Start this programme<span className="visually-hidden"> {view.programme.title}</span>
          </button>
        </ProgrammeCard>
      ))}
    </section>
  );
}
