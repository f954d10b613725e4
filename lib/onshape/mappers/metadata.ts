import { convertQuantity, findUnit, parseQuantity, plainNumber } from "../quantity-units";
import type { RawMetadataPart, RawMetadataProperty } from "../raw-types";
import type {
  PartProperties,
  PartProperty,
  PropertyQuantity,
  PropertyRule,
  PropertyValue,
  PropertyValueType,
} from "../types";

// Onshape's part metadata (getWMVEPsMetadata) as the app edits it. Only values the app has an
// input for are editable here; the others keep Onshape's display text and say why.

const editableTypes: readonly PropertyValueType[] = [
  "STRING",
  "ENUM",
  "BOOL",
  "INT",
  "DOUBLE",
  "VALUE_WITH_UNITS",
];

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

/**
 * A VALUE_WITH_UNITS value as Onshape sends it: text ("250 mm") or a number with its unit
 * ({value: 250, units: "mm"}). The property's unit, which its validator's min and max are in,
 * is its default value's when that has one (the same for every part), else the value's own; a
 * value given in another unit of the dimension ("0.3 m") is converted to it.
 */
function quantityOf(
  property: RawMetadataProperty,
): { value: number | null; quantity: PropertyQuantity } | null {
  const read = (raw: unknown) => {
    if (typeof raw === "string") {
      const parsed = parseQuantity(raw);
      if (!parsed?.unit) return null;
      const { value, unit, unitText } = parsed;
      return { value, unit, spelling: unitText, form: "text" as const };
    }
    if (typeof raw === "object" && raw !== null) {
      const { value, units } = raw as { value?: unknown; units?: unknown };
      const unit = typeof units === "string" ? findUnit(units) : undefined;
      if (typeof value !== "number" || !Number.isFinite(value) || !unit) return null;
      return { value, unit, spelling: units as string, form: "number" as const };
    }
    return null;
  };
  const raw: unknown = property.value;
  const empty = raw === null || raw === undefined || raw === "";
  const given = empty ? null : read(raw);
  if (!empty && !given) return null;
  const byDefault = read(property.defaultValue);
  const own =
    byDefault && (!given || given.unit.dimension === byDefault.unit.dimension) ? byDefault : given;
  if (!own) return null;
  return {
    value: given ? convertQuantity(given.value, given.unit, own.unit) : null,
    quantity: {
      dimension: own.unit.dimension,
      unit: own.unit.name,
      spelling: own.spelling,
      form: (given ?? own).form,
    },
  };
}

/** A value the app holds, in the form Onshape gave the property's value (see quantityOf). */
export function toMetadataValue(property: PartProperty, value: PropertyValue): MetadataValue {
  const quantity = property.valueType === "VALUE_WITH_UNITS" ? property.quantity : null;
  if (!quantity) return value;
  if (typeof value !== "number") return quantity.form === "text" ? "" : null;
  const number = plainNumber(value);
  return quantity.form === "text"
    ? `${number} ${quantity.spelling}`
    : { value: number, units: quantity.spelling };
}

/** A property value as a metadata write sends it. */
export type MetadataValue = PropertyValue | { value: number; units: string };

function readOnlyReason(
  property: RawMetadataProperty,
  type: PropertyValueType,
  quantity: PropertyQuantity | null,
): string | null {
  if (property.computedProperty || property.computedAssemblyProperty) {
    return "Onshape computes it.";
  }
  if (!property.editable) return "Onshape does not allow changing it.";
  if (type === "VALUE_WITH_UNITS" && !quantity) {
    return "Onshape gives it no unit this app knows: change it in Onshape.";
  }
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
  const quantity = valueType === "VALUE_WITH_UNITS" ? quantityOf(property) : null;
  const reason = readOnlyReason(property, valueType, quantity?.quantity ?? null);
  return {
    propertyId: property.propertyId ?? "",
    name: property.name ?? property.propertyId ?? "",
    valueType,
    // A quantity whose unit the app does not know keeps Onshape's text, read-only.
    value: quantity ? quantity.value : valueOf(property.value),
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
    quantity: quantity?.quantity ?? null,
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
