import type { OutcomeAdvice } from "./change.ts";
import type { ChangeVerdict, OverallVerdict } from "./judge.ts";

/** The overall verdict in plain words: a headline, never more than the data supports. */
export const VERDICT_WORDS: Record<OverallVerdict, string> = {
  improved: "Likely a meaningful improvement",
  mixed: "Mixed: something improved, something got meaningfully worse",
  "no-change": "No meaningful change yet",
  worse: "Meaningfully worse",
  "not-enough-data": "Not enough measures yet to judge",
};

/** One measure's verdict in words. */
export const CHANGE_WORDS: Record<ChangeVerdict, string> = {
  improved: "meaningful improvement",
  "no-change": "no meaningful change",
  worse: "meaningfully worse",
};

/** What to do next, said plainly. */
export const ADVICE_WORDS: Record<OutcomeAdvice, string> = {
  "keep-going": "This looks like a change that matters. Keep doing what helps, and keep checking in once a week.",
  "keep-measuring":
    "It is too early to tell. Check in once a week: change is judged once measures are at least a week apart, and a fair trial takes about three weeks.",
  recheck:
    "After about three weeks there is no change big enough to matter, and that is worth acting on. Check your pain drawing again with the finder (another muscle, or something other than trigger points, may be behind the pain), or see a clinician.",
  "see-clinician":
    "Something got meaningfully worse. See a clinician (a doctor or physiotherapist) before carrying on, and stop any self-treatment that makes the pain worse.",
};

/** Why the thresholds are a guide and not proof, for one person. */
export const THRESHOLD_CAVEAT =
  "These thresholds come from studies of groups of people; for one person they are a guide, not proof. Pain and function also change with time, other treatment and the natural ups and downs of pain, so a change here does not show that self-treatment caused it.";
