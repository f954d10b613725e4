import { materials, partMass } from "../seed";
import type { SeedProperty } from "../seed/properties";
import type { SeedMaterial, SeedPart } from "../seed/types";
import { lengthUnitNamed, lengthUnits, parseLengthText } from "./length-units";
import { omit } from "./omit";

// Reading and writing a part's metadata properties (emulator/seed/properties.ts), with the
// checks Onshape applies to a write: editable, required, the validator, enum values, and the
// value's type. Each check failure is a sentence naming the property.

const materialList: readonly SeedMaterial[] = Object.values(materials);

export function findMaterial(id: string): SeedMaterial | undefined {
  return materialList.find((material) => material.id === id);
}

export function materialValue(material: SeedMaterial) {
  return {
    id: material.id,
    displayName: material.displayName,
    libraryName: material.libraryName,
  };
}

/** kg as Onshape's computed Mass shows it, e.g. "1.08 kg"; "" without material. */
export function massText(part: SeedPart): string {
  return part.material ? `${Number(partMass(part).toPrecision(12))} kg` : "";
}

export function propertyValue(part: SeedPart, property: SeedProperty): unknown {
  switch (property.source) {
    case "name":
      return part.name;
    case "partNumber":
    case "description":
    case "revision":
    case "vendor":
      return part[property.source] ?? "";
    case "material":
      return part.material ? materialValue(part.material) : null;
    case "state":
      return "IN_PROGRESS";
    case "mass":
      return massText(part);
    case "custom": {
      const value = part.customProperties?.[property.id];
      if (value !== undefined) return value;
      if (property.defaultValue !== undefined) return property.defaultValue;
      return property.valueType === "BOOL" ? false : property.valueType === "STRING" ? "" : null;
    }
  }
}

/** Why `value` cannot be written to `property`, or undefined when it can. */
export function propertyProblem(property: SeedProperty, value: unknown): string | undefined {
  const label = `property "${property.name}" (${property.id})`;
  if (!property.editable || property.computed) return `The ${label} is not editable.`;
  const { validator } = property;
  switch (property.valueType) {
    case "STRING": {
      if (typeof value !== "string") return `The ${label} takes a string.`;
      if (value === "") return property.required ? `The ${label} is required.` : undefined;
      if (validator?.maxLength !== undefined && value.length > validator.maxLength) {
        return `The ${label} is at most ${validator.maxLength} characters long.`;
      }
      if (validator?.pattern && !new RegExp(validator.pattern).test(value)) {
        return `The value "${value}" does not match the pattern ${validator.pattern} of the ${label}.`;
      }
      return undefined;
    }
    case "ENUM": {
      const allowed = property.enumValues ?? [];
      if (typeof value === "string" && allowed.some((option) => option.value === value)) {
        return undefined;
      }
      return `The value ${JSON.stringify(value)} is not one of the values of the ${label}: ${allowed.map((o) => o.value).join(", ")}.`;
    }
    case "BOOL":
      return typeof value === "boolean" ? undefined : `The ${label} takes true or false.`;
    case "INT": {
      if (typeof value !== "number" || !Number.isInteger(value)) {
        return `The ${label} takes a whole number.`;
      }
      if (
        (validator?.min !== undefined && value < validator.min) ||
        (validator?.max !== undefined && value > validator.max)
      ) {
        return `The value ${value} is outside the range ${validator?.min ?? "…"}–${validator?.max ?? "…"} of the ${label}.`;
      }
      return undefined;
    }
    case "OBJECT": {
      if (value === null) return undefined;
      const id = typeof value === "object" ? (value as { id?: unknown }).id : undefined;
      if (typeof id !== "string") {
        return `The ${label} takes a material object such as {"id": "Steel", "libraryName": "Onshape Material Library"}, not ${JSON.stringify(value)}.`;
      }
      return findMaterial(id) ? undefined : `Unknown material "${id}" for the ${label}.`;
    }
    case "VALUE_WITH_UNITS":
      return lengthProblem(property, value, label);
  }
}

/** A length as Onshape writes it ("250 mm"), within the validator's range in the property's unit. */
function lengthProblem(property: SeedProperty, value: unknown, label: string): string | undefined {
  if (value === "") return property.required ? `The ${label} is required.` : undefined;
  const symbols = lengthUnits.map((unit) => unit.symbol).join(", ");
  if (typeof value !== "string") {
    return `The ${label} takes a value with units as a string such as "250 mm", not ${JSON.stringify(value)}.`;
  }
  const parsed = parseLengthText(value);
  if (!parsed.ok) {
    return parsed.problem === "unit"
      ? `The value "${value}" of the ${label} has unit "${parsed.unit}", which is not a length unit (${symbols}).`
      : `The value "${value}" of the ${label} is not a number with a unit such as "250 mm".`;
  }
  const unit = lengthUnitNamed(property.units ?? "millimeter")!;
  const inUnit = Number((parsed.mm / unit.mm).toPrecision(12));
  const { min, max } = property.validator ?? {};
  if ((min !== undefined && inUnit < min) || (max !== undefined && inUnit > max)) {
    return `The value "${value}" is outside the range ${min ?? "…"} ${unit.symbol}–${max ?? "…"} ${unit.symbol} of the ${label}.`;
  }
  return undefined;
}

/** The part with the (already checked) value written. */
export function withPropertyValue(
  part: SeedPart,
  property: SeedProperty,
  value: unknown,
): SeedPart {
  switch (property.source) {
    case "name":
      return { ...part, name: String(value) };
    case "partNumber":
    case "description":
    case "revision":
    case "vendor":
      return value === ""
        ? omit(part, property.source)
        : { ...part, [property.source]: String(value) };
    case "material": {
      const id = value === null ? undefined : (value as { id: string }).id;
      const material = id ? findMaterial(id) : undefined;
      return material ? { ...part, material } : omit(part, "material");
    }
    case "custom": {
      const others = omit(part.customProperties ?? {}, property.id);
      const cleared = value === "" || value === null;
      // Cleared, a property with a default stays empty: it does not fall back to the default.
      const stored = cleared ? (property.defaultValue !== undefined ? "" : undefined) : value;
      return {
        ...part,
        customProperties:
          stored === undefined
            ? others
            : { ...others, [property.id]: stored as string | number | boolean },
      };
    }
    case "state":
    case "mass":
      return part;
  }
}
