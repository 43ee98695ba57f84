import type { TrendPoint } from "@unknot/core/stats";
import { oneDecimal } from "../format/format-number.ts";
import { formatDay } from "../format/period.ts";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 36, right: 12, top: 10, bottom: 28 };
const LEVELS = [0, 2, 4, 6, 8, 10];

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

interface TrendSvgProps {
  trend: readonly Pick<TrendPoint, "date" | "average">[];
  from: string;
  to: string;
  /** What the line shows, for its text alternative (0–10 either way). */
  what?: string;
}

/**
 * Average pain (or another 0–10 score) over the period as a plain SVG line: it prints sharply on paper, which a canvas
 * chart does not. The numbers are in its text alternative.
 */
export function TrendSvg({ trend, from, to, what = "Average pain" }: TrendSvgProps) {
  const start = dayOf(from);
  const span = Math.max(1, dayOf(to) - start);
  const x = (date: string) => PAD.left + ((dayOf(date) - start) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / 10) * (HEIGHT - PAD.top - PAD.bottom);
  const label = `${what} from ${formatDay(from)} to ${formatDay(to)}: ${trend.map((p) => `${formatDay(p.date)} ${oneDecimal(p.average)}`).join("; ")}.`;
  return (
    <svg className="trend-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {LEVELS.map((level) => (
        <g key={level}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(level)} y2={y(level)} className="trend-grid" />
          <text x={PAD.left - 6} y={y(level) + 4} textAnchor="end" className="trend-text">
            {level}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={HEIGHT - 6} className="trend-text">
        {formatDay(from)}
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="trend-text">
        {formatDay(to)}
      </text>
      <polyline className="trend-line" points={trend.map((p) => `${x(p.date)},${y(p.average)}`).join(" ")} />
      {trend.map((p, i) => (
        <circle key={`${p.date}-${i}`} cx={x(p.date)} cy={y(p.average)} r={3.5} className="trend-dot" />
      ))}
    </svg>
  );
}
