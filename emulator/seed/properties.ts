import { derivedId } from "./ids";

// The part properties the metadata API shows (BTMetadataPropertyInfo), standard and custom.
// Standard property ids are Onshape's own and the same in every company (the BOM headers
// use them too); custom ones are company-defined, so their ids are derived here.

export type SeedPropertySource =
  | "name"
  | "partNumber"
  | "description"
  | "revision"
  | "vendor"
  | "material"
  | "state"
  | "mass"
  | "custom";

/** Onshape's BTMetadataValueType names (a unit test holds them to the spec's enum). */
export type SeedValueType = "STRING" | "ENUM" | "BOOL" | "INT" | "OBJECT" | "VALUE_WITH_UNITS";

export type SeedProperty = {
  id: string;
  name: string;
  valueType: SeedValueType;
  source: SeedPropertySource;
  editable: boolean;
  required: boolean;
  computed: boolean;
  validator?: { pattern?: string; maxLength?: number; min?: number; max?: number };
  enumValues?: readonly { value: string; label: string }[];
  /** What a part that was never given a value shows, as Onshape writes it ("100 mm"). */
  defaultValue?: string;
  /** VALUE_WITH_UNITS: the length unit the validator's min and max are in. */
  units?: "millimeter";
};

const standard = (
  id: string,
  name: string,
  source: SeedPropertySource,
  extra: Partial<SeedProperty> = {},
): SeedProperty => ({
  id,
  name,
  valueType: "STRING",
  source,
  editable: true,
  required: false,
  computed: false,
  ...extra,
});

const custom = (name: string, extra: Partial<SeedProperty>): SeedProperty => ({
  ...standard(derivedId("custom-property", name), name, "custom"),
  ...extra,
});

export const propertyIds = {
  name: "57f3fb8efa3416c06701d60d",
  description: "57f3fb8efa3416c06701d60e",
  partNumber: "57f3fb8efa3416c06701d60f",
  revision: "57f3fb8efa3416c06701d610",
  state: "57f3fb8efa3416c06701d611",
  vendor: "57f3fb8efa3416c06701d612",
  material: "57f3fb8efa3416c06701d615",
  mass: "57f3fb8efa3416c06701d61b",
  finish: derivedId("custom-property", "Oberfläche"),
  leadTime: derivedId("custom-property", "Lieferzeit (Tage)"),
  inspection: derivedId("custom-property", "Prüfpflichtig"),
  costCentre: derivedId("custom-property", "Kostenstelle"),
  cutLength: derivedId("custom-property", "Zuschnittlänge"),
} as const;

export const partProperties: readonly SeedProperty[] = [
  standard(propertyIds.name, "Name", "name", { required: true, validator: { maxLength: 100 } }),
  standard(propertyIds.partNumber, "Part number", "partNumber", {
    validator: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", maxLength: 40 },
  }),
  standard(propertyIds.description, "Description", "description", {
    validator: { maxLength: 500 },
  }),
  standard(propertyIds.revision, "Revision", "revision", {
    validator: { pattern: "^[A-Z]{1,2}$", maxLength: 2 },
  }),
  standard(propertyIds.vendor, "Vendor", "vendor", { validator: { maxLength: 100 } }),
  standard(propertyIds.material, "Material", "material", { valueType: "OBJECT" }),
  // Release management changes the state, never a metadata write.
  standard(propertyIds.state, "State", "state", {
    valueType: "ENUM",
    editable: false,
    enumValues: [
      { value: "IN_PROGRESS", label: "In progress" },
      { value: "PENDING", label: "Pending" },
      { value: "RELEASED", label: "Released" },
      { value: "OBSOLETE", label: "Obsolete" },
    ],
  }),
  standard(propertyIds.mass, "Mass", "mass", {
    valueType: "VALUE_WITH_UNITS",
    editable: false,
    computed: true,
  }),
  custom("Oberfläche", {
    id: propertyIds.finish,
    valueType: "ENUM",
    enumValues: [
      { value: "BLANK", label: "Blank" },
      { value: "ELOXIERT", label: "Eloxiert" },
      { value: "VERZINKT", label: "Verzinkt" },
      { value: "PULVERBESCHICHTET", label: "Pulverbeschichtet" },
    ],
  }),
  custom("Lieferzeit (Tage)", {
    id: propertyIds.leadTime,
    valueType: "INT",
    validator: { min: 0, max: 365 },
  }),
  custom("Prüfpflichtig", { id: propertyIds.inspection, valueType: "BOOL" }),
  custom("Kostenstelle", {
    id: propertyIds.costCentre,
    validator: { pattern: "^[0-9]{4}$", maxLength: 4 },
  }),
  // A value with units as Onshape writes it: text, a number and a unit symbol.
  custom("Zuschnittlänge", {
    id: propertyIds.cutLength,
    valueType: "VALUE_WITH_UNITS",
    validator: { min: 1, max: 6000 },
    units: "millimeter",
    defaultValue: "100 mm",
  }),
];
