import { POSITION_LABELS, type PositionKind } from "@unknot/core/planner";
import { type Method } from "@unknot/core/atlas";
import { PICTOGRAM_SHAPES } from "./pictogram-shapes.tsx";

const BALL_METHODS: ReadonlySet<string> = new Set<Method>(["small-ball", "large-ball", "foam-roller"]);

/** A small picture of the body position a technique asks for, named for screen readers. */
export function PositionPictogram({ kind, method }: { kind: PositionKind; method?: string | undefined }) {
  const shape = PICTOGRAM_SHAPES[kind];
  const onBall = method !== undefined && BALL_METHODS.has(method) && shape.ball !== undefined;
  const tool = method === "foam-roller" ? "roller" : "ball";
  const label = `Position: ${POSITION_LABELS[kind].toLowerCase()}${onBall ? `, with the ${tool}` : ""}`;
  return (
    <svg className={`pictogram pictogram-${kind}`} viewBox="0 0 80 48" role="img" aria-label={label}>
      {shape.figure}
      {onBall && shape.ball}
    </svg>
  );
}
