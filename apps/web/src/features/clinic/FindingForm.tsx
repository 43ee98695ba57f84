import { useState } from "react";
import { ATLAS } from "@unknot/core/atlas";
import type { FindingInput } from "@unknot/core/clinic";
import { useFormSubmit } from "../../shared/form/form-submit.tsx";
import { isoWithOffset } from "../../shared/format/local-time.ts";
import { SaveFooter } from "../../shared/form/SaveFooter.tsx";

type Criteria = FindingInput["criteria"];

const CRITERIA: { key: keyof Criteria; label: string; required: boolean }[] = [
  { key: "tautBand", label: "Taut band", required: true },
  { key: "hypersensitiveSpot", label: "Hypersensitive spot in the band", required: true },
  { key: "recognisedReferredPain", label: "Referred pain the person recognises as theirs", required: true },
  { key: "localTwitchResponse", label: "Local twitch response", required: false },
  { key: "jumpSign", label: "Jump sign", required: false },
];

/** Picks a trigger point from the atlas, grouped by muscle. */
export function AtlasPointSelect({ id, value, onChange }: { id: string; value: string; onChange: (id: string) => void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose a trigger point…</option>
      {ATLAS.map((muscle) => (
        <optgroup key={muscle.id} label={muscle.name}>
          {muscle.triggerPoints.map((point) => (
            <option key={point.id} value={point.id}>
              {point.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** Records one examined trigger point with the 2018 consensus criteria. */
export function FindingForm({ onSave }: { onSave: (input: FindingInput) => Promise<unknown> }) {
  const [triggerPoint, setTriggerPoint] = useState("");
  const [side, setSide] = useState<FindingInput["side"]>("left");
  const [status, setStatus] = useState<FindingInput["status"]>("active");
  const [criteria, setCriteria] = useState<Criteria>({ tautBand: false, hypersensitiveSpot: false, recognisedReferredPain: false });
  const [notes, setNotes] = useState("");
  const { error, busy, submit } = useFormSubmit(async () => {
    await onSave({
      triggerPoint,
      side,
      status,
      criteria,
      examinedAt: isoWithOffset(new Date()),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    });
    setTriggerPoint("");
    setCriteria({ tautBand: false, hypersensitiveSpot: false, recognisedReferredPain: false });
    setNotes("");
  });
  return (
    <form className="card clinic-form" onSubmit={(e) => void submit(e)} aria-labelledby="finding-form-heading">
      <h3 id="finding-form-heading">Record a finding</h3>
      <label className="field" htmlFor="finding-point">
        Trigger point
      </label>
      <AtlasPointSelect id="finding-point" value={triggerPoint} onChange={setTriggerPoint} />
      <fieldset className="inline-choices">
        <legend>Side</legend>
        {(["left", "right", "midline"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="finding-side" checked={side === value} onChange={() => setSide(value)} /> {value}
          </label>
        ))}
      </fieldset>
      <fieldset className="inline-choices">
        <legend>The point is</legend>
        {(["active", "latent"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="finding-status" checked={status === value} onChange={() => setStatus(value)} /> {value}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Criteria found (2018 expert consensus)</legend>
        {CRITERIA.map(({ key, label, required }) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={criteria[key] === true}
              onChange={(e) => setCriteria({ ...criteria, [key]: e.target.checked })}
            />{" "}
            {label}
            {!required && <span className="hint"> (optional)</span>}
          </label>
        ))}
        <p className="hint">A finding counts as active evidence for the person&rsquo;s finder only when the first three all hold.</p>
      </fieldset>
      <label className="field">
        Notes
        <textarea rows={2} value={notes} maxLength={20000} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <SaveFooter label="Save finding" saving={busy} error={error?.message} blocked={triggerPoint === ""} />
    </form>
  );
}
