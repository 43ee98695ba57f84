// The smallest changes that matter, and where each number comes from. Shown beside every verdict.

/** The published sources of the measures and thresholds. */
export const OUTCOME_SOURCES = {
  farrar2001:
    "Farrar JT, Young JP Jr, LaMoreaux L, Werth JL, Poole RM. Clinical importance of changes in chronic pain intensity measured on an 11-point numerical pain rating scale. Pain. 2001;94(2):149–158.",
  dworkin2008:
    "Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. 2008;9(2):105–121.",
  stratford1995:
    "Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiother Can. 1995;47(4):258–263.",
  horn2012:
    "Horn KK, Jennings S, Richardson G, van Vliet D, Hefford C, Abbott JH. The Patient-Specific Functional Scale: psychometrics, clinimetrics, and application as a clinical outcome measure. J Orthop Sports Phys Ther. 2012;42(1):30–42.",
  guy1976:
    "Guy W. ECDEU Assessment Manual for Psychopharmacology. Rockville, MD: US Department of Health, Education, and Welfare; 1976:217–222.",
  hurst2004:
    "Hurst H, Bolton J. Assessing the clinical significance of change scores recorded on subjective outcome measures. J Manipulative Physiol Ther. 2004;27(1):26–35.",
} as const;

/** One source's key. */
export type OutcomeSourceId = keyof typeof OUTCOME_SOURCES;

/** Each source as cited in running text. */
export const OUTCOME_SOURCE_SHORT: Record<OutcomeSourceId, string> = {
  farrar2001: "Farrar et al. 2001",
  dworkin2008: "Dworkin et al. 2008, IMMPACT",
  stratford1995: "Stratford et al. 1995",
  horn2012: "Horn et al. 2012",
  guy1976: "Guy 1976",
  hurst2004: "Hurst & Bolton 2004",
};

/** Pain (0–10): a fall of at least 2 points or 30 % matched "much improved" in people with chronic pain. */
export const PAIN_THRESHOLD = {
  points: 2,
  percent: 30,
  /**
   * Unknot's own guard, not a published number: a 30 % fall must also be at least 1 point, so that a
   * low score moving by a fraction (1 → 0.7) is not called meaningful.
   */
  minimumPointsForPercent: 1,
} as const;

/** PSFS: a change of at least 2 points in the average of the activity scores. */
export const PSFS_THRESHOLD = { points: 2 } as const;

/** PGIC: "much improved" (6) or "very much improved" (7) counts as meaningful; "much worse" or worse (≤ 2) as meaningfully worse. */
export const PGIC_THRESHOLD = { improvedAtLeast: 6, worseAtMost: 2 } as const;

/** Measures are compared only when they are at least this many days apart. */
export const MIN_DAYS_APART = 7;

/** A fair trial, in days (about three weeks): Unknot's rule of thumb for when "no change yet" is worth acting on. */
export const FAIR_TRIAL_DAYS = 21;

/** A threshold as shown to the person and in the report: what counts, and the sources. */
export interface ThresholdNote {
  measure: "pain" | "psfs" | "pgic" | "fair-trial";
  rule: string;
  sources: OutcomeSourceId[];
}

/** Every rule the verdict uses, in words, with its sources (the fair trial is Unknot's own choice and says so). */
export const THRESHOLD_NOTES: readonly ThresholdNote[] = [
  {
    measure: "pain",
    rule: `Pain (0–10): a fall of at least ${PAIN_THRESHOLD.points} points, or of at least ${PAIN_THRESHOLD.percent} % (and at least ${PAIN_THRESHOLD.minimumPointsForPercent} point), between the first and the last week of ratings. The same size of rise counts as worse.`,
    sources: ["farrar2001", "dworkin2008"],
  },
  {
    measure: "psfs",
    rule: `Patient-Specific Functional Scale (0–10 for each activity): the average of the same activities up by at least ${PSFS_THRESHOLD.points} points; down by as much counts as worse.`,
    sources: ["stratford1995", "horn2012"],
  },
  {
    measure: "pgic",
    rule: "Patient Global Impression of Change (1–7): “much improved” or “very much improved”; “much worse” or “very much worse” counts as worse.",
    sources: ["guy1976", "hurst2004", "farrar2001"],
  },
  {
    measure: "fair-trial",
    rule: `Measures are compared only when at least ${MIN_DAYS_APART} days apart. After about ${FAIR_TRIAL_DAYS / 7} weeks without a meaningful change, Unknot says so: this is its own rule of thumb, not a published threshold.`,
    sources: [],
  },
];
