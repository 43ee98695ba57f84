import { MODEL } from "./model.ts";

/**
 * The evidence of the drawing for a point: `explained`, the terms of its own zones (painful or not),
 * and `unexplainedSum`, the painful regions it leaves unexplained; tempered by MODEL.drawingWeight,
 * since neighbouring regions of a drawing are marked together and are not independent observations.
 */
export function drawingTerm(explained: number, unexplainedSum: number): number {
  return MODEL.drawingWeight * (explained + unexplainedTerm(unexplainedSum));
}

/**
 * The evidence of the painful regions a point does not explain (`sum` ≤ 0): either they hurt for other
 * reasons, or one more source explains them, whichever is likelier (a smooth maximum, so it never rises
 * when more pain is left unexplained).
 */
export function unexplainedTerm(sum: number): number {
  return Math.log(Math.exp(sum) + Math.exp(-MODEL.secondSourceCost));
}
