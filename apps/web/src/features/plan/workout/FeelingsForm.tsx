import { REGIONS, type AnatomicalRegion, type RegionId } from "@unknot/core/vocabulary";
import { feelingLabel, type FeelingKey, type FeelingWord } from "./feelings.ts";

const WORDS: readonly { id: FeelingWord; label: string }[] = [
  { id: "stiff", label: "Stiff" },
  { id: "sore", label: "Sore" },
  { id: "fine", label: "Fine" },
];

interface FeelingsFormProps {
  areas: readonly AnatomicalRegion[];
  rated: ReadonlyMap<FeelingKey, FeelingWord>;
  onChange: (rated: Map<FeelingKey, FeelingWord>) => void;
}

/** Stiff, sore or fine for each key area of the activity, plus any other area the person adds. */
export function FeelingsForm({ areas, rated, onChange }: FeelingsFormProps) {
  const extra = [...rated.keys()].filter((key) => !areas.includes(key as AnatomicalRegion));
  const rows: FeelingKey[] = [...areas, ...extra];
  const set = (key: FeelingKey, word: FeelingWord | undefined) => {
    const next = new Map(rated);
    if (word) next.set(key, word);
    else next.delete(key);
    onChange(next);
  };
  return (
    <section className="card" aria-labelledby="feel-heading">
      <h2 id="feel-heading">How do these areas feel?</h2>
      <p className="hint">Rate only what you notice; leave the rest. Tap again to clear.</p>
      <ul className="feelings">
        {rows.map((key) => (
          <li key={key}>
            <span className="feeling-area" id={`feel-${key}`}>
              {feelingLabel(key)}
            </span>
            <span className="feeling-buttons" role="group" aria-labelledby={`feel-${key}`}>
              {WORDS.map((word) => (
                <button
                  key={word.id}
                  type="button"
                  aria-pressed={rated.get(key) === word.id}
                  onClick={() => set(key, rated.get(key) === word.id ? undefined : word.id)}
                >
                  {word.label}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <label className="field">
        Another area
        <select
          value=""
          onChange={(e) => {
            if (e.target.value) set(e.target.value as RegionId, "stiff");
          }}
        >
          <option value="">Choose an area to add…</option>
          {REGIONS.filter((r) => !rated.has(r.id)).map((region) => (
            <option key={region.id} value={region.id}>
              {region.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
