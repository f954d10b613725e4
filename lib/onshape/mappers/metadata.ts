import type { RawMetadataPart, RawMetadataProperty } from "../raw-types";
import type {
  PartProperties,
  PartProperty,
  PropertyRule,
  PropertyValue,
  PropertyValueType,
} from "../types";

// Onshape's part metadata (getWMVEPsMetadata) as the app edits it. Only values the app has an
// input for are editable here; the others keep Onshape's display text and say why.

const editableTypes: readonly PropertyValueType[] = ["STRING", "ENUM", "BOOL", "INTEGER", "DOUBLE"];

function valueTypeOf(raw: string | undefined): PropertyValueType {
  return (editableTypes as readonly string[]).includes(raw ?? "")
    ? (raw as PropertyValueType)
    : "OTHER";
}

/** Onshape's value as text, number or boolean; objects (e.g. a material) as their name. */
function valueOf(raw: unknown): PropertyValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "object") {
    const { displayName, name, id } = raw as Record<string, unknown>;
    const label = [displayName, name, id].find((x) => typeof x === "string" && x !== "");
    return typeof label === "string" ? label : JSON.stringify(raw);
  }
  return String(raw);
}

function readOnlyReason(property: RawMetadataProperty, type: PropertyValueType): string | null {
  if (property.computedProperty || property.computedAssemblyProperty) {
    return "Onshape computes it.";
  }
  if (!property.editable) return "Onshape does not allow changing it.";
  if (type === "OTHER") {
    return property.valueType === "OBJECT"
      ? "Change it in Onshape (this app edits text, numbers, lists and yes/no values)."
      : `Values of type ${property.valueType ?? "unknown"} are changed in Onshape.`;
  }
  return null;
}

function ruleOf(property: RawMetadataProperty): PropertyRule | null {
  const v = property.validator;
  if (!v) return null;
  const rule: PropertyRule = {};
  if (typeof v.pattern === "string" && v.pattern !== "") rule.pattern = v.pattern;
  if (typeof v.minLength === "number") rule.minLength = v.minLength;
  if (typeof v.maxLength === "number") rule.maxLength = v.maxLength;
  if (typeof v.min === "number") rule.min = v.min;
  if (typeof v.max === "number") rule.max = v.max;
  return Object.keys(rule).length > 0 ? rule : null;
}

export function toPartProperty(property: RawMetadataProperty): PartProperty {
  const valueType = valueTypeOf(property.valueType);
  const reason = readOnlyReason(property, valueType);
  return {
    propertyId: property.propertyId ?? "",
    name: property.name ?? property.propertyId ?? "",
    valueType,
    value: valueOf(property.value),
    editable: reason === null,
    readOnlyReason: reason,
    required: property.required ?? false,
    rule: ruleOf(property),
    options:
      valueType === "ENUM"
        ? (property.enumValues ?? []).map((option) => ({
            value: option.value ?? "",
            label: option.label || option.value || "",
          }))
        : null,
  };
}

export function toPartProperties(part: RawMetadataPart): PartProperties {
  const properties = (part.properties ?? [])
    .filter((property) => property.propertyId)
    .map(toPartProperty);
  const name = properties.find((property) => property.name === "Name")?.value;
  return {
    partId: part.partId ?? "",
    name: typeof name === "string" && name !== "" ? name : (part.partId ?? ""),
    properties,
    ...(part.href ? { href: part.href } : {}),
  };
}
