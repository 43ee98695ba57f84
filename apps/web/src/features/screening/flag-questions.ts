import type { FlagId } from "@unknot/core/vocabulary";

/** Each safety screening question in plain words, asked as the person would be asked by a careful clinician. */
export const FLAG_QUESTIONS: Record<FlagId, string> = {
  fever: "Do you have a fever, or chills and shivering?",
  "unexplained-weight-loss": "Have you lost weight recently without trying to?",
  "cancer-history": "Do you have cancer now, or have you had it in the past?",
  "major-trauma": "Did the pain start after a fall, an accident or a hard blow?",
  "bladder-bowel-change": "Is it newly hard to hold or to pass urine or stool?",
  "saddle-numbness": "Is there numbness between your legs or around your back passage?",
  "progressive-weakness": "Is an arm or leg getting weaker, or does your foot catch or drop when you walk?",
  "thunderclap-headache": "Did a headache come on suddenly, like a thunderclap, and is it the worst you have ever had?",
  "new-headache-over-50": "Are you over 50 and is this a new kind of headache for you?",
  "jaw-claudication": "With the headache, does your jaw ache when you chew, or is your scalp tender to touch?",
  "chest-pain-on-exertion": "Do you get chest pain or tightness when you exert yourself, that eases when you rest?",
  "constant-night-pain": "Is the pain there all night, whatever position you lie in?",
  "immunosuppressed-or-iv-drug-use":
    "Is your immune system weakened (for example by treatment or long-term steroids), or do you inject drugs?",
  anticoagulants: "Do you take blood thinners?",
  pregnant: "Are you pregnant?",
};
