import type { ReactNode } from "react";
import type { PositionKind } from "@unknot/core/planner";

// Stick figures on an 80 × 48 grid, floor at y = 44: limbs are round-capped strokes in the brand
// colour, the ball is a filled circle. Only positions that rest on a ball draw one.

const head = (cx: number, cy: number) => <circle className="pictogram-head" cx={cx} cy={cy} r={4.5} />;
const limbs = (d: string) => <path className="pictogram-body" d={d} />;
const ball = (cx: number, cy: number, r = 4) => <circle className="pictogram-ball" cx={cx} cy={cy} r={r} />;
const floor = <path className="pictogram-floor" d="M2 44.5H78" />;

interface Shape {
  figure: ReactNode;
  /** Where the ball goes when the technique uses one; none where the picture has no room for it. */
  ball?: ReactNode;
}

export const PICTOGRAM_SHAPES: Record<PositionKind, Shape> = {
  "face-up": {
    figure: (
      <>
        {floor}
        {head(10, 33)}
        {limbs("M15 34.5H44L54 22L62 43.5")}
      </>
    ),
    ball: ball(30, 40),
  },
  "face-down": {
    figure: (
      <>
        {floor}
        {head(9, 31)}
        {limbs("M14 34L44 36L74 41M20 34.5L17 43.5H25")}
      </>
    ),
    ball: ball(40, 40.5),
  },
  side: {
    figure: (
      <>
        {floor}
        {head(9, 32)}
        {limbs("M14 34L44 37L74 41M44 37L56 30L62 40M10 38L24 41")}
      </>
    ),
    ball: ball(44, 41.5, 3),
  },
  "all-fours": {
    figure: (
      <>
        {floor}
        {head(11, 21)}
        {limbs("M16 21L46 19M21 21V43.5M46 19L47 43L68 43.5")}
      </>
    ),
    ball: ball(58, 40.5, 3.5),
  },
  sitting: {
    figure: (
      <>
        {floor}
        {head(36, 8)}
        {limbs("M36 13L38 28H54V43.5M37 17L46 24")}
        <path className="pictogram-prop" d="M30 12V30H50M32 30V44.5M48 30V44.5" />
      </>
    ),
  },
  "standing-wall": {
    figure: (
      <>
        {floor}
        <path className="pictogram-wall" d="M19 2V44.5" />
        {head(30, 7)}
        {limbs("M30 12L31 29L36 43.5M31 29L29 43.5M30 15L36 24")}
      </>
    ),
    ball: ball(24, 19, 3.5),
  },
  standing: {
    figure: (
      <>
        {floor}
        {head(40, 7)}
        {limbs("M40 12V29L35 43.5M40 29L45 43.5M40 15L34 21L38 27M40 15L46 21L42 27")}
      </>
    ),
  },
  neutral: {
    figure: (
      <>
        {floor}
        {head(40, 16)}
        {limbs("M40 21V36M30 43.5C30 36 50 36 50 43.5")}
      </>
    ),
  },
};
