/** Symptoms, screening flags, safety levels and differentials, copied from the shared contract (differentials added to it are marked). */
export const SYMPTOM_TABLE = [
  { id: "headache", label: "Headache" },
  { id: "tinnitus", label: "Ringing or noise in the ear" },
  { id: "dizziness", label: "Dizziness or unsteadiness" },
  { id: "jaw-clicking", label: "Jaw clicks or locks" },
  { id: "stiffness", label: "Stiffness" },
  { id: "restricted-motion", label: "Cannot move through the full range" },
  { id: "cramps", label: "Cramps" },
  { id: "spasms", label: "Muscle spasms" },
  { id: "numbness-tingling", label: "Numbness or tingling" },
  { id: "weakness", label: "Weakness" },
  { id: "sleep-disturbance", label: "Pain disturbs sleep" },
  { id: "fatigue", label: "Fatigue" },
  { id: "swelling", label: "Swelling" },
  { id: "redness-warmth", label: "Redness or warmth of the skin" },
  { id: "breathlessness", label: "Short of breath" },
  { id: "sweating", label: "Sweating" },
  { id: "nausea", label: "Nausea" },
  { id: "pain-on-loading", label: "Pain when the area is loaded (gripping, running, lifting)" },
  { id: "joint-stiffness-morning", label: "Joint stiffness in the morning" },
] as const;

export const FLAG_TABLE = [
  { id: "fever", label: "Fever or chills" },
  { id: "unexplained-weight-loss", label: "Weight loss without trying" },
  { id: "cancer-history", label: "Cancer now or in the past" },
  { id: "major-trauma", label: "A recent fall, accident or blow" },
  { id: "bladder-bowel-change", label: "New trouble holding or passing urine or stool" },
  { id: "saddle-numbness", label: "Numbness between the legs or around the anus" },
  { id: "progressive-weakness", label: "Weakness that is getting worse, or a dropping foot" },
  { id: "thunderclap-headache", label: "A sudden, explosive, worst-ever headache" },
  { id: "new-headache-over-50", label: "A new kind of headache that began after age 50" },
  { id: "jaw-claudication", label: "Pain in the jaw when chewing, or a tender scalp, together with headache" },
  { id: "chest-pain-on-exertion", label: "Chest pain or tightness that comes on with effort and eases with rest" },
  { id: "constant-night-pain", label: "Constant pain at night that no position eases" },
  { id: "immunosuppressed-or-iv-drug-use", label: "Weakened immune system, long-term steroids, or injected drug use" },
  { id: "anticoagulants", label: "Taking blood thinners" },
  { id: "pregnant", label: "Pregnant" },
] as const;

export const SAFETY_LEVEL_TABLE = [
  { id: "none", meaning: "Self-treatment may go ahead." },
  { id: "see-clinician", meaning: "Book a visit with a clinician within days; do not self-treat the painful area until then." },
  { id: "urgent", meaning: "Seek medical care today." },
  { id: "emergency", meaning: "Call emergency services now." },
] as const;

export const DIFFERENTIAL_TABLE = [
  {
    id: "fibromyalgia",
    meaning: "Widespread pain pattern: a clinician should assess for fibromyalgia before local trigger point work is relied on.",
  },
  { id: "osteoarthritis", meaning: "Pain centred on a joint with features of osteoarthritis." },
  { id: "tendinopathy", meaning: "Pain at a tendon that hurts on loading." },
  // Added by the project (the contract allows additions): nerve patterns that trigger points can mimic.
  { id: "radiculopathy", meaning: "Pain along a limb with numbness, tingling or weakness that may come from an irritated nerve root." },
  { id: "carpal-tunnel", meaning: "Numbness or tingling on the thumb side of the hand from the median nerve squeezed at the wrist." },
  {
    id: "thoracic-outlet",
    meaning: "Tingling down the inner arm to the little finger from nerves squeezed between the collarbone and the first rib.",
  },
] as const;
