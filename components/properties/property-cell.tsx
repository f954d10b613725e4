"use client";

import { useState, type FormEvent } from "react";
import { AllowEditingButton } from "@/components/auth/allow-editing-button";
import { Button } from "@/components/ui/button";
import { unitsOf } from "@/lib/onshape/quantity-units";
import type { PartProperty, PropertyValue } from "@/lib/onshape/types";
import { displayValue, parseInput, unitOf } from "@/lib/properties/rules";
import type { SaveResult } from "./use-part-properties";

// One property of one part, shown as text and edited in place with the input its type needs:
// text, a list for enums, a checkbox for yes/no, a number, a number with a unit select (of the
// property's dimension only). Onshape's validator runs as the user
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
    const own = unitOf(property);
    // A quantity edits as its number and unit symbol apart ("90 °"), whatever its display.
    const quantity = own
      ? `${property.value === null ? "" : String(property.value)} ${own.symbol}`
      : null;
    setText(property.valueType === "ENUM" ? String(property.value ?? "") : (quantity ?? shown));
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
    case "VALUE_WITH_UNITS":
      return <QuantityInput {...props} common={common} />;
    case "INT":
    case "DOUBLE":
      return (
        <input
          {...common}
          type="number"
          step={property.valueType === "INT" ? 1 : "any"}
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

/**
 * The number and the unit are one text ("0.25 m") to the rules, so a cell, a spreadsheet cell
 * and a typed value are read by the same parser; here they are two inputs.
 */
function QuantityInput(props: {
  property: PartProperty;
  text: string;
  onChange: (text: string) => void;
  label: string;
  common: Record<string, unknown>;
}) {
  const { property, text, onChange, label, common } = props;
  const own = unitOf(property);
  if (!own) return null;
  const at = text.lastIndexOf(" ");
  const number = at < 0 ? text : text.slice(0, at);
  const symbol = at < 0 ? own.symbol : text.slice(at + 1);
  return (
    <span className="flex items-center gap-1">
      <input
        {...common}
        type="text"
        inputMode="decimal"
        size={8}
        value={number}
        onChange={(e) => onChange(`${e.target.value} ${symbol}`)}
      />
      <select
        aria-label={`Unit of ${label}`}
        className="rounded border border-onshape-line px-1 py-0.5"
        value={symbol}
        onChange={(e) => onChange(`${number} ${e.target.value}`)}
      >
        {unitsOf(own.dimension).map((unit) => (
          <option key={unit.name} value={unit.symbol}>
            {unit.symbol}
          </option>
        ))}
      </select>
    </span>
  );
}
