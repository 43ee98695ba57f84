import { useEffect, useState } from "react";
import type { PressTestEntry } from "@unknot/core/finder";
import { fetchMyFindings } from "../api/index.ts";

/** What the person's clinicians found: press-test answers for the finder and a sentence per point. */
export interface ClinicianEvidence {
  pressTests: readonly PressTestEntry[];
  notes: Readonly<Record<string, string>>;
}

const NONE: ClinicianEvidence = { pressTests: [], notes: {} };

/**
 * The signed-in person's clinician findings, for the finder. The finder also works signed out (a public page), so
 * any failure simply means "no findings": the results never wait for or depend on this.
 */
export function useClinicianFindings(): ClinicianEvidence {
  const [evidence, setEvidence] = useState<ClinicianEvidence>(NONE);
  useEffect(() => {
    let current = true;
    fetchMyFindings()
      .then((mine) => current && mine.pressTests.length > 0 && setEvidence({ pressTests: mine.pressTests, notes: mine.notes }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return evidence;
}
