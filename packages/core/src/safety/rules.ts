import type { AnatomicalRegion, SafetyLevel } from "../vocabulary/ids.ts";
import { NERVE_RULES } from "./nerve-rules.ts";
import type { ScreeningFacts } from "./screen.ts";

/**
 * One screening rule: when it applies, the level it raises (`none` = a caution only) and the reason shown.
 * Reasons say what the sign may mean, never how soon to act: the verdict says its one time frame once.
 */
export interface RedFlagRule {
  id: string;
  level: SafetyLevel;
  reason: string;
  applies: (facts: ScreeningFacts) => boolean;
  /** Rules whose reason already says this one's, so it is not repeated when they fire too. */
  coveredBy?: readonly string[];
}

const CHEST: readonly AnatomicalRegion[] = ["chest", "sternum"];
const CARDIAC_REFERRAL: readonly AnatomicalRegion[] = [
  "jaw",
  "arm-inner",
  "throat",
  "neck-front",
  "abdomen-upper",
  "shoulder-front",
  "scapula-medial",
];
const BACK: readonly AnatomicalRegion[] = [
  "neck-back",
  "thoracic",
  "thoracolumbar",
  "lumbar",
  "sacrum",
  "sacroiliac",
  "iliac-crest",
  "coccyx",
  "scapula-medial",
];
const LOW_BACK_AND_LEGS: readonly AnatomicalRegion[] = [
  "lumbar",
  "sacrum",
  "sacroiliac",
  "coccyx",
  "buttock-upper",
  "buttock-lower",
  "thigh-back",
  "calf",
  "pelvic-floor",
  "iliac-crest",
];
const LOWER_LIMB: readonly AnatomicalRegion[] = [
  "calf",
  "knee-back",
  "thigh-back",
  "thigh-inner",
  "shin",
  "achilles",
  "ankle-inner",
  "ankle-outer",
  "leg-outer",
];

const any = (facts: ScreeningFacts, regions: readonly AnatomicalRegion[]) => regions.some((r) => facts.regions.has(r));
const autonomic = (facts: ScreeningFacts) =>
  (["sweating", "breathlessness", "nausea"] as const).filter((s) => facts.symptoms.has(s)).length;

/** The screening rules, most urgent first. Sources: NICE CKS red flags, ACR/EULAR, IFOMPT cervical framework. */
const GENERAL_RULES: readonly RedFlagRule[] = [
  {
    id: "cauda-equina",
    level: "emergency",
    reason:
      "Numbness between the legs, or new trouble holding or passing urine or stool with back or leg pain, can mean the nerves at the base of the spine are squeezed (cauda equina syndrome), which needs an emergency department.",
    applies: (f) =>
      f.flags.has("saddle-numbness") || (f.flags.has("bladder-bowel-change") && (any(f, LOW_BACK_AND_LEGS) || f.regions.size === 0)),
  },
  {
    id: "cardiac-chest-pain",
    level: "emergency",
    reason:
      "Chest, arm or jaw pain together with sweating, breathlessness or nausea can be a heart attack. Do not massage it or wait to see if it passes.",
    applies: (f) => (any(f, CHEST) && autonomic(f) >= 1) || (any(f, CARDIAC_REFERRAL) && autonomic(f) >= 2),
  },
  {
    id: "thunderclap-headache",
    level: "emergency",
    reason: "A sudden, explosive, worst-ever headache can be bleeding around the brain.",
    applies: (f) => f.flags.has("thunderclap-headache"),
  },
  {
    id: "exertional-chest-pain",
    level: "urgent",
    reason:
      "Chest pain or tightness that comes on with effort and eases with rest can come from the heart. Avoid further exertion until a doctor has checked it.",
    applies: (f) => f.flags.has("chest-pain-on-exertion"),
  },
  {
    id: "possible-clot",
    level: "urgent",
    reason: "A swollen, warm or red leg can be a blood clot (deep vein thrombosis). Never massage it.",
    applies: (f) => any(f, LOWER_LIMB) && f.symptoms.has("swelling") && f.symptoms.has("redness-warmth"),
  },
  {
    id: "giant-cell-arteritis",
    level: "urgent",
    reason: "Headache with jaw pain on chewing or a tender scalp can be giant cell arteritis, which can threaten sight.",
    applies: (f) => f.flags.has("jaw-claudication"),
  },
  {
    id: "infection",
    level: "urgent",
    reason: "Fever with back pain, or fever when your immune system is weakened, can mean an infection.",
    applies: (f) => f.flags.has("fever") && (any(f, BACK) || f.flags.has("immunosuppressed-or-iv-drug-use")),
  },
  {
    id: "cancer-signs",
    level: "urgent",
    reason:
      "A history of cancer with weight loss or constant night pain, or both of those together, needs a doctor's assessment to rule out a serious cause.",
    applies: (f) =>
      (f.flags.has("cancer-history") && (f.flags.has("unexplained-weight-loss") || f.flags.has("constant-night-pain"))) ||
      (f.flags.has("unexplained-weight-loss") && f.flags.has("constant-night-pain")),
  },
  {
    id: "major-trauma",
    level: "urgent",
    reason: "After a fall, accident or blow, a fracture or other injury has to be ruled out first.",
    applies: (f) => f.flags.has("major-trauma"),
  },
  {
    id: "progressive-weakness",
    level: "urgent",
    reason: "Weakness that is getting worse, or a dropping foot, can mean a nerve is being damaged.",
    applies: (f) => f.flags.has("progressive-weakness"),
  },
  {
    id: "bladder-bowel-change",
    level: "urgent",
    reason: "New trouble holding or passing urine or stool needs a doctor's assessment.",
    applies: (f) => f.flags.has("bladder-bowel-change"),
    coveredBy: ["cauda-equina"],
  },
  {
    id: "new-headache-over-50",
    level: "see-clinician",
    reason: "A new kind of headache that began after 50 should be checked by a doctor before you treat it yourself.",
    applies: (f) => f.flags.has("new-headache-over-50"),
  },
  {
    id: "fever",
    level: "see-clinician",
    reason: "Pain with fever or chills should be checked by a clinician; do not self-treat until then.",
    applies: (f) => f.flags.has("fever"),
    coveredBy: ["infection"],
  },
  {
    id: "single-serious-sign",
    level: "see-clinician",
    reason:
      "Weight loss without trying, constant pain at night, or back pain after cancer or with a weakened immune system should be checked by a clinician.",
    applies: (f) =>
      f.flags.has("unexplained-weight-loss") ||
      f.flags.has("constant-night-pain") ||
      ((f.flags.has("cancer-history") || f.flags.has("immunosuppressed-or-iv-drug-use")) && any(f, BACK)),
    coveredBy: ["cancer-signs"],
  },
  {
    id: "one-sided-swollen-limb",
    level: "see-clinician",
    reason: "A swollen or red, warm area should be looked at by a clinician before you press on it; never massage a swollen, warm calf.",
    applies: (f) => f.symptoms.has("swelling") !== f.symptoms.has("redness-warmth") && any(f, LOWER_LIMB),
  },
  {
    id: "anticoagulants",
    level: "none",
    reason: "You take blood thinners: use light pressure and a large soft ball only, and stop if you bruise.",
    applies: (f) => f.flags.has("anticoagulants"),
  },
  {
    id: "pregnant",
    level: "none",
    reason:
      "You are pregnant: do not work on the abdomen, use only gentle pressure on the low back and pelvis, and ask your midwife or doctor first.",
    applies: (f) => f.flags.has("pregnant"),
  },
  {
    id: "cancer-history-caution",
    level: "none",
    reason: "You have had cancer: tell your care team about new pain, and do not press over a tumour, a treated area or a port.",
    applies: (f) => f.flags.has("cancer-history"),
  },
  {
    id: "immunosuppressed-caution",
    level: "none",
    reason:
      "Your immune system is weakened: keep pressure light, and see a doctor at once if you get a fever or the skin turns red and warm.",
    applies: (f) => f.flags.has("immunosuppressed-or-iv-drug-use"),
  },
  {
    id: "rule-out-heart",
    level: "none",
    reason:
      "Chest pain that fits a muscle pattern is common, but ask a doctor to rule out the heart if you have not already, and call for help at once if it comes with breathlessness, sweating or nausea.",
    applies: (f) => any(f, CHEST),
  },
  {
    id: "older-age",
    level: "none",
    reason: "Bones and skin get more fragile with age: use lighter pressure and a large soft ball, and avoid pressing hard over bone.",
    applies: (f) => (f.age ?? 0) >= 70,
  },
];

/** Every screening rule; the verdict orders the reasons by level. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = [...GENERAL_RULES, ...NERVE_RULES];
