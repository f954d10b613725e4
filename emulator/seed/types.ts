// Shapes of the emulator's seeded Onshape data. These are the emulator's own model, not
// Onshape's JSON: handlers map them to the OpenAPI response shapes, and tests import them to
// know exact expected values.

export type SeedMaterial = {
  /** Onshape material id, e.g. "Steel". */
  id: string;
  displayName: string;
  libraryName: string;
  /** kg/m^3 */
  density: number;
};

export type SeedColor = { red: number; green: number; blue: number };

export type SeedPart = {
  /** Onshape part ids are short strings such as "JHD", unique within a Part Studio. */
  partId: string;
  name: string;
  partNumber?: string;
  description?: string;
  revision?: string;
  /** Absent: no material assigned, so the part has no mass (hasMass false). */
  material?: SeedMaterial;
  /** m^3 */
  volume: number;
  /** Surface area, m^2 */
  periphery: number;
  /** m, in the Part Studio's coordinate system */
  centroid: readonly [number, number, number];
  /** Bounding box edge lengths in m; inertia is approximated as a solid box of this size. */
  box: readonly [number, number, number];
  color: SeedColor;
  vendor?: string;
  /** Values of custom properties (emulator/seed/properties.ts), by property id. */
  customProperties?: Readonly<Record<string, string | number | boolean>>;
};

/** A list option: `id` is what configuration strings carry, `name` what users see. */
export type SeedEnumOption = {
  id: string;
  name: string;
  /** m, for options that set a length */ length?: number;
};

/** Onshape's four kinds of configuration input (BTMConfigurationParameter*). */
export type SeedConfigurationParameter =
  | {
      type: "ENUM";
      id: string;
      name: string;
      defaultValue: string;
      options: readonly SeedEnumOption[];
    }
  | { type: "BOOLEAN"; id: string; name: string; defaultValue: boolean }
  | {
      type: "QUANTITY";
      id: string;
      name: string;
      quantityType: "LENGTH";
      /** Onshape unit name the range and default are given in. */
      units: "millimeter";
      minValue: number;
      maxValue: number;
      defaultValue: number;
    }
  | { type: "STRING"; id: string; name: string; defaultValue: string };

/** Values by parameter id: option id, boolean, number in the parameter's units, or text. */
export type ConfigurationValues = Readonly<Record<string, string | number | boolean>>;

export type SeedConfiguration = {
  parameters: readonly SeedConfigurationParameter[];
  /** Key into emulator/seed/configurators.ts: how the parameters change the parts. */
  configurator?: string;
};

/** One row of an assembly's instance tree; `quantity` identical instances. */
export type SeedInstance =
  | {
      kind: "part";
      partStudioId: string;
      partId: string;
      quantity: number;
      /** Configuration of the Part Studio for this instance (`id=value;…`); absent: default. */
      configuration?: string;
      /** The assembly's boolean parameter `parameterId` set to true makes it this many. */
      quantityWhen?: { parameterId: string; quantity: number };
    }
  | { kind: "assembly"; assemblyId: string; quantity: number };

/** A BOM column beyond Onshape's standard ones, showing a custom property. */
export type SeedBomColumn = { id: string; name: string; propertyId: string };

type SeedElementBase = {
  /** 24 hex; the same in the workspace and in every version, as in Onshape. */
  id: string;
  name: string;
  /** False: the thumbnail endpoints answer 404 (Onshape has not rendered one). */
  hasThumbnail: boolean;
};

export type SeedPartStudio = SeedElementBase & {
  elementType: "PARTSTUDIO";
  /** The parts of the default configuration; a configurator derives the others. */
  parts: readonly SeedPart[];
  configuration?: SeedConfiguration;
};

export type SeedAssembly = SeedElementBase & {
  elementType: "ASSEMBLY";
  instances: readonly SeedInstance[];
  partNumber?: string;
  description?: string;
  /** False: getBillOfMaterials answers 404 unless generateIfAbsent=true. */
  bomGenerated: boolean;
  configuration?: SeedConfiguration;
  bomColumns?: readonly SeedBomColumn[];
};

export type SeedDrawing = SeedElementBase & { elementType: "DRAWING" };

export type SeedBlob = SeedElementBase & {
  elementType: "BLOB";
  filename: string;
  mimeType: string;
};

export type SeedElement = SeedPartStudio | SeedAssembly | SeedDrawing | SeedBlob;

/** The document's content at one workspace or version. */
export type SeedSnapshot = {
  /** 24 hex; also accepted as the `m` in `/{wvm}/{wvmid}` paths. */
  microversionId: string;
  elements: readonly SeedElement[];
};

export type SeedWorkspace = SeedSnapshot & {
  id: string;
  name: string;
  /** Version the workspace branched from, if any. */
  parentVersionId?: string;
  createdAt: string;
  modifiedAt: string;
};

export type SeedVersion = SeedSnapshot & {
  id: string;
  name: string;
  description: string;
  /** Previous version; absent for the first ("Start") version. */
  parentVersionId?: string;
  createdAt: string;
};

export type SeedPermission = "READ" | "WRITE" | "FULL";

export type SeedDocument = {
  id: string;
  name: string;
  description: string;
  ownerId: string;
  /** Users other than the owner who can open the document. */
  sharedWith: readonly { userId: string; permission: SeedPermission }[];
  createdAt: string;
  modifiedAt: string;
  modifiedById: string;
  tags: readonly string[];
  /** The first workspace is the default one ("Main"). */
  workspaces: readonly SeedWorkspace[];
  /** Oldest first. Versions are immutable. */
  versions: readonly SeedVersion[];
};

export type SeedCompany = { id: string; name: string; domainPrefix: string };
