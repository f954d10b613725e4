import type { components } from "./openapi/schema";

// Onshape's JSON as its OpenAPI spec describes it. Only the mappers in ./mappers read these;
// views get the small types of ./types.ts.

type Schemas = components["schemas"];

export type RawDocumentList = Schemas["BTGlobalTreeNodeListResponse"];
export type RawTreeNode = Schemas["BTGlobalTreeNodeInfo"];
export type RawDocumentSummary = Schemas["BTGlobalTreeNodeSummaryInfo"];
export type RawDocument = Schemas["BTDocumentInfo"];
export type RawWorkspace = Schemas["BTWorkspaceInfo"];
export type RawVersion = Schemas["BTVersionInfo"];
export type RawElement = Schemas["BTDocumentElementInfo"];
export type RawThumbnail = Schemas["BTThumbnailInfo"];
export type RawPart = Schemas["BTPartMetadataInfo"];
export type RawMassProperties = Schemas["BTMassPropertiesBulkInfo"];
export type RawMassBody = Schemas["BTMassPropertiesInfo"];
export type RawBom = Schemas["BTBillOfMaterialsInfo"];
export type RawBomHeader = Schemas["BTBillOfMaterialsHeaderInfo"];
export type RawBomRow = Schemas["BTBillOfMaterialsRowInfo"];

/** An item of getDocuments: declared as a tree node, a document summary in practice. */
export type RawDocumentNode = RawTreeNode & Partial<Omit<RawDocumentSummary, "jsonType">>;
export type RawBodyDetails = Schemas["BTExportModelBodiesResponse-734"];
export type RawAssemblyDefinition = Schemas["BTAssemblyDefinitionInfo"];
export type RawAssemblyInstance = Schemas["BTAssemblyInstanceInfo"];
export type RawMetadataList = Schemas["BTMetadataObjectListInfoBTMetadataPartInfo"];
export type RawMetadataPart = Schemas["BTMetadataPartInfo"];
export type RawMetadataProperty = Schemas["BTMetadataPropertyInfo"];
export type RawConfiguration = Schemas["BTConfigurationResponse-2019"];
/** getConfiguration declares its parameters as the base type; each is one of these. */
export type RawConfigurationParameter =
  | Schemas["BTMConfigurationParameterEnum-105"]
  | Schemas["BTMConfigurationParameterBoolean-2550"]
  | Schemas["BTMConfigurationParameterQuantity-1826"]
  | Schemas["BTMConfigurationParameterString-872"];
