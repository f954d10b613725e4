import { derivedId, type SeedMaterial, type SeedPart } from "../../seed";
import { apiUrl, errorResponse, jsonResponse, type Handler } from "../handler-context";
import { resolveElement } from "../resolve-path";
import { elementMicroversionId, isElementOfType } from "./element-json";

// GET /parts/d/{did}/{wvm}/{wvmid}/e/{eid}: the parts of one Part Studio with their
// metadata (BTPartMetadataInfo). Unset partNumber/description/material are left out.

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

function partInfo(
  part: SeedPart,
  ordinal: number,
  elementId: string,
  microversionId: string,
  href: string,
) {
  return {
    partId: part.partId,
    id: part.partId,
    name: part.name,
    ...(part.partNumber ? { partNumber: part.partNumber } : {}),
    ...(part.description ? { description: part.description } : {}),
    ...(part.revision ? { revision: part.revision } : {}),
    ...(part.material ? { material: materialInfo(part.material) } : {}),
    appearance: { color: { ...part.color }, opacity: 255, isGenerated: false },
    bodyType: "solid",
    elementId,
    microversionId,
    configurationId: "default",
    ordinal,
    partIdentity: derivedId("part-identity", elementId, part.partId),
    partQuery: `query=qTransient("${part.partId}");`,
    isHidden: false,
    isMesh: false,
    meshState: "NO_MESH",
    state: "IN_PROGRESS",
    customProperties: {},
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
  const href = apiUrl(ctx, `/parts/d/${doc.id}/${wvm}/${wvmId}/e/${element.id}`);
  const microversionId = elementMicroversionId(element);
  return jsonResponse(
    ctx,
    element.parts.map((part, i) => partInfo(part, i, element.id, microversionId, href)),
  );
};
