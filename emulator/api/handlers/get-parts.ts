import { configuredParts } from "../../configurations/element-configuration";
import { derivedId, type SeedMaterial, type SeedPart } from "../../seed";
import { requestConfiguration } from "../configuration-param";
import { apiUrl, errorResponse, jsonResponse, type Handler } from "../handler-context";
import { resolveElement } from "../resolve-path";
import { elementMicroversionId, isElementOfType } from "./element-json";

// GET /parts/d/{did}/{wvm}/{wvmid}/e/{eid}: the parts of one Part Studio with their
// metadata (BTPartMetadataInfo), in the requested configuration. Unset partNumber,
// description and material are left out.

export function materialInfo(material: SeedMaterial) {
  return {
    id: material.id,
    displayName: material.displayName,
    libraryName: material.libraryName,
    properties: [
      {
        name: "DENSITY",
        displayName: "Density",
        type: "REAL",
        units: "kg/m^3",
        value: String(material.density),
        category: "Physical",
        description: "Mass per unit volume",
      },
    ],
  };
}

type PartContext = {
  elementId: string;
  microversionId: string;
  configurationId: string;
  href: string;
};

function partInfo(part: SeedPart, ordinal: number, context: PartContext) {
  const { elementId, microversionId, configurationId, href } = context;
  return {
    partId: part.partId,
    id: part.partId,
    name: part.name,
    ...(part.partNumber ? { partNumber: part.partNumber } : {}),
    ...(part.description ? { description: part.description } : {}),
    ...(part.revision ? { revision: part.revision } : {}),
    ...(part.vendor ? { vendor: part.vendor } : {}),
    ...(part.material ? { material: materialInfo(part.material) } : {}),
    appearance: { color: { ...part.color }, opacity: 255, isGenerated: false },
    bodyType: "solid",
    elementId,
    microversionId,
    configurationId,
    ordinal,
    partIdentity: derivedId("part-identity", elementId, part.partId),
    partQuery: `query=qTransient("${part.partId}");`,
    isHidden: false,
    isMesh: false,
    meshState: "NO_MESH",
    state: "IN_PROGRESS",
    customProperties: Object.fromEntries(
      Object.entries(part.customProperties ?? {}).map(([id, value]) => [id, String(value)]),
    ),
    href: `${href}/partid/${part.partId}`,
  };
}

export const getPartsWMVE: Handler = (ctx) => {
  const access = resolveElement(ctx);
  if (!access.ok) return access.response;
  // Onshape answers an Assembly or Drawing id here with 400 (not a Part Studio).
  if (!isElementOfType(access.value, "PARTSTUDIO")) {
    return errorResponse(ctx, 400, "Element is not a Part Studio.");
  }
  const { doc, wvm, wvmId, element } = access.value;
  const configuration = requestConfiguration(ctx, element);
  if (!configuration.ok) return configuration.response;
  const context = {
    elementId: element.id,
    microversionId: elementMicroversionId(element),
    configurationId: configuration.value.id,
    href: apiUrl(ctx, `/parts/d/${doc.id}/${wvm}/${wvmId}/e/${element.id}`),
  };
  return jsonResponse(
    ctx,
    configuredParts(element, configuration.value).map((part, i) => partInfo(part, i, context)),
  );
};
