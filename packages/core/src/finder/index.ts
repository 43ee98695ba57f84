// `@unknot/core/finder`: the finder's input, ranking, press tests, the smallest set of points that explains a
// drawing, and how confident a ranking is.
export * from "./input.ts";
export * from "./find.ts";
export * from "./rank.ts";
export * from "./cover.ts";
export * from "./press-test.ts";
export * from "./confidence.ts";
export { describeRegion, listPhrases } from "./explain.ts";
