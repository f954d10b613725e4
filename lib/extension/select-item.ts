import { isOnshapeId } from "@/lib/onshape/ids";
import type { TabTargetInput } from "./tab-navigation";

// Onshape's own picker (app-dev/messages): the tab posts openSelectItemDialog, Onshape shows
// its dialog of Part Studios and assemblies the user can read (in any document), and answers
// itemSelectedInSelectItemDialog with the pick, or selectItemDialogClosed. Client-safe and
// without zod (the tab's bundle stays small): the answer is checked field by field before it
// names anything the server will look up.

export const selectItemRequest = {
  dialogTitle: "Show in this tab",
  selectPartStudios: true,
  selectAssemblies: true,
  selectParts: false,
  selectBlobs: false,
  selectMultiple: false,
  showBrowseDocuments: true,
} as const;

const pickableTypes = { PARTSTUDIO: "PARTSTUDIO", ASSEMBLY: "ASSEMBLY" } as const;

/** Onshape's configuration in a pick: "" (or "default") is the default configuration. */
function configurationOf(value: unknown): string | null {
  if (value === undefined || value === null || value === "" || value === "default") return "";
  return typeof value === "string" && value.length <= 4096 ? value : null;
}

/** The picked element as something to show in the tab, or null when the answer is malformed. */
export function readItemSelected(message: Record<string, unknown>): TabTargetInput | null {
  if (message.messageName !== "itemSelectedInSelectItemDialog") return null;
  const { documentId, workspaceId, versionId, microversionId, elementId, elementType } = message;
  if (!isOnshapeId(documentId) || !isOnshapeId(elementId)) return null;
  const snapshots = [
    ["w", workspaceId],
    ["v", versionId],
    ["m", microversionId],
  ].filter(([, value]) => value !== undefined) as [TabTargetInput["wvm"], unknown][];
  if (snapshots.length !== 1) return null;
  const [wvm, wvmId] = snapshots[0]!;
  if (!isOnshapeId(wvmId)) return null;
  const kind =
    typeof elementType === "string"
      ? pickableTypes[elementType as keyof typeof pickableTypes]
      : undefined;
  if (!kind) return null;
  const configuration = configurationOf(message.elementConfiguration ?? message.configuration);
  if (configuration === null) return null;
  return { documentId, wvm, wvmId, elementId, kind, configuration };
}
