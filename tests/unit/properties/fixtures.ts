import { gearboxIds as g } from "../../../emulator/seed";
import { toPartProperties } from "@/lib/onshape/mappers/metadata";
import type { PartProperties, PartProperty } from "@/lib/onshape/types";
import type { RawMetadataList } from "@/lib/onshape/raw-types";
import { expectValid, send } from "../emulator/api-client";

export const property = (extra: Partial<PartProperty>): PartProperty => ({
  propertyId: "p1",
  name: "Part number",
  valueType: "STRING",
  value: "",
  editable: true,
  readOnlyReason: null,
  required: false,
  rule: null,
  options: null,
  quantity: null,
  ...extra,
});

/** The gearbox Part Studio's metadata as the local Onshape answers it, mapped as the app does. */
export function gearboxProperties(): PartProperties[] {
  const list = expectValid<RawMetadataList>(
    "getWMVEPsMetadata",
    send(`/metadata/d/${g.document}/w/${g.workspace}/e/${g.partStudio}/p`),
  );
  return (list.items ?? []).map(toPartProperties);
}

export { g as gearboxIds };
