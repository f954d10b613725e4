"use client";

import { useState, type FormEvent } from "react";
import { AllowEditingButton } from "@/components/auth/allow-editing-button";
import { Button } from "@/components/ui/button";
import type { PartProperty, PropertyValue } from "@/lib/onshape/types";
import { displayValue, parseInput } from "@/lib/properties/rules";
import type { SaveResult } from "./use-part-properties";

// One property of one part, shown as text and edited in place with the input its type needs:
// text, a list for enums, a checkbox for yes/no, a number. Onshape's validator runs as the user
// types; an invalid value is refused in place, with the reason, and never sent.

type Props = {
  property: PartProperty;
  partName: string;
  /** Null where nothing may be edited (a version, or no write access). */
  onSave: ((value: PropertyValue, seen?: PropertyValue) => Promise<SaveResult>) | null;
};

export function PropertyCell({ property, partName, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const [result, setResult] = useState<SaveResult | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = displayValue(property, property.value);
  const label = `${property.name} of ${partName}`;

  if (!onSave || !property.editable) {
    return <span>{shown || "—"}</span>;
  }

  const parsed = parseInput(property, text);

  async function save(value: PropertyValue, seen?: PropertyValue) {
    if (!onSave) return;
    setSaving(true);
    setEditing(false);
    const outcome = await onSave(value, seen);
    setSaving(false);
    setResult(outcome);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed.ok) void save(parsed.value);
  }

  function start() {
    setText(property.valueType === "ENUM" ? String(property.value ?? "") : shown);
    setResult(null);
    setEditing(true);
  }

  if (editing) {
    const problemId = `problem-${property.propertyId}-${partName}`.replace(/\W/g, "-");
    return (
      <form onSubmit={submit} className="flex flex-wrap items-center gap-1">
        <PropertyInput
          property={property}
          text={text}
          onChange={setText}
          label={label}
          describedBy={parsed.ok ? undefined : problemId}
        />
        <Button type="submit" disabled={!parsed.ok} className="px-2 py-0.5 text-sm">
          Save
        </Button>
        <Button onClick={() => setEditing(false)} className="px-2 py-0.5 text-sm">
          Cancel
        </Button>
        {parsed.ok ? null : (
          <span id={problemId} role="alert" className="basis-full text-sm text-red-700">
            {parsed.problem}
          </span>
        )}
      </form>
    );
  }

  const failed = result && !result.ok ? result : null;
  return (
    <span className="flex flex-col items-start gap-1">
      <span className="flex items-center gap-2">
        <span>{shown || "—"}</span>
        <Button
          variant="link"
          className="text-sm"
          aria-label={`Edit ${label}`}
          disabled={saving}
          onClick={start}
        >
          {saving ? "Saving…" : "Edit"}
        </Button>
      </span>
      {failed ? (
        <span
          role="alert"
          data-save-error={failed.kind}
          className="flex flex-col gap-1 text-sm text-red-700"
        >
          {failed.message}
          {failed.kind === "conflict" && failed.conflicts?.[0] ? (
            <Button
              className="self-start px-2 py-0.5 text-sm"
              onClick={() => {
                const conflict = failed.conflicts![0]!;
                const wanted = parseInput(property, conflict.wanted);
                if (wanted.ok) void save(wanted.value, property.value);
              }}
            >
              Overwrite with “{failed.conflicts[0].wanted}”
            </Button>
          ) : null}
          {failed.kind === "forbidden" ? <AllowEditingButton /> : null}
        </span>
      ) : null}
    </span>
  );
}

function PropertyInput(props: {
  property: PartProperty;
  text: string;
  onChange: (text: string) => void;
  label: string;
  describedBy?: string;
}) {
  const { property, text, onChange, label, describedBy } = props;
  const common = {
    "aria-label": label,
    "aria-invalid": describedBy ? true : undefined,
    "aria-describedby": describedBy,
    autoFocus: true,
    className: "rounded border border-onshape-line px-2 py-0.5",
  };
  switch (property.valueType) {
    case "ENUM":
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          {property.required ? null : <option value="">(none)</option>}
          {(property.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    case "BOOL":
      return (
        <input
          {...common}
          type="checkbox"
          checked={text === "true"}
          onChange={(e) => onChange(String(e.target.checked))}
        />
      );
    case "INTEGER":
    case "DOUBLE":
      return (
        <input
          {...common}
          type="number"
          step={property.valueType === "INTEGER" ? 1 : "any"}
          min={property.rule?.min}
          max={property.rule?.max}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <input {...common} type="text" value={text} onChange={(e) => onChange(e.target.value)} />
      );
  }
}
