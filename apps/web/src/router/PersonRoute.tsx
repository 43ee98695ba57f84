import { useParams } from "react-router";
import { PersonPage } from "../features/clinic/PersonPage.tsx";

/** `/clinician/people/:personId`: one person's findings and programmes, for a clinician they share with. */
export function PersonRoute() {
  const { personId = "" } = useParams();
  return <PersonPage personId={personId} />;
}
