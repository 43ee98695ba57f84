/** The strongest pressure-pain felt while working the points, with a word of advice when it went above the ceiling. */
export function MaxPainField({ value, ceiling, onChange }: { value: number; ceiling: number; onChange: (value: number) => void }) {
  return (
    <>
      <label className="field">
        Strongest pressure-pain you felt: {value} out of 10
        <input
          type="range"
          min={0}
          max={10}
          value={value}
          aria-valuetext={`${value} out of 10`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
      </label>
      {value > ceiling && (
        <p className="notice">
          That is above your ceiling of {ceiling}. Next time press more lightly: it works as well and leaves less soreness.
        </p>
      )}
    </>
  );
}
