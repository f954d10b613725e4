import {
  convertQuantity,
  findUnit,
  parseQuantity,
  plainNumber,
  quantityText,
  unitSymbols,
  type QuantityUnit,
} from "@/lib/onshape/quantity-units";
import type { PartProperty, PropertyValue } from "@/lib/onshape/types";

// What a property accepts, checked before any write: the same rules Onshape's validator says
// (pattern, lengths, range, enum values, required), so an invalid value is refused in place
// with the reason instead of costing an API call. Client-safe: the table checks as you type.

export type Parsed = { ok: true; value: PropertyValue } | { ok: false; problem: string };

const yes = ["true", "yes", "y", "1", "ja", "wahr", "x"];
const no = ["false", "no", "n", "0", "nein", "falsch", ""];

/** Text typed in a cell or read from a spreadsheet, as the value Onshape stores. */
export function parseInput(property: PartProperty, text: string): Parsed {
  const trimmed = text.trim();
  switch (property.valueType) {
    case "STRING":
      // A space before or after a part number is never meant, and cannot be seen in a cell.
      return checked(property, trimmed);
    case "ENUM": {
      if (trimmed === "") return checked(property, "");
      const lower = trimmed.toLowerCase();
      const option = (property.options ?? []).find(
        (o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower,
      );
      if (!option) {
        const allowed = (property.options ?? []).map((o) => o.label).join(", ");
        return { ok: false, problem: `${property.name} must be one of: ${allowed}.` };
      }
      return checked(property, option.value);
    }
    case "BOOL": {
      const lower = trimmed.toLowerCase();
      if (yes.includes(lower)) return checked(property, true);
      if (no.includes(lower)) return checked(property, false);
      return { ok: false, problem: `${property.name} must be true or false.` };
    }
    case "INT":
    case "DOUBLE": {
      if (trimmed === "") return checked(property, null);
      // Spreadsheets in many locales write a decimal comma.
      const number = Number(trimmed.replace(/^([+-]?\d+),(\d+)$/, "$1.$2"));
      if (!Number.isFinite(number)) {
        return { ok: false, problem: `${property.name} must be a number, not "${trimmed}".` };
      }
      if (property.valueType === "INT" && !Number.isInteger(number)) {
        return { ok: false, problem: `${property.name} must be a whole number.` };
      }
      return checked(property, number);
    }
    case "VALUE_WITH_UNITS":
      return parseQuantityInput(property, trimmed);
    case "OTHER":
      return { ok: false, problem: `${property.name} cannot be changed here.` };
  }
}

/** Why `value` may not be written to `property`, or null when it may. */
export function valueProblem(property: PartProperty, value: PropertyValue): string | null {
  if (!property.editable) {
    return `${property.name} is not editable: ${property.readOnlyReason ?? ""}`.trim();
  }
  const empty = value === null || value === "";
  if (empty) return property.required ? `${property.name} is required.` : null;
  const rule = property.rule ?? {};
  switch (property.valueType) {
    case "STRING": {
      if (typeof value !== "string") return `${property.name} takes text.`;
      if (rule.minLength !== undefined && value.length < rule.minLength) {
        return `${property.name} is at least ${rule.minLength} characters long.`;
      }
      if (rule.maxLength !== undefined && value.length > rule.maxLength) {
        return `${property.name} is at most ${rule.maxLength} characters long (this is ${value.length}).`;
      }
      const pattern = rule.pattern ? compiled(rule.pattern) : null;
      if (pattern && !pattern.test(value)) {
        return `"${value}" is not a valid ${property.name}: it must match ${rule.pattern}.`;
      }
      return null;
    }
    case "ENUM":
      return (property.options ?? []).some((o) => o.value === value)
        ? null
        : `${property.name} must be one of: ${(property.options ?? []).map((o) => o.label).join(", ")}.`;
    case "BOOL":
      return typeof value === "boolean" ? null : `${property.name} must be true or false.`;
    case "INT":
    case "DOUBLE":
    case "VALUE_WITH_UNITS": {
      if (typeof value !== "number") return `${property.name} must be a number.`;
      if (property.valueType === "INT" && !Number.isInteger(value)) {
        return `${property.name} must be a whole number.`;
      }
      // A quantity's limits are in its own unit, and are shown with it.
      const unit = unitOf(property);
      const shown = (limit: number | undefined) =>
        limit === undefined ? "…" : unit ? quantityText(limit, unit) : String(limit);
      if (
        (rule.min !== undefined && value < rule.min) ||
        (rule.max !== undefined && value > rule.max)
      ) {
        return `${property.name} must be between ${shown(rule.min)} and ${shown(rule.max)} (not ${unit ? quantityText(value, unit) : value}).`;
      }
      return null;
    }
    case "OTHER":
      return `${property.name} cannot be changed here.`;
  }
}

/** The unit a VALUE_WITH_UNITS property's number is in. */
export function unitOf(property: PartProperty): QuantityUnit | undefined {
  return property.quantity ? findUnit(property.quantity.unit) : undefined;
}

/**
 * "0,25 m", "25 cm", "250": a quantity in any unit of the property's dimension (a bare number
 * is in the property's unit), as the number in the property's unit. So the same length in
 * another unit is the same value, and no change.
 */
function parseQuantityInput(property: PartProperty, text: string): Parsed {
  const own = unitOf(property);
  if (!own) return { ok: false, problem: `${property.name} cannot be changed here.` };
  if (text === "") return checked(property, null);
  const parsed = parseQuantity(text);
  const kind = own.dimension.toLowerCase();
  if (!parsed) {
    return {
      ok: false,
      problem: `${property.name} must be a ${kind} such as ${quantityText(typeof property.value === "number" ? property.value : 1, own)}, not "${text}".`,
    };
  }
  const { unit, unitText } = parsed;
  if (unitText !== "" && unit?.dimension !== own.dimension) {
    return {
      ok: false,
      problem: `${property.name}: "${unitText}" is not a unit of ${kind} (use ${unitSymbols(own.dimension)}).`,
    };
  }
  return checked(
    property,
    unit ? convertQuantity(parsed.value, unit, own) : plainNumber(parsed.value),
  );
}

function checked(property: PartProperty, value: PropertyValue): Parsed {
  const problem = valueProblem(property, value);
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** Onshape's patterns are Java regular expressions; one JavaScript cannot read is left to Onshape. */
function compiled(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return null;
  }
}

/** Whether two values are the same for Onshape: "" and null both mean empty. */
export function sameValue(a: PropertyValue, b: PropertyValue): boolean {
  const empty = (v: PropertyValue) => v === null || v === "";
  if (empty(a) && empty(b)) return true;
  return a === b;
}

/** A value as a person reads it (and as a spreadsheet cell holds it). */
export function displayValue(property: PartProperty, value: PropertyValue): string {
  if (value === null) return "";
  if (property.valueType === "ENUM") {
    return (property.options ?? []).find((o) => o.value === value)?.label ?? String(value);
  }
  const unit = typeof value === "number" ? unitOf(property) : undefined;
  return unit ? quantityText(value as number, unit) : String(value);
}
