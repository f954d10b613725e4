// The shapes the Onshape data layer returns: small, token-free, safe to hand to client
// components. Onshape's raw JSON (raw-types.ts) is mapped to these on the server.

import type { Dimension } from "./quantity-units";

export type Wvm = "w" | "v" | "m";

/** A document at one workspace, version or microversion. */
export type DocumentRef = { documentId: string; wvm: Wvm; wvmId: string };

/**
 * An element at a workspace, version or microversion, in one configuration: `configuration` is
 * Onshape's string (`id=value;id=value`, decoded once) as a link asked for it; absent or "" means
 * the element's defaults. lib/onshape checks it against the element's inputs before any call.
 */
export type ElementRef = DocumentRef & { elementId: string; configuration?: string };

/** One input of a configured Part Studio or assembly (Onshape's configuration parameter). */
export type ConfigurationParameter =
  | { type: "list"; id: string; name: string; defaultValue: string; options: ListOption[] }
  | { type: "boolean"; id: string; name: string; defaultValue: boolean }
  | {
      type: "quantity";
      id: string;
      name: string;
      /** Onshape's quantity type: LENGTH, ANGLE, INTEGER, REAL, … */
      quantityType: string;
      /** Onshape's unit name for the range and default, e.g. "millimeter"; "" for plain numbers. */
      units: string;
      defaultValue: number;
      minValue: number;
      maxValue: number;
    }
  | { type: "string"; id: string; name: string; defaultValue: string };

export type ListOption = { id: string; name: string };

/** A list input's option id, a boolean, a quantity in its parameter's units, or text. */
export type ConfigurationValue = string | boolean | number;

export type ConfigurationValues = Readonly<Record<string, ConfigurationValue>>;

/** A checked configuration: every input's value, and the string Onshape is sent. */
export type Configuration = {
  parameters: ConfigurationParameter[];
  values: ConfigurationValues;
  /** Every input as `id=value;…` in Onshape's order; "" for an element without inputs. */
  encoded: string;
  isDefault: boolean;
};

export type DocumentFilter = "mine" | "shared" | "recent";

export type DocumentQuery = { filter: DocumentFilter; q: string; offset: number };

/** Onshape's standard thumbnail sizes; it renders no others. */
export const thumbnailSizes = ["70x40", "300x170", "300x300", "600x340"] as const;
export type ThumbnailSize = (typeof thumbnailSizes)[number];

/** Where Onshape keeps a picture: element thumbnails exist for workspaces and versions only. */
export type ThumbnailSource = { wv: "w" | "v"; wvId: string; cacheKey: string | null };

export type DocumentSummary = {
  id: string;
  name: string;
  ownerName: string | null;
  /** ISO 8601 */
  modifiedAt: string | null;
  defaultWorkspaceId: string | null;
  /** Null when Onshape has no picture for the document. */
  thumbnail: { workspaceId: string; cacheKey: string | null } | null;
};

export type DocumentPage = {
  items: DocumentSummary[];
  offset: number;
  nextOffset: number | null;
  previousOffset: number | null;
};

export type DocumentInfo = {
  id: string;
  name: string;
  ownerName: string | null;
  defaultWorkspaceId: string | null;
  defaultWorkspace: Snapshot | null;
};

/**
 * Where in its history a document is viewed: a workspace ("Main", last modified), a version
 * ("V2 Freigabe", created), or a microversion (no name). Null fields: Onshape did not say.
 */
export type Snapshot = {
  wvm: Wvm;
  id: string;
  name: string | null;
  /** ISO 8601: when a version was made, when a workspace last changed. */
  date: string | null;
};

/** A workspace or version the document can be viewed at. */
export type SnapshotOption = { wvm: "w" | "v"; id: string; name: string; createdAt: string | null };

export type ElementKind =
  | "PARTSTUDIO"
  | "ASSEMBLY"
  | "DRAWING"
  | "BLOB"
  | "FEATURESTUDIO"
  | "VARIABLESTUDIO"
  | "APPLICATION"
  | "OTHER";

export type ElementSummary = {
  id: string;
  name: string;
  kind: ElementKind;
  /** Onshape's own label, e.g. "Part Studio". */
  typeLabel: string;
  filename: string | null;
  mimeType: string | null;
  thumbnail: ThumbnailSource | null;
};

export type ElementGroup = { kind: ElementKind; label: string; elements: ElementSummary[] };

type Vec3 = readonly [number, number, number];

/** One part with its mass properties, in SI units (kg, m³, m², m). */
export type PartRow = {
  partId: string;
  name: string;
  partNumber: string | null;
  material: string | null;
  /** Null when the part has no material, so Onshape cannot weigh it. */
  massKg: number | null;
  volumeM3: number | null;
  areaM2: number | null;
  centroidM: Vec3 | null;
  /** Onshape's revision of the part, where it has one (release management). */
  revision: string | null;
  /** Mass over volume; null without material. */
  densityKgM3: number | null;
  /** Principal moments of inertia about the centroid, ascending (kg·m²); null without mass. */
  principalInertiaKgM2: Vec3 | null;
};

export type PartTotals = {
  massKg: number;
  volumeM3: number;
  areaM2: number;
  /** Mass-weighted centre of the parts that have mass; null when none has. */
  centroidM: Vec3 | null;
  partsWithoutMass: number;
};

export type BomView = "indented" | "flattened";

export type BomColumn = { id: string; name: string; propertyName: string | null };

/** A BOM value as Onshape's column holds it: text, a number (quantity), or nothing. */
export type BomCell = string | number | null;

/**
 * What a BOM row stands for (Onshape's itemSource, ids checked: they go into paths): a part of a
 * Part Studio, or an assembly.
 */
export type BomSource = {
  documentId: string;
  elementId: string;
  /** Null for a sub-assembly row. */
  partId: string | null;
  wvm: Wvm;
  wvmId: string;
  configuration: string;
};

/** A part row's source: where its part lives, at w, v or m, and in which configuration. */
export type BomPartSource = Pick<
  BomSource,
  "documentId" | "wvm" | "wvmId" | "elementId" | "configuration"
> & {
  partId: string;
};

export type BomRow = {
  id: string;
  indentLevel: number;
  cells: BomCell[];
  /** Null for rows Onshape gives no (valid) source for. */
  source: BomSource | null;
};

export type BomTable = { columns: BomColumn[]; rows: BomRow[] };

export type Thumbnail = { bytes: ArrayBuffer; contentType: string };

/**
 * How Onshape stores a part property's value (its BTMetadataValueType: INT is a whole number,
 * VALUE_WITH_UNITS a quantity such as "250 mm"); "OTHER" covers what the app shows but cannot edit.
 */
export type PropertyValueType =
  "STRING" | "ENUM" | "BOOL" | "INT" | "DOUBLE" | "VALUE_WITH_UNITS" | "OTHER";

/**
 * A property value as the app handles it; OTHER values arrive as their display text, and a
 * VALUE_WITH_UNITS value is the number in the property's unit (PropertyQuantity).
 */
export type PropertyValue = string | number | boolean | null;

/**
 * What a VALUE_WITH_UNITS property's number means and how Onshape wrote it, so a write gives it
 * back in the same form: "text" is "250 mm", "number" is {value: 250, units: "mm"}.
 */
export type PropertyQuantity = {
  dimension: Dimension;
  /** The unit of the value and of the validator's min and max (quantity-units.ts name). */
  unit: string;
  /** The unit as Onshape spelled it ("mm", "millimeter"), spelled so again in a write. */
  spelling: string;
  form: "text" | "number";
};

/** Onshape's validator for a property (BTMetadataPropertyValidatorInfo). */
export type PropertyRule = {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
};

export type PartProperty = {
  propertyId: string;
  name: string;
  valueType: PropertyValueType;
  value: PropertyValue;
  /** Onshape says it is editable, it is not computed, and the app has an input for its type. */
  editable: boolean;
  /** Why not, when it is not editable: shown to the user. */
  readOnlyReason: string | null;
  required: boolean;
  rule: PropertyRule | null;
  /** ENUM only: the values Onshape accepts, with their labels. */
  options: { value: string; label: string }[] | null;
  /** VALUE_WITH_UNITS only (when its unit is known). */
  quantity: PropertyQuantity | null;
};

/** One part's metadata (getWMVEPsMetadata). */
export type PartProperties = {
  partId: string;
  name: string;
  properties: PartProperty[];
  /** Onshape's URL of the part's metadata: what the batched write names the part by. */
  href?: string;
};

/**
 * What the right panel needs for any selection in a Part Studio, read once per microversion:
 * every part with its mass properties, and which part owns each face, edge and vertex.
 */
export type PartStudioSelectionData = {
  kind: "PARTSTUDIO";
  /** The Part Studio's microversion these numbers belong to; null when Onshape did not say. */
  microversionId: string | null;
  parts: PartRow[];
  /** Face, edge or vertex id → the part id that owns it. */
  entityOwners: Record<string, string>;
};

/**
 * Where a 3D model is: "none" (nothing asked for yet), "queued" (the translation is being
 * started), "exporting" (Onshape is at work), "ready" (stored: `bytes` of glb), "failed"
 * (Onshape's reason, or why it could not be asked).
 */
export type ModelProgress =
  | { state: "none" }
  | { state: "queued" }
  | { state: "exporting" }
  | { state: "ready"; bytes: number }
  | { state: "failed"; reason: string };

/** A model's progress and the snapshot ("v:<id>" or "m:<id>") it is exact for. */
export type ModelStatus = ModelProgress & { snapshot: string };

/** One part as the right panel shows it for a selected assembly instance. */
export type AssemblyPartRow = {
  name: string;
  partNumber: string | null;
  material: string | null;
  /** How many the whole assembly uses (the flattened BOM's quantity). */
  quantity: number | null;
  /** One instance's mass; null when the part has no material. */
  massKg: number | null;
};

/** What the right panel needs for any selection in an assembly, read once per microversion. */
export type AssemblySelectionData = {
  kind: "ASSEMBLY";
  microversionId: string | null;
  /** Occurrence path (instance ids joined by "/") → the key of the part instanced there. */
  occurrences: Record<string, string>;
  parts: Record<string, AssemblyPartRow>;
};

export type SelectionData = PartStudioSelectionData | AssemblySelectionData;
