// Routine building, dose, adaptation, workouts, perpetuating factors and the session timer.
export * from "./preferences.ts";
export * from "./planner-error.ts";
export * from "./method.ts";
export * from "./dose.ts";
export * from "./steps.ts";
export * from "./build-routine.ts";
export * from "./adapt.ts";
export * from "./areas.ts";
export * from "./activities.ts";
export * from "./workouts.ts";
export * from "./factor-questions.ts";
export * from "./perpetuating.ts";
export * from "./timer.ts";
export * from "./sentences.ts";
export * from "./position-kind.ts";
export * from "./technique-steps.ts";
export * from "./ease-off.ts";
