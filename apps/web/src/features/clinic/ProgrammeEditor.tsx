import { useState, type FormEvent } from "react";
import { DEFAULT_PAIN_CEILING, findTriggerPoint, MAX_PAIN_CEILING } from "@unknot/core/atlas";
import {
  findingTitle,
  safeMethodsFor,
  sidesOfPoint,
  suggestedDose,
  type Finding,
  type ProgrammeDraft,
  type ProgrammePoint,
} from "@unknot/core/clinic";
import { METHOD_LABELS, TOOL_LABELS } from "@unknot/core/vocabulary";
import { TOOLS, type Tool } from "@unknot/core/planner";
import { messageOf } from "../../api/index.ts";
import { AtlasPointSelect } from "./FindingForm.tsx";
import { SaveFooter } from "../../shared/form/SaveFooter.tsx";

type Movement = ProgrammeDraft["movements"] extends (infer M)[] | undefined ? M : never;

const firstSide = (id: string): ProgrammePoint["side"] => sidesOfPoint(id)[0] ?? "left";

/** A point with the first safe method for the tools and the atlas's dose for it; undefined when no method is safe. */
function newPoint(
  triggerPoint: string,
  side: ProgrammePoint["side"],
  tools: readonly Tool[],
  findingId?: string,
): ProgrammePoint | undefined {
  const method = safeMethodsFor(triggerPoint, tools)[0];
  if (!method) return undefined;
  return { triggerPoint, side, method, dose: suggestedDose(triggerPoint, method), ...(findingId ? { findingId } : {}) };
}

function todayDate(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** Writes a home programme: points from findings or the atlas, only methods safe there and fitting the person's tools. */
export function ProgrammeEditor({
  findings,
  onSave,
}: {
  findings: readonly Finding[];
  onSave: (draft: ProgrammeDraft) => Promise<unknown>;
}) {
  const [title, setTitle] = useState("Home programme");
  const [tools, setTools] = useState<Tool[]>(["thumb", "large-ball"]);
  const [points, setPoints] = useState<ProgrammePoint[]>([]);
  const [atlasPick, setAtlasPick] = useState("");
  const [painCeiling, setPainCeiling] = useState(DEFAULT_PAIN_CEILING);
  const [timesPerWeek, setTimesPerWeek] = useState(3);
  const [weeks, setWeeks] = useState(4);
  const [startsOn, setStartsOn] = useState(todayDate);
  const [movements, setMovements] = useState<Movement[]>([]);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const add = (triggerPoint: string, side: ProgrammePoint["side"], findingId?: string) => {
    const point = newPoint(triggerPoint, side, tools, findingId);
    if (!point) setNote(`No method the person's tools allow is safe on ${findTriggerPoint(triggerPoint)?.point.name ?? triggerPoint}.`);
    else setPoints([...points, point]);
  };
  const change = (index: number, next: Partial<ProgrammePoint>) => setPoints(points.map((p, i) => (i === index ? { ...p, ...next } : p)));
  const toggleTool = (tool: Tool, on: boolean) => {
    const next = on ? [...tools, tool] : tools.filter((t) => t !== tool);
    setTools(next);
    // A method the tools no longer allow is replaced by the first one they do.
    setPoints(
      points.flatMap((p) =>
        safeMethodsFor(p.triggerPoint, next).includes(p.method) ? [p] : (newPoint(p.triggerPoint, p.side, next, p.findingId) ?? []),
      ),
    );
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave({ title, tools, points, painCeiling, timesPerWeek, weeks, startsOn, movements: movements.filter((m) => m.name.trim()) });
      setPoints([]);
      setMovements([]);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  const fromFindings = findings.filter((f) => f.status === "active" || f.criteria.tautBand || f.criteria.hypersensitiveSpot);
  return (
    <form className="card clinic-form" onSubmit={(e) => void submit(e)} aria-labelledby="programme-form-heading">
      <h3 id="programme-form-heading">New home programme</h3>
      <label className="field">
        Title
        <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="inline-choices">
        <legend>Tools the person has</legend>
        {TOOLS.map((tool) => (
          <label key={tool}>
            <input type="checkbox" checked={tools.includes(tool)} onChange={(e) => toggleTool(tool, e.target.checked)} />{" "}
            {TOOL_LABELS[tool]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Points</legend>
        {fromFindings.length > 0 && (
          <div className="add-from">
            <span className="hint">From findings:</span>
            {fromFindings.map((f) => (
              <button key={f.id} type="button" className="secondary" onClick={() => add(f.triggerPoint, f.side, f.id)}>
                Add {findingTitle(f)}
              </button>
            ))}
          </div>
        )}
        <div className="add-from">
          <label htmlFor="programme-atlas-point" className="hint">
            From the atlas:
          </label>
          <AtlasPointSelect id="programme-atlas-point" value={atlasPick} onChange={setAtlasPick} />
          <button type="button" className="secondary" disabled={atlasPick === ""} onClick={() => add(atlasPick, firstSide(atlasPick))}>
            Add point
          </button>
        </div>
        {note && <p className="hint">{note}</p>}
        <ol className="programme-points">
          {points.map((point, index) => (
            <PointRow
              key={`${point.triggerPoint}-${index}`}
              point={point}
              tools={tools}
              index={index}
              onChange={change}
              onRemove={() => setPoints(points.filter((_, i) => i !== index))}
            />
          ))}
        </ol>
      </fieldset>
      <div className="programme-numbers">
        <label className="field">
          Pain ceiling (out of 10)
          <input
            type="number"
            min={1}
            max={MAX_PAIN_CEILING}
            value={painCeiling}
            onChange={(e) => setPainCeiling(Number(e.target.value))}
          />
        </label>
        <label className="field">
          Times per week
          <input type="number" min={1} max={14} value={timesPerWeek} onChange={(e) => setTimesPerWeek(Number(e.target.value))} />
        </label>
        <label className="field">
          Weeks
          <input type="number" min={1} max={26} value={weeks} onChange={(e) => setWeeks(Number(e.target.value))} />
        </label>
        <label className="field">
          Starts on
          <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </label>
      </div>
      <fieldset>
        <legend>Movements to pair</legend>
        {movements.map((movement, index) => (
          <div key={index} className="movement-row">
            <label className="field">
              Movement {index + 1}
              <input
                value={movement.name}
                maxLength={200}
                onChange={(e) => setMovements(movements.map((m, i) => (i === index ? { ...m, name: e.target.value } : m)))}
              />
            </label>
            <label className="field">
              How
              <input
                type="text"
                value={movement.instructions ?? ""}
                onChange={(e) => setMovements(movements.map((m, i) => (i === index ? { ...m, instructions: e.target.value } : m)))}
              />
            </label>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setMovements([...movements, { name: "" }])}>
          Add a movement
        </button>
      </fieldset>
      <SaveFooter label="Assign programme" saving={busy} error={error} blocked={points.length === 0} />
    </form>
  );
}

interface PointRowProps {
  point: ProgrammePoint;
  tools: readonly Tool[];
  index: number;
  onChange: (index: number, next: Partial<ProgrammePoint>) => void;
  onRemove: () => void;
}

/** One point of the programme: side, a method among the safe ones only, and the dose. */
function PointRow({ point, tools, index, onChange, onRemove }: PointRowProps) {
  const name = findTriggerPoint(point.triggerPoint)?.point.name ?? point.triggerPoint;
  const methods = safeMethodsFor(point.triggerPoint, tools);
  const amount = point.dose.kind === "hold" ? point.dose.seconds : point.dose.count;
  return (
    <li className="programme-point">
      <strong>{name}</strong>
      <label>
        Side{" "}
        <select value={point.side} onChange={(e) => onChange(index, { side: e.target.value as ProgrammePoint["side"] })}>
          {sidesOfPoint(point.triggerPoint).map((side) => (
            <option key={side} value={side}>
              {side}
            </option>
          ))}
        </select>
      </label>
      <label>
        Method{" "}
        <select value={point.method} onChange={(e) => onChange(index, { method: e.target.value as ProgrammePoint["method"] })}>
          {methods.map((method) => (
            <option key={method} value={method}>
              {METHOD_LABELS[method]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {point.dose.kind === "hold" ? "Hold (seconds)" : "Strokes"}{" "}
        <input
          type="number"
          min={point.dose.kind === "hold" ? 5 : 1}
          max={point.dose.kind === "hold" ? 600 : 100}
          value={amount}
          onChange={(e) =>
            onChange(index, {
              dose:
                point.dose.kind === "hold"
                  ? { kind: "hold", seconds: Number(e.target.value) }
                  : { kind: "strokes", count: Number(e.target.value) },
            })
          }
        />
      </label>
      <button type="button" className="secondary" onClick={onRemove}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
    </li>
  );
}
