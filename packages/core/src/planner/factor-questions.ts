/** One question of the perpetuating-factors questionnaire. */
export interface FactorQuestion {
  id: string;
  /** The question in plain words. */
  text: string;
  options: readonly { id: string; label: string }[];
}

const YES_NO = [
  { id: "yes", label: "Yes" },
  { id: "no", label: "No" },
] as const;

/**
 * A short questionnaire about what may keep muscle pain going: position and desk work, sleep,
 * exercise, repetitive use, recent injury, age, diet, tiredness and stress. Every question is optional.
 */
export const FACTOR_QUESTIONS = [
  {
    id: "sitting",
    text: "How many hours a day do you usually sit (at a desk, in a car, on the sofa)?",
    options: [
      { id: "under-4", label: "Under 4 hours" },
      { id: "4-to-8", label: "4 to 8 hours" },
      { id: "over-8", label: "More than 8 hours" },
    ],
  },
  {
    id: "posture",
    text: "Do you often hold one position for a long time, such as the head forward at a screen, a phone between ear and shoulder, or the shoulders raised?",
    options: [
      { id: "yes", label: "Yes, often" },
      { id: "sometimes", label: "Sometimes" },
      { id: "no", label: "No" },
    ],
  },
  {
    id: "sleep",
    text: "How do you usually sleep?",
    options: [
      { id: "well", label: "Well" },
      { id: "broken", label: "I wake often, or pain wakes me" },
      { id: "short", label: "Less than 6 hours most nights" },
    ],
  },
  {
    id: "exercise",
    text: "How often do you exercise enough to get a little out of breath?",
    options: [
      { id: "rarely", label: "Rarely" },
      { id: "weekly", label: "Once or twice a week" },
      { id: "most-days", label: "Most days" },
    ],
  },
  {
    id: "repetitive",
    text: "Does your work, sport or hobby repeat the same movement many times, or load one side much more?",
    options: YES_NO,
  },
  { id: "injury", text: "Have you had an injury, a fall or an operation in the last three months?", options: YES_NO },
  {
    id: "age",
    text: "How old are you?",
    options: [
      { id: "under-40", label: "Under 40" },
      { id: "40-to-64", label: "40 to 64" },
      { id: "65-plus", label: "65 or older" },
    ],
  },
  {
    id: "diet",
    text: "Is your diet limited in some way, for example vegan without supplements, very low in calories, or with little fruit and vegetables?",
    options: YES_NO,
  },
  { id: "fatigue", text: "Do you often feel unusually tired, cold or weak?", options: YES_NO },
  {
    id: "stress",
    text: "How stressed have you felt over the last month?",
    options: [
      { id: "low", label: "Hardly" },
      { id: "moderate", label: "Somewhat" },
      { id: "high", label: "A lot" },
    ],
  },
] as const satisfies readonly FactorQuestion[];

/** The id of a questionnaire question. */
export type FactorQuestionId = (typeof FACTOR_QUESTIONS)[number]["id"];

/** Answers by question id; unanswered questions are left out. */
export type FactorAnswers = {
  [Q in (typeof FACTOR_QUESTIONS)[number] as Q["id"]]?: Q["options"][number]["id"];
};
