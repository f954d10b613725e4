import { configurationFields } from "../../configurations/element-configuration";
import { derivedId, type SeedAssembly, type SeedDocument } from "../../seed";
import { requestConfiguration } from "../configuration-param";
import { apiUrl, errorResponse, jsonResponse, viewUrl, type Handler } from "../handler-context";
import { booleanParam } from "../query-params";
import { resolveElement, type SnapshotAccess } from "../resolve-path";
import { flattenedLines, indentedLines, type BomLine, type BomLineSource } from "./bom-lines";
import { elementMicroversionId, isElementOfType } from "./element-json";
import { materialInfo } from "./get-parts";

// GET /assemblies/d/{did}/{wvm}/{wvmid}/e/{eid}/bom (BTBillOfMaterialsInfo). Columns follow
// Onshape's default BOM template, plus an assembly's own custom-property columns; clients
// should key on `propertyName`, not on header ids. `configuration` is the assembly's.
// The handler is pure: generateIfAbsent=true answers with a BOM but does not remember that
// one now exists, so the next call without it still gets 404.

export const bomHeaders = [
  { id: "5ace8269c046ad612c65a0ba", name: "Item", propertyName: "item", visible: true },
  { id: "5ace84d3c046ad611c65a0dd", name: "Quantity", propertyName: "quantity", visible: true },
  {
    id: "57f3fb8efa3416c06701d60f",
    name: "Part number",
    propertyName: "partNumber",
    visible: true,
  },
  { id: "57f3fb8efa3416c06701d60d", name: "Name", propertyName: "name", visible: true },
  {
    id: "57f3fb8efa3416c06701d60e",
    name: "Description",
    propertyName: "description",
    visible: true,
  },
  { id: "57f3fb8efa3416c06701d615", name: "Material", propertyName: "material", visible: true },
  { id: "57f3fb8efa3416c06701d610", name: "Revision", propertyName: "revision", visible: false },
] as const;

type BomHeader = { id: string; name: string; propertyName: string; visible: boolean };
type BomValues = Record<string, unknown>;

function headersOf(assembly: SeedAssembly): BomHeader[] {
  return [
    ...bomHeaders,
    ...(assembly.bomColumns ?? []).map((column) => ({
      id: column.id,
      name: column.name,
      propertyName: column.propertyId,
      visible: true,
    })),
  ];
}

function lineValues(line: BomLine, assembly: SeedAssembly): BomValues {
  const { source } = line;
  const common = { item: line.item, quantity: line.quantity };
  const custom = Object.fromEntries(
    (assembly.bomColumns ?? []).map((column) => [
      column.propertyId,
      source.kind === "part" ? (source.part.customProperties?.[column.propertyId] ?? "") : "",
    ]),
  );
  if (source.kind === "assembly") {
    const { assembly: sub } = source;
    return {
      ...custom,
      ...common,
      partNumber: sub.partNumber ?? "",
      name: sub.name,
      description: sub.description ?? "",
      material: null,
      revision: "",
    };
  }
  const { part } = source;
  return {
    ...custom,
    ...common,
    partNumber: part.partNumber ?? "",
    name: part.name,
    description: part.description ?? "",
    material: part.material ? materialInfo(part.material) : null,
    revision: part.revision ?? "",
  };
}

/** What the row stands for, with the configuration it is used in. */
function itemSource(access: SnapshotAccess, source: BomLineSource) {
  const element = source.kind === "part" ? source.partStudio : source.assembly;
  return {
    documentId: access.doc.id,
    elementId: element.id,
    ...(source.kind === "part"
      ? {
          partId: source.part.partId,
          partIdentity: derivedId("part-identity", element.id, source.part.partId),
        }
      : {}),
    wvmType: access.wvm,
    wvmId: access.wvmId,
    ...configurationFields(source.configuration),
    sourceElementMicroversionId: elementMicroversionId(element),
    isStandardContent: false,
  };
}

function bomSource(
  access: SnapshotAccess,
  doc: SeedDocument,
  elementName: string,
  eid: string,
  configuration: string,
) {
  const workspace = doc.workspaces.find((ws) => ws.id === access.wvmId);
  const version = doc.versions.find((v) => v.id === access.wvmId);
  return {
    document: { id: doc.id, name: doc.name },
    element: { id: eid, name: elementName, configuration },
    ...(workspace ? { workspace: { id: workspace.id, name: workspace.name } } : {}),
    ...(version ? { version: { id: version.id, name: version.name } } : {}),
    ...(access.wvm === "m" ? { documentMicroversion: { id: access.wvmId } } : {}),
  };
}

export const getBillOfMaterials: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  if (!isElementOfType(access.value, "ASSEMBLY")) {
    return errorResponse(ctx, 400, "Element is not an assembly.");
  }
  const { query } = ctx.req;
  const { doc, wvm, wvmId, element, snapshot } = access.value;
  const configuration = requestConfiguration(ctx, element);
  if (!configuration.ok) return configuration.response;
  if (!element.bomGenerated && !booleanParam(query, "generateIfAbsent", false)) {
    return errorResponse(ctx, 404, "Bill of materials does not exist for this assembly.");
  }
  const indented = booleanParam(query, "indented", true);
  const multiLevel = booleanParam(query, "multiLevel", false);
  const request = { assembly: element, snapshot, configuration: configuration.value };
  const lines = indented ? indentedLines(request, multiLevel) : flattenedLines(request);

  const columnIds = query.getAll("bomColumnIds").flatMap((value) => value.split(","));
  const onlyVisible = booleanParam(query, "onlyVisibleColumns", false);
  const headers = headersOf(element).filter(
    (h) => (!columnIds.length || columnIds.includes(h.id)) && (!onlyVisible || h.visible),
  );
  const headerIdToValue = (values: BomValues) =>
    Object.fromEntries(headers.map((h) => [h.id, values[h.propertyName]]));
  const path = `/assemblies/d/${doc.id}/${wvm}/${wvmId}/e/${element.id}/bom`;
  const includeTopRow = booleanParam(query, "includeTopLevelAssemblyRow", false);

  return jsonResponse(ctx, {
    id: derivedId("bom", doc.id, wvmId, element.id),
    name: element.name,
    type: "Bill of materials",
    formatVersion: "1.0.0",
    createdAt: doc.modifiedAt,
    templateId: "5ace8aa5c046ad612c65a0d1",
    href: apiUrl(ctx, path),
    viewRef: viewUrl(ctx, `/documents/${doc.id}/${wvm}/${wvmId}/e/${element.id}`),
    bomSource: bomSource(access.value, doc, element.name, element.id, configuration.value.id),
    headers: headers.map((h) => ({ ...h })),
    rows: lines.map((line) => ({
      rowId: derivedId("bom-row", element.id, line.item, line.occurrences[0] ?? ""),
      indentLevel: line.indentLevel,
      headerIdToValue: headerIdToValue(lineValues(line, element)),
      itemSource: itemSource(access.value, line.source),
      relatedOccurrences: line.occurrences,
    })),
    ...(includeTopRow
      ? {
          topLevelAssemblyRow: {
            rowId: derivedId("bom-row", element.id, "top"),
            indentLevel: 0,
            headerIdToValue: headerIdToValue(
              lineValues(
                {
                  item: "",
                  indentLevel: 0,
                  quantity: 1,
                  source: {
                    kind: "assembly",
                    assembly: element,
                    configuration: configuration.value,
                  },
                  occurrences: [],
                },
                element,
              ),
            ),
          },
        }
      : {}),
  });
};
