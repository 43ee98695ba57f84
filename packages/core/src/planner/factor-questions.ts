/** One question of the perpetuating-factors questionnaire. */
export interface FactorQuestion {
  id: string;
  /** The question in plain words. */
  text: string;
  options: readonly { id: string; label: string }[];
}

/** A question whose options are written `{ id: label }`, in the order they are offered. */
function question<const Id extends string, const Labels extends Record<string, string>>(id: Id, text: string, labels: Labels) {
  const options = Object.entries(labels).map(([option, label]) => ({ id: option, label }));
  return { id, text, options: options as { id: keyof Labels & string; label: string }[] };
}

const YES_NO = { yes: "Yes", no: "No" };

/**
 * A short questionnaire about what may keep muscle pain going: position and desk work, sleep,
 * exercise, repetitive use, recent injury, age, diet, tiredness and stress. Every question is optional.
 */
export const FACTOR_QUESTIONS = [
  question("sitting", "How many hours a day do you usually sit (at a desk, in a car, on the sofa)?", {
    "under-4": "Under 4 hours",
    "4-to-8": "4 to 8 hours",
    "over-8": "More than 8 hours",
  }),
  question(
    "posture",
    "Do you often hold one position for a long time, such as the head forward at a screen, a phone between ear and shoulder, or the shoulders raised?",
    { yes: "Yes, often", sometimes: "Sometimes", no: "No" },
  ),
  question("sleep", "How do you usually sleep?", {
    well: "Well",
    broken: "I wake often, or pain wakes me",
    short: "Less than 6 hours most nights",
  }),
  question("exercise", "How often do you exercise enough to get a little out of breath?", {
    rarely: "Rarely",
    weekly: "Once or twice a week",
    "most-days": "Most days",
  }),
  question("repetitive", "Does your work, sport or hobby repeat the same movement many times, or load one side much more?", YES_NO),
  question("injury", "Have you had an injury, a fall or an operation in the last three months?", YES_NO),
  question("age", "How old are you?", { "under-40": "Under 40", "40-to-64": "40 to 64", "65-plus": "65 or older" }),
  question(
    "diet",
    "Is your diet limited in some way, for example vegan without supplements, very low in calories, or with little fruit and vegetables?",
    YES_NO,
  ),
  question("fatigue", "Do you often feel unusually tired, cold or weak?", YES_NO),
  question("stress", "How stressed have you felt over the last month?", { low: "Hardly", moderate: "Somewhat", high: "A lot" }),
] as const satisfies readonly FactorQuestion[];

/** The id of a questionnaire question. */
export type FactorQuestionId = (typeof FACTOR_QUESTIONS)[number]["id"];

/** Answers by question id; unanswered questions are left out. */
export type FactorAnswers = {
  [Q in (typeof FACTOR_QUESTIONS)[number] as Q["id"]]?: Q["options"][number]["id"];
};
