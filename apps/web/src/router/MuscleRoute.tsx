import { useParams } from "react-router";
import { MusclePage } from "../features/atlas/MusclePage.tsx";
import { NotFoundPage } from "../features/home/NotFoundPage.tsx";

/** `/atlas/:muscleId`: a muscle's page, for ids written as the atlas writes them (lower case, digits and dashes). */
export function MuscleRoute() {
  const { muscleId = "" } = useParams();
  return /^[a-z0-9-]+$/.test(muscleId) ? <MusclePage muscleId={muscleId} /> : <NotFoundPage />;
}
